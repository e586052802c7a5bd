// Home: the ward notices saved on this phone that are still valid (loaded after the first paint,
// at the end of the page, so it moves nothing above it).
import { SavedNoticeList, useSavedNotices } from './saved-notice-list.tsx';

export default function HomeNotices() {
  const list = useSavedNotices();
  const shown = list?.current ?? [];
  if (shown.length === 0) return null;
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">Tin của công an phường, xã</h2>
      <SavedNoticeList items={shown} />
      <p class="more-link">
        <a href="/tin/">Tất cả tin đã lưu</a>
      </p>
    </section>
  );
}
