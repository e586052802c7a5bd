// Officer, step 1: make a signing key on this phone, then hand its registration request (text and
// QR code) to the administrator, who adds it to the ward list.
import { useMemo, useState } from 'preact/hooks';
import type { OfficerKey } from '../db/schema.ts';
import { createOfficerKey, registrationRequest } from '../data/officer.ts';
import { CommuneCode } from '../notice/format.ts';
import { copyText } from '../pwa/copy-text.ts';
import { qrPath } from '../pwa/qr-path.ts';

export function MakeKey({ onMade }: { onMade: (key: OfficerKey) => void }) {
  const [ward, setWard] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!CommuneCode.safeParse(ward.trim()).success) return setError('Mã xã, phường gồm đúng 5 chữ số (mã đơn vị hành chính chính thức).');
    if (!unit.trim()) return setError('Nhập tên đơn vị, ví dụ “Công an phường Hà Đông”.');
    try {
      onMade(await createOfficerKey(ward.trim(), unit.trim().normalize('NFC')));
    } catch (e) {
      console.warn('[antq] officer key not made:', e);
      setError('Không tạo được khóa trên trình duyệt này (cần trình duyệt có Web Crypto và cho phép lưu trữ).');
    }
  };
  return (
    <form class="stack-form officer-form" onSubmit={submit} noValidate>
      <p>Khóa ký được tạo và giữ trên chính điện thoại này; khóa bí mật không thể chép ra ngoài. Mỗi cán bộ, mỗi máy một khóa.</p>
      <label class="field">
        Mã xã, phường (5 chữ số)
        <input name="ward" inputMode="numeric" autoComplete="off" value={ward} onInput={(e) => setWard(e.currentTarget.value)} />
      </label>
      <label class="field">
        Tên đơn vị như người dân sẽ đọc
        <input name="unit" value={unit} placeholder="Công an phường Hà Đông" onInput={(e) => setUnit(e.currentTarget.value)} />
      </label>
      {error && (
        <p class="ward-warning" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button">
        Tạo khóa trên điện thoại này
      </button>
    </form>
  );
}

export function RegistrationRequest({ officerKey }: { officerKey: OfficerKey }) {
  const text = useMemo(() => registrationRequest(officerKey), [officerKey]);
  const { size, d } = useMemo(() => qrPath(text, 'L'), [text]);
  const [copied, setCopied] = useState('');
  return (
    <section class="officer-form" aria-labelledby="request-title">
      <h2 id="request-title">Yêu cầu đăng ký khóa</h2>
      <p>
        Gửi yêu cầu này cho quản trị viên (chép chữ hoặc cho quét mã). Sau khi khóa được thêm vào danh sách và ứng dụng cập nhật, bạn ký được tin. Yêu cầu chỉ chứa
        khóa công khai.
      </p>
      <svg width="288" height="288" viewBox={`0 0 ${size} ${size}`} role="img" aria-label="Mã QR của yêu cầu đăng ký khóa" shape-rendering="crispEdges">
        <rect width={size} height={size} fill="#fff" />
        <path d={d} fill="#000" />
      </svg>
      <label class="field">
        Yêu cầu (dạng chữ)
        <textarea class="officer__request" readOnly rows={5} value={text} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <div class="button-row">
        <button type="button" class="button secondary" onClick={async () => setCopied((await copyText(text)) ? 'Đã chép yêu cầu.' : 'Không chép được: hãy chọn chữ ở trên rồi chép.')}>
          Chép yêu cầu
        </button>
        <p class="ward-status" role="status">
          {copied}
        </p>
      </div>
      <p class="hint">
        Mã khóa: <code>{officerKey.kid}</code>
      </p>
    </section>
  );
}
