// "/tin/can-bo/": for ward police (reached from "Thêm"). Make a key on this phone → register it →
// once the synced ward list has it: compose, preview, sign, share.
import { useEffect, useState } from 'preact/hooks';
import type { OfficerKey } from '../db/schema.ts';
import { currentOfficerKey, listedKey } from '../data/officer.ts';
import { loadTrust } from '../data/trust.ts';
import type { TrustedList } from '../notice/trust-list.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { Compose } from './officer-compose.tsx';
import { MakeKey, RegistrationRequest } from './officer-key.tsx';
import { UpdateTrustButton } from './update-trust.tsx';
import '../ui/notice.css';

type State = { key: OfficerKey | undefined; trust: TrustedList | undefined } | null;

export default function Officer() {
  usePageMeta({ title: 'Ký tin cho công an phường, xã', description: 'Dành cho cán bộ công an phường, xã: tạo khóa ký trên điện thoại, soạn và ký tin để người dân tự kiểm tra.' });
  const [state, setState] = useState<State>(null);
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState('');
  useEffect(() => {
    if (typeof window === 'undefined') return;
    let live = true;
    Promise.all([currentOfficerKey(), loadTrust()]).then(
      ([key, trust]) => live && setState({ key, trust }),
      () => live && setStatus('Trình duyệt này không cho lưu trữ nên không giữ được khóa ký.'),
    );
    return () => void (live = false);
  }, [attempt]);
  const listed = state?.key ? listedKey(state.key, state.trust) : undefined;
  return (
    <>
      <h1>Ký tin cho công an phường, xã</h1>
      <p class="lead">Tin bạn ký đi kèm chữ ký số trong chính liên kết; điện thoại người dân tự kiểm tra, kể cả khi không có mạng.</p>
      {!state && <p role="status">{status || 'Đang mở…'}</p>}
      {state && !state.key && <MakeKey onMade={(key) => setState({ ...state, key })} />}
      {state?.key && !listed && (
        <>
          <p class="caveat">Khóa này chưa có trong danh sách khóa của ứng dụng. Gửi yêu cầu bên dưới cho quản trị viên, rồi bấm cập nhật.</p>
          <UpdateTrustButton onDone={() => setAttempt((n) => n + 1)} />
          <RegistrationRequest officerKey={state.key} />
        </>
      )}
      {state?.key && listed?.revoked && <p class="ward-warning">Khóa này đã bị thu hồi ngày {listed.revoked}. Tạo khóa mới và đăng ký lại.</p>}
      {state?.key && listed && !listed.revoked && <Compose officerKey={state.key} listed={listed} test={!state.trust?.root.production} />}
    </>
  );
}
