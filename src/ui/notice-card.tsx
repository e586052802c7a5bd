// A ward notice as residents see it, for every verdict. Text is only ever rendered as text nodes;
// a notice that is not verified never shows its text as trusted nor its phone number as a link.
// The officer's preview renders this same component.
import type { ComponentChildren } from 'preact';
import { KIND_LABELS, type NoticeBody } from '../notice/format.ts';
import type { Rejection, Verdict } from '../notice/verify.ts';
import type { WardKey } from '../notice/trust-list.ts';

export const FORGED_TITLE = 'Không xác thực được — có thể là giả mạo';

const REASONS: Record<Rejection, string> = {
  'not-base64url': 'Liên kết bị hỏng hoặc đã bị sửa.',
  oversize: 'Liên kết dài bất thường.',
  truncated: 'Liên kết bị cắt mất một phần (thường do chép thiếu).',
  'wrong-version': 'Tin dùng định dạng mà ứng dụng này không nhận.',
  'bad-signature': 'Chữ ký không khớp: nội dung đã bị sửa hoặc không do đơn vị này ký.',
  'bad-payload': 'Nội dung bên trong không đúng định dạng.',
  'commune-mismatch': 'Tin ghi một xã, phường khác với đơn vị sở hữu khóa ký.',
  'outside-key-validity': 'Tin được ký ngoài thời hạn của khóa.',
};

const VN = 'Asia/Ho_Chi_Minh';
/** "29/11/2026" from Unix seconds or an ISO date, in Vietnam time. */
export function vnDate(at: number | string): string {
  const date = typeof at === 'number' ? new Date(at * 1000) : new Date(at.length === 10 ? `${at}T00:00:00+07:00` : at);
  return date.toLocaleDateString('vi-VN', { timeZone: VN, day: '2-digit', month: '2-digit', year: 'numeric' });
}
/** An event time as written in the notice ("2026-12-01T19:30" → "19:30 01/12/2026"). */
export function localTime(value: string): string {
  const [day, time] = value.split('T') as [string, string | undefined];
  const [y, m, d] = day.split('-');
  return `${time ? `${time} ` : ''}${d}/${m}/${y}`;
}

export interface NoticeCardProps {
  verdict: Verdict;
  /** Date of the ward key list the phone checked against. */
  listDate?: string | undefined;
  /** Verified against a root that is not the production root. */
  test: boolean;
  /** Buttons under a verified notice (save, share, calendar). */
  actions?: ComponentChildren;
}

export function NoticeCard({ verdict, listDate, test, actions }: NoticeCardProps) {
  switch (verdict.state) {
    case 'verified':
    case 'expired':
      return (
        <article class={verdict.state === 'verified' ? 'ward-notice' : 'panel'} aria-labelledby="notice-title">
          <Seal state={verdict.state} wardKey={verdict.key} body={verdict.body} listDate={listDate} test={test} />
          <Body body={verdict.body} trusted />
          {actions}
        </article>
      );
    case 'revoked':
      return (
        <Warning title="Khóa ký tin này đã bị thu hồi" tone="bad">
          Tin mang tên {verdict.key.unit} nhưng khóa ký của đơn vị đã bị thu hồi ngày {vnDate(verdict.key.revoked ?? '')} (ví dụ điện thoại bị mất). Không làm theo tin
          này; nếu cần, hỏi trực tiếp công an phường, xã.
        </Warning>
      );
    case 'clock':
      return (
        <Warning title="Giờ trên điện thoại có vẻ sai" tone="warn">
          Tin ghi ngày ký {vnDate(verdict.body.i)}, muộn hơn giờ trên điện thoại này. Hãy kiểm tra ngày giờ của điện thoại rồi mở lại liên kết.
        </Warning>
      );
    case 'unknown-key':
      return (
        <Warning title="Chưa xác thực được tin này" tone="warn">
          Điện thoại chưa có khóa của đơn vị đã ký tin. Có thể danh sách khóa trên máy đã cũ{listDate ? ` (ngày ${vnDate(listDate)})` : ''}: hãy cập nhật rồi thử lại.
          Chưa xác thực thì đừng làm theo, đừng gọi số điện thoại trong tin.
        </Warning>
      );
    case 'forged':
      return (
        <Warning title={FORGED_TITLE} tone="bad">
          {REASONS[verdict.reason]} Đừng làm theo, đừng gọi số điện thoại hay chuyển tiền theo tin này. Công an không yêu cầu chuyển tiền qua điện thoại; khi cần, gọi 113.
        </Warning>
      );
  }
}

function Warning({ title, tone, children }: { title: string; tone: 'bad' | 'warn'; children: ComponentChildren }) {
  return (
    <section class={tone === 'bad' ? 'ward-warning' : 'caveat'} role="alert" aria-labelledby="ward-warning-title">
      <h2 id="ward-warning-title">{title}</h2>
      <p>{children}</p>
    </section>
  );
}

function Seal({ state, wardKey, body, listDate, test }: { state: 'verified' | 'expired'; wardKey: WardKey; body: NoticeBody; listDate?: string | undefined; test: boolean }) {
  return (
    <div class={state === 'verified' ? 'ward-notice__seal' : undefined}>
      {test && (
        <p class="ward-notice__test">
          <strong class="badge">THỬ NGHIỆM</strong> khóa thử, không phải tin thật của cơ quan công an
        </p>
      )}
      <p class="ward-notice__verified">
        <strong>{state === 'verified' ? 'Đã xác thực' : 'Đã hết hạn'}</strong> — {wardKey.unit}, {wardKey.province}
      </p>
      <p class="meta">
        {KIND_LABELS[body.k]} · ký ngày {vnDate(body.i)} · {state === 'verified' ? `hiệu lực đến ${vnDate(body.e)}` : `hết hạn ngày ${vnDate(body.e)}`}
        {listDate ? ` · theo danh sách khóa ngày ${vnDate(listDate)}` : ''}
      </p>
    </div>
  );
}

function Body({ body, trusted }: { body: NoticeBody; trusted: boolean }) {
  return (
    <>
      <h2 id="notice-title" class="ward-notice__title">
        {body.t}
      </h2>
      <p class="ward-notice__text">{body.x}</p>
      {(body.s || body.p || body.tel) && (
        <dl class="ward-notice__facts">
          {body.s && (
            <>
              <dt>Thời gian</dt>
              <dd>{body.f ? `${localTime(body.s)} – ${localTime(body.f)}` : localTime(body.s)}</dd>
            </>
          )}
          {body.p && (
            <>
              <dt>Địa điểm</dt>
              <dd>{body.p}</dd>
            </>
          )}
          {body.tel && (
            <>
              <dt>Điện thoại</dt>
              <dd>{trusted ? <a href={`tel:${body.tel}`}>{body.tel}</a> : body.tel}</dd>
            </>
          )}
        </dl>
      )}
    </>
  );
}
