// Officer, step 2: write a notice, see it exactly as residents will (the same NoticeCard), watch the
// link's length, sign, then share the link or print its QR code.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OfficerKey } from '../db/schema.ts';
import { linkLength, signDraft } from '../data/officer.ts';
import { bodyOf, type Draft } from '../notice/compose.ts';
import { DEFAULT_VALID_DAYS, KIND_LABELS, MAX_LINK_CHARS, MAX_VALID_DAYS, NOTICE_KINDS, type NoticeBody, type NoticeKind } from '../notice/format.ts';
import type { WardKey } from '../notice/trust-list.ts';
import { copyText } from '../pwa/copy-text.ts';
import { NoticeCard } from '../ui/notice-card.tsx';

type Fields = Omit<Draft, 'ward' | 'seq' | 'validDays'> & { validDays: string };
const EMPTY: Fields = { kind: 'thong-bao', title: '', text: '', start: '', end: '', place: '', tel: '', validDays: String(DEFAULT_VALID_DAYS) };

function draftBody(f: Fields, key: OfficerKey): { body?: NoticeBody; error?: string } {
  try {
    return { body: bodyOf({ ...f, validDays: Number(f.validDays), ward: key.ward, seq: key.seq + 1 }) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export function Compose({ officerKey, listed, test }: { officerKey: OfficerKey; listed: WardKey; test: boolean }) {
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [length, setLength] = useState(0);
  const [link, setLink] = useState('');
  const set = (name: keyof Fields) => (e: { currentTarget: { value: string } }) => setFields((f) => ({ ...f, [name]: e.currentTarget.value }));
  const { body, error } = useMemo(() => draftBody(fields, officerKey), [fields, officerKey]);
  useEffect(() => {
    let live = true;
    if (body) void linkLength(officerKey.kid, body).then((n) => live && setLength(n));
    return () => void (live = false);
  }, [body, officerKey]);
  const tooLong = length > MAX_LINK_CHARS;
  const sign = async (event: Event) => {
    event.preventDefault();
    if (!body || tooLong) return;
    setLink(await signDraft(officerKey, { ...fields, validDays: Number(fields.validDays) }));
  };
  if (link) return <Signed link={link} title={fields.title} unit={listed.unit} onAgain={() => (setLink(''), setFields(EMPTY))} />;
  return (
    <form class="stack-form officer-form" onSubmit={sign} noValidate>
      <label class="field">
        Loại tin
        <select name="kind" value={fields.kind} onChange={(e) => setFields((f) => ({ ...f, kind: e.currentTarget.value as NoticeKind }))}>
          {NOTICE_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label class="field">
        Tiêu đề
        <input name="title" value={fields.title} maxLength={140} onInput={set('title')} />
      </label>
      <label class="field">
        Nội dung
        <textarea name="text" rows={6} value={fields.text} onInput={set('text')} />
      </label>
      <label class="field">
        Bắt đầu {fields.kind === 'su-kien' ? '(bắt buộc với sự kiện)' : '(không bắt buộc)'}
        <input name="start" type="datetime-local" value={fields.start} onInput={set('start')} />
      </label>
      <label class="field">
        Kết thúc (không bắt buộc)
        <input name="end" type="datetime-local" value={fields.end} onInput={set('end')} />
      </label>
      <label class="field">
        Địa điểm (không bắt buộc)
        <input name="place" value={fields.place} maxLength={200} onInput={set('place')} />
      </label>
      <label class="field">
        Số điện thoại (không bắt buộc)
        <input name="tel" type="tel" value={fields.tel} onInput={set('tel')} />
      </label>
      <label class="field">
        Hiệu lực (ngày, tối đa {MAX_VALID_DAYS})
        <input name="validDays" type="number" min={1} max={MAX_VALID_DAYS} value={fields.validDays} onInput={set('validDays')} />
      </label>
      <p class="officer__length" role="status">
        {body ? (tooLong ? `Liên kết dài ${length} ký tự, quá ${MAX_LINK_CHARS}: hãy rút gọn nội dung.` : `Liên kết dài ${length}/${MAX_LINK_CHARS} ký tự — còn ${MAX_LINK_CHARS - length}.`) : `Chưa đủ: ${fieldError(error)}`}
      </p>
      <h2>Người dân sẽ thấy</h2>
      {body ? <NoticeCard verdict={{ state: 'verified', body, key: listed, token: '' }} test={test} /> : <p class="hint">Điền tiêu đề và nội dung để xem trước.</p>}
      <button type="submit" class="button" disabled={!body || tooLong}>
        Ký tin
      </button>
    </form>
  );
}

const FIELD_NAMES: Record<string, string> = { t: 'tiêu đề', x: 'nội dung', s: 'thời gian bắt đầu', f: 'thời gian kết thúc', p: 'địa điểm', tel: 'số điện thoại', validity: 'hiệu lực' };
function fieldError(error: string | undefined): string {
  const field = error?.split(':')[0] ?? '';
  if (/event needs its start/.test(error ?? '')) return 'sự kiện cần thời gian bắt đầu.';
  if (/end must follow/.test(error ?? '')) return 'kết thúc phải sau bắt đầu.';
  return FIELD_NAMES[field] ? `kiểm tra ${FIELD_NAMES[field]}.` : 'kiểm tra các ô ở trên.';
}

function Signed({ link, title, unit, onAgain }: { link: string; title: string; unit: string; onAgain: () => void }) {
  const [status, setStatus] = useState('');
  const qrButton = useRef<HTMLButtonElement>(null);
  const share = async () => {
    if (navigator.share) {
      try {
        return void (await navigator.share({ title, url: link }));
      } catch (error) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
      }
    }
    setStatus((await copyText(link)) ? 'Đã chép liên kết.' : 'Không chép được: hãy chọn liên kết ở trên rồi chép.');
  };
  const poster = async () => {
    const { openPoster } = await import('../pwa/qr-poster.tsx');
    openPoster({ title: `${unit}: ${title}`, url: link, ecc: 'L', returnFocus: qrButton.current, hint: 'Quét mã để đọc tin — điện thoại tự kiểm tra chữ ký của công an phường, không cần mạng.' });
  };
  return (
    <section class="officer-form" aria-labelledby="signed-title">
      <h2 id="signed-title">Đã ký tin</h2>
      <label class="field">
        Liên kết của tin
        <input class="officer__link" type="url" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="button-row">
        <button type="button" class="button" onClick={share}>
          Chia sẻ
        </button>
        <button type="button" class="button secondary" onClick={async () => setStatus((await copyText(link)) ? 'Đã chép liên kết.' : 'Không chép được.')}>
          Chép liên kết
        </button>
        <button type="button" class="button secondary" ref={qrButton} onClick={poster}>
          Mã QR của tin, in áp phích
        </button>
        <a class="button secondary" href={link} target="_blank" rel="noopener">
          Mở tin
        </a>
      </div>
      <p class="ward-status" role="status">
        {status}
      </p>
      <button type="button" class="link-button" onClick={onAgain}>
        Soạn tin khác
      </button>
    </section>
  );
}
