// Home: the ward notices saved on this phone that are still valid (loaded after the first paint,
// at the end of the page, so it moves nothing above it).
import { useEffect, useState } from 'preact/hooks';
import { listSaved, savedChanges, type SavedList } from '../data/notices.ts';
import { useObservable } from '../data/observable.ts';
import { KIND_LABELS } from '../notice/format.ts';
import { vnDate } from '../ui/notice-card.tsx';

export default function HomeNotices() {
  const changes = useObservable(savedChanges);
  const [list, setList] = useState<SavedList | null>(null);
  useEffect(() => {
    let live = true;
    listSaved().then((l) => live && setList(l), () => {});
    return () => void (live = false);
  }, [changes]);
  const shown = list?.current ?? [];
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">Tin của công an phường, xã</h2>
      <ul class="link-list">
        {shown.map(({ saved, checked }) => {
          const v = checked.verdict;
          const signed = v.state === 'verified' || v.state === 'revoked' || v.state === 'clock' ? v : null;
          return (
            <li key={saved.id}>
              <a href={`/tin/#${saved.token}`}>{v.state === 'verified' ? v.body.t : 'Tin không còn được xác thực — mở để xem vì sao'}</a>
              {signed && (
                <span class="meta">
                  {v.state === 'verified' ? `${KIND_LABELS[v.body.k]} · ${signed.key.unit} · đến ${vnDate(v.body.e)}` : signed.key.unit}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <p class="more-link">
        <a href="/tin/">Tất cả tin đã lưu</a>
      </p>
    </section>
  );
}
