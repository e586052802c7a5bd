// "/tin/": a ward notice opened from its link (`/tin/#<token>`), checked on the phone; with no
// token, the notices saved on this phone. The token stays in the fragment: it is never sent anywhere.
import { useEffect, useState } from 'preact/hooks';
import { checkNotice, forgetNotice, listSaved, savedChanges, type CheckedNotice, type SavedList } from '../data/notices.ts';
import { useObservable } from '../data/observable.ts';
import { testBuild, trustRoots } from '../data/trust.ts';
import { NoticeCard } from '../ui/notice-card.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { NoticeActions } from './notice-actions.tsx';
import { UpdateTrustButton } from './update-trust.tsx';
import '../ui/notice.css';

function useHash(): string {
  const read = () => (typeof location === 'undefined' ? '' : location.hash.slice(1));
  const [hash, setHash] = useState(read);
  useEffect(() => {
    const update = () => setHash(read());
    update();
    addEventListener('hashchange', update);
    return () => removeEventListener('hashchange', update);
  }, []);
  return hash;
}

export default function NoticePage() {
  usePageMeta({ title: 'Tin của công an phường, xã', description: 'Mở tin do công an phường, xã ký số: điện thoại tự kiểm tra chữ ký, không cần mạng. Tin đã lưu trên máy.' });
  const token = useHash();
  return (
    <>
      <h1>Tin của công an phường, xã</h1>
      {token ? <Checked token={token} /> : <Saved />}
    </>
  );
}

function Checked({ token }: { token: string }) {
  const [checked, setChecked] = useState<CheckedNotice | null>(null);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setChecked(null);
    void checkNotice(token).then((c) => live && setChecked(c));
    return () => void (live = false);
  }, [token, attempt]);
  if (!checked) return <p role="status">Đang kiểm tra chữ ký…</p>;
  const { verdict, trust } = checked;
  return (
    <>
      <NoticeCard
        verdict={verdict}
        listDate={trust?.list.issuedAt}
        test={trust ? !trust.root.production : testBuild()}
        actions={verdict.state === 'verified' ? <NoticeActions verdict={verdict} /> : undefined}
      />
      {verdict.state === 'unknown-key' && <UpdateTrustButton onDone={() => setAttempt((n) => n + 1)} />}
      <p class="more-link">
        <a href="/tin/">Các tin đã lưu trên máy</a>
      </p>
    </>
  );
}

function Saved() {
  const changes = useObservable(savedChanges);
  const [list, setList] = useState<SavedList | null | 'error'>(null);
  useEffect(() => {
    let live = true;
    listSaved().then(
      (l) => live && setList(l),
      () => live && setList('error'),
    );
    return () => void (live = false);
  }, [changes]);
  return (
    <>
      <p class="lead">Công an phường, xã ký số từng tin. Khi bạn mở liên kết hoặc quét mã QR của tin, điện thoại tự kiểm tra chữ ký — không cần mạng, không gửi tin đi đâu.</p>
      <TrustNote />
      {list === 'error' && <p>Không đọc được các tin đã lưu trên máy này (trình duyệt chặn lưu trữ?).</p>}
      {list && list !== 'error' && (
        <>
          <h2>Tin đã lưu</h2>
          {list.current.length ? <SavedItems items={list.current} list={list} /> : <p>Chưa lưu tin nào. Mở một tin đã xác thực rồi bấm “Lưu tin”.</p>}
          {list.expired.length > 0 && (
            <>
              <h2>Đã hết hạn</h2>
              <p class="hint">Tin hết hạn được giữ thêm 30 ngày rồi tự xóa.</p>
              <SavedItems items={list.expired} list={list} />
            </>
          )}
        </>
      )}
    </>
  );
}

function SavedItems({ items, list }: { items: SavedList['current']; list: SavedList }) {
  return (
    <div class="saved-notices">
      {items.map(({ saved, checked }) => (
        <div key={saved.id}>
          <NoticeCard verdict={checked.verdict} listDate={list.trust?.list.issuedAt} test={list.trust ? !list.trust.root.production : testBuild()} />
          <button type="button" class="link-button" onClick={() => void forgetNotice(saved.id)}>
            Bỏ lưu tin này
          </button>
        </div>
      ))}
    </div>
  );
}

/** Says plainly when this build cannot show a real verified notice. */
function TrustNote() {
  if (trustRoots().length === 0) return <p class="caveat">Bản ứng dụng này chưa có khóa gốc nào nên chưa xác thực được tin của đơn vị nào.</p>;
  if (testBuild()) return <p class="caveat">THỬ NGHIỆM: bản ứng dụng này chỉ có khóa gốc thử nghiệm. Mọi tin “đã xác thực” ở đây là tin thử, không phải tin thật của cơ quan công an.</p>;
  return null;
}
