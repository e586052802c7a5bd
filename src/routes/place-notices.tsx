// A commune page's ward-police notices: those saved on this phone for this commune's official code,
// verified again as the page opens. The commune page is its own lazy route chunk, so none of this
// (nor the verification code it needs) reaches home's first load.
import type { Commune } from '../content/schema.ts';
import { noticesOfCommune, verifiedOnly } from './notice-filter.ts';
import { NoNotice } from './no-notice.tsx';
import { communeLabel } from './place-query.ts';
import { SavedNoticeList, useSavedNotices } from './saved-notice-list.tsx';

export function PlaceNotices({ province, commune }: { province: string; commune: Commune }) {
  const label = communeLabel(commune);
  return (
    <section class="place-notices" aria-labelledby="place-notices-title" data-notices={`${province}/${commune.id}`}>
      <h2 id="place-notices-title">Thông báo của công an {label}</h2>
      <PlaceNoticeList code={commune.code} label={label} />
    </section>
  );
}

function PlaceNoticeList({ code, label }: { code: string; label: string }) {
  const list = useSavedNotices();
  // While the saved notices are read (a few ms), the usual answer holds its place, unseen: no layout shift.
  if (!list) return <NoNotice label={label} pending />;
  const shown = verifiedOnly(noticesOfCommune(list.current, code));
  return shown.length ? <SavedNoticeList items={shown} /> : <NoNotice label={label} />;
}
