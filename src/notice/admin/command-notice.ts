// notice-sign: a ward office signing a notice from a computer; prints the link to share.
import { join } from 'node:path';
import { siteOrigin } from '../../pwa/build/site-origin.ts';
import { bodyOf } from '../compose.ts';
import { MAX_LINK_CHARS, NOTICE_KINDS, noticeLink, type NoticeKind } from '../format.ts';
import { signNotice } from '../sign.ts';
import { UsageError, type Command } from './args.ts';
import { readKeyFile } from './key-file.ts';
import { readTrustSeeds, shown, trustDir } from './trust-dir.ts';

const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
function intOption(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name}: expected a whole number, got ${JSON.stringify(value)}`);
  return Number(value);
}

export const noticeSign: Command = {
  usage: '--key FILE --ward CODE --kind K --title T --text T [--start --end --place --tel --valid-days N]',
  summary: 'Sign a notice with a ward private key and print its link (/tin/#…).',
  options: {
    key: { type: 'string', required: true, help: 'the ward private key file' },
    ward: { type: 'string', required: true, help: 'the commune\'s 5-digit official code (must be the key\'s)' },
    kind: { type: 'string', required: true, help: NOTICE_KINDS.join(' | ') },
    title: { type: 'string', required: true, help: 'title' },
    text: { type: 'string', required: true, help: 'text' },
    start: { type: 'string', help: 'event start, YYYY-MM-DD or YYYY-MM-DDTHH:MM (Vietnam time)' },
    end: { type: 'string', help: 'event end, same form' },
    place: { type: 'string', help: 'place' },
    tel: { type: 'string', help: 'phone number to call' },
    'valid-days': { type: 'string', help: 'days the notice stays valid (default 30, at most 180)' },
    seq: { type: 'string', help: 'sequence number (default: now in Unix seconds, so later notices count higher)' },
    origin: { type: 'string', help: 'the app\'s origin (default: SITE_ORIGIN or https://antq.example)' },
    dir: { type: 'string', help: 'trust folder, to check the key is listed (default: ANTQ_TRUST_DIR or seeds/trust)' },
  },
  async run(v) {
    const kind = str(v['kind']) as NoticeKind;
    if (!NOTICE_KINDS.includes(kind)) throw new UsageError(`--kind: one of ${NOTICE_KINDS.join(', ')}; got ${JSON.stringify(v['kind'])}`);
    const key = await readKeyFile(str(v['key'])!);
    const dir = trustDir(str(v['dir']));
    const listed = (await readTrustSeeds(dir)).wards.find((w) => w.kid === key.kid);
    if (listed && listed.ward !== str(v['ward'])) throw new UsageError(`--ward ${str(v['ward'])}: key ${key.kid} is registered for commune ${listed.ward}`);
    if (!listed) console.error(`warning: key ${key.kid} is not in ${shown(join(dir, 'wards.json'))}; phones will call the notice "unknown key" until it is added and the list is signed`);
    let body;
    try {
      body = bodyOf({
        ward: str(v['ward'])!,
        kind,
        title: str(v['title'])!,
        text: str(v['text'])!,
        start: str(v['start']),
        end: str(v['end']),
        place: str(v['place']),
        tel: str(v['tel']),
        validDays: intOption('valid-days', str(v['valid-days'])),
        seq: intOption('seq', str(v['seq'])) ?? Math.floor(Date.now() / 1000),
      });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    const link = noticeLink(siteOrigin(str(v['origin']) ?? process.env['SITE_ORIGIN']), await signNotice(key.privateKey, key.kid, body));
    if (link.length > MAX_LINK_CHARS) throw new UsageError(`the link is ${link.length} characters, more than ${MAX_LINK_CHARS}: shorten the text`);
    console.log(link);
  },
};
