// Home: the ward notices saved on this phone that are still valid (loaded after the first paint,
// at the end of the page, so it moves nothing above it). A resident who follows a commune sees only
// that commune's notices (nothing at all when none); with no commune followed, all of them.
import { useContent } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { useResource } from '../data/use-resource.ts';
import { followedCode, noticesOfCommune } from './notice-filter.ts';
import { placesKey } from './resource-keys.ts';
import { SavedNoticeList, useSavedNotices, type SavedItem } from './saved-notice-list.tsx';

export default function HomeNotices() {
  const [settings] = useSettings();
  const list = useSavedNotices();
  const current = list?.current ?? [];
  if (current.length === 0) return null;
  return settings.province && settings.ward ? (
    <FollowedNotices items={current} province={settings.province} ward={settings.ward} />
  ) : (
    <NoticesSection items={current} />
  );
}

/** The followed commune's notices; its code comes from the list of communes (read only here, when needed). */
function FollowedNotices({ items, province, ward }: { items: SavedItem[]; province: string; ward: string }) {
  const store = useContent();
  const places = useResource(placesKey, () => store.places());
  if (places.status === 'loading') return null;
  const code = places.status === 'done' ? followedCode(places.value, province, ward) : null;
  // The list of communes could not be read (first visit offline): all the saved notices rather than none.
  return <NoticesSection items={code ? noticesOfCommune(items, code) : items} />;
}

function NoticesSection({ items }: { items: SavedItem[] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notices-title">
      <h2 id="notices-title">Tin của công an phường, xã</h2>
      <SavedNoticeList items={items} />
      <p class="more-link">
        <a href="/tin/">Tất cả tin đã lưu</a>
      </p>
    </section>
  );
}
