// The saved ward notices as a short list of links (home and commune pages): each re-checked on every
// read, so a revoked key shows as "no longer verified", never as trusted.
import { useEffect, useState } from 'preact/hooks';
import { listSaved, savedChanges, type SavedList } from '../data/notices.ts';
import { useObservable } from '../data/observable.ts';
import { KIND_LABELS } from '../notice/format.ts';
import { vnDate } from '../ui/notice-card.tsx';

export type SavedItem = SavedList['current'][number];

/** The saved notices, re-read (and re-verified) whenever one is saved or forgotten; null while loading. */
export function useSavedNotices(): SavedList | null {
  const changes = useObservable(savedChanges);
  const [list, setList] = useState<SavedList | null>(null);
  useEffect(() => {
    let live = true;
    listSaved().then((l) => live && setList(l), () => live && setList({ current: [], expired: [], trust: undefined }));
    return () => void (live = false);
  }, [changes]);
  return list;
}

export function SavedNoticeList({ items }: { items: readonly SavedItem[] }) {
  return (
    <ul class="link-list">
      {items.map(({ saved, checked }) => {
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
  );
}
