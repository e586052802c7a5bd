// root-new, ward-key-new, ward-add, ward-revoke, list-sign: the administrator's side of the trust chain.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { signList, checkWards } from './compile-trust.ts';
import { readKeyFile, newKeyPair, writeKeyFile } from './key-file.ts';
import { communeNames } from './places.ts';
import { readTrustSeeds, shown, trustDir, writeRoots, writeSignature, writeWards } from './trust-dir.ts';
import { dayOption, UsageError, vnDay, type Command } from './args.ts';
import { CommuneCode } from '../format.ts';
import { PublicJwk, thumbprint } from '../jwk.ts';
import { KeyRequest } from '../request.ts';
import type { WardKey } from '../trust-list.ts';

const dirOption = { type: 'string', help: 'trust folder (default: ANTQ_TRUST_DIR or seeds/trust)' } as const;
const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

export const rootNew: Command = {
  usage: '--out FILE [--production] [--name NAME]',
  summary: 'Make a root key pair: the private key goes to FILE (keep it offline), the public key into roots.json, marked test unless --production.',
  options: {
    out: { type: 'string', required: true, help: 'where to write the private key (outside the repository)' },
    production: { type: 'boolean', help: 'the real root: notices it vouches for are not marked THỬ NGHIỆM' },
    name: { type: 'string', help: 'who holds it (default: "Gốc thử nghiệm" / "Gốc chính thức")' },
    dir: dirOption,
  },
  async run(v) {
    const dir = trustDir(str(v['dir']));
    const seeds = await readTrustSeeds(dir);
    const pair = await newKeyPair();
    await writeKeyFile(str(v['out'])!, pair);
    const production = v['production'] === true;
    const root = { kid: pair.kid, jwk: pair.publicJwk, name: str(v['name']) ?? (production ? 'Gốc chính thức' : 'Gốc thử nghiệm'), production, created: vnDay() };
    await writeRoots(dir, [...seeds.roots, root]);
    console.log(JSON.stringify(root, null, 2));
    console.error(`private key written to ${str(v['out'])}; public key added to ${shown(join(dir, 'roots.json'))}${production ? '' : ' (test root: notices show THỬ NGHIỆM)'}`);
  },
};

export const wardKeyNew: Command = {
  usage: '--out FILE',
  summary: 'Make a ward key pair for an office that signs from a computer: private key to FILE, public JWK printed (give it to ward-add).',
  options: { out: { type: 'string', required: true, help: 'where to write the private key' } },
  async run(v) {
    const pair = await newKeyPair();
    await writeKeyFile(str(v['out'])!, pair);
    console.log(JSON.stringify({ kid: pair.kid, ...pair.publicJwk }));
    console.error(`private key written to ${str(v['out'])}`);
  },
};

/** --key: a public JWK or a phone's registration request, given inline or as a file. */
async function keyArgument(value: string): Promise<{ jwk: PublicJwk; ward?: string; unit?: string }> {
  let text = value;
  if (!value.trim().startsWith('{')) {
    if (!existsSync(value)) throw new UsageError(`--key: ${value} is neither JSON nor an existing file`);
    text = readFileSync(value, 'utf8');
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    throw new UsageError('--key: not valid JSON (expected a public JWK or a registration request)');
  }
  if (json && typeof json === 'object' && 'd' in json) throw new UsageError('--key: this is a PRIVATE key; give the public key (ward-key-new prints it)');
  const request = KeyRequest.safeParse(json);
  if (request.success) {
    if ((await thumbprint(request.data.jwk)) !== request.data.kid) throw new UsageError('--key: the request\'s kid does not match its key');
    return { jwk: request.data.jwk, ward: request.data.ward, unit: request.data.unit };
  }
  const { kid: _kid, ...rest } = json;
  const jwk = PublicJwk.safeParse(rest);
  if (!jwk.success) throw new UsageError('--key: expected an EC P-256 public JWK {kty, crv, x, y} or a registration request');
  return { jwk: jwk.data };
}

export const wardAdd: Command = {
  usage: '--ward CODE --unit NAME --key PUBLIC_JWK_OR_REQUEST_FILE [--from DATE] [--to DATE]',
  summary: 'Add a ward key to wards.json (then sign the list with list-sign).',
  options: {
    ward: { type: 'string', required: true, help: 'the commune\'s 5-digit official code' },
    unit: { type: 'string', required: true, help: 'the unit as residents read it, e.g. "Công an phường Hà Đông"' },
    key: { type: 'string', required: true, help: 'public JWK or registration request (JSON or a file holding it)' },
    commune: { type: 'string', help: 'full commune name, e.g. "Phường Hà Đông" (taken from seeds/places.json when present)' },
    province: { type: 'string', help: 'full province name, e.g. "Thành phố Hà Nội" (likewise)' },
    from: { type: 'string', help: 'first day the key may sign (default: today)' },
    to: { type: 'string', help: 'last day (default: two years on)' },
    dir: dirOption,
  },
  async run(v) {
    const dir = trustDir(str(v['dir']));
    const ward = CommuneCode.safeParse(str(v['ward']));
    if (!ward.success) throw new UsageError(`--ward: expected the 5-digit official commune code, got ${JSON.stringify(v['ward'])}`);
    const key = await keyArgument(str(v['key'])!);
    if (key.ward && key.ward !== ward.data) throw new UsageError(`--ward ${ward.data}: the request is for commune ${key.ward}`);
    const names = await communeNames(resolve(dir, '..'), ward.data);
    if (names === 'unknown') throw new UsageError(`--ward ${ward.data}: no commune with this code in seeds/places.json`);
    const commune = str(v['commune']) ?? names?.commune;
    const province = str(v['province']) ?? names?.province;
    if (!commune || !province) throw new UsageError('--commune and --province are needed: the seeds hold no commune list to take them from');
    const from = dayOption('from', str(v['from']), vnDay());
    const to = dayOption('to', str(v['to']), vnDay(730, new Date(`${from}T00:00:00Z`)));
    const seeds = await readTrustSeeds(dir);
    const kid = await thumbprint(key.jwk);
    if (seeds.wards.some((w) => w.kid === kid)) throw new UsageError(`key ${kid} is already in ${shown(join(dir, 'wards.json'))}`);
    const entry: WardKey = { kid, jwk: key.jwk, ward: ward.data, commune, province, unit: str(v['unit'])!, from, to };
    const next = { ...seeds, wards: [...seeds.wards, entry] };
    const problems = await checkWards(next);
    if (problems.length) throw new UsageError(problems.join('\n'));
    await writeWards(dir, next.wards);
    console.log(`added ${kid} (${entry.unit}, ${commune}, ${province}, ${from} → ${to}); now sign: npm run trust -- list-sign --root FILE`);
  },
};

export const wardRevoke: Command = {
  usage: '--kid KID [--date DATE]',
  summary: 'Mark a ward key revoked (a lost or stolen phone): its notices show as revoked on every phone after its next sync.',
  options: { kid: { type: 'string', required: true, help: 'the key id' }, date: { type: 'string', help: 'revocation date (default: today)' }, dir: dirOption },
  async run(v) {
    const dir = trustDir(str(v['dir']));
    const seeds = await readTrustSeeds(dir);
    const kid = str(v['kid'])!;
    const key = seeds.wards.find((w) => w.kid === kid);
    if (!key) throw new UsageError(`--kid ${kid}: no such key in ${shown(join(dir, 'wards.json'))}`);
    key.revoked = dayOption('date', str(v['date']), vnDay());
    await writeWards(dir, seeds.wards);
    console.log(`revoked ${kid} (${key.unit}) on ${key.revoked}; now sign: npm run trust -- list-sign --root FILE`);
  },
};

export const listSign: Command = {
  usage: '--root FILE',
  summary: 'Sign wards.json with a root private key; writes wards.sig.json (commit it with the list).',
  options: { root: { type: 'string', required: true, help: 'the root private key file' }, dir: dirOption },
  async run(v) {
    const dir = trustDir(str(v['dir']));
    const seeds = await readTrustSeeds(dir);
    const signature = await signList(seeds, await readKeyFile(str(v['root'])!));
    await writeSignature(dir, signature);
    console.log(`signed ${seeds.wards.length} ward key(s) at ${signature.issuedAt} with root ${signature.root} → ${shown(join(dir, 'wards.sig.json'))}`);
  },
};
