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
  const list = useSavedNotices();
  // While the saved notices are read (a few ms), the usual words hold their place (no layout shift);
  // aria-busy says the section may still change.
  const shown = list ? verifiedOnly(noticesOfCommune(list.current, commune.code)) : [];
  return (
    <section class="place-notices" aria-labelledby="place-notices-title" aria-busy={list ? undefined : 'true'} data-notices={`${province}/${commune.id}`}>
      <h2 id="place-notices-title">Thông báo của công an {label}</h2>
      {shown.length ? <SavedNoticeList items={shown} /> : <NoNotice label={label} />}
    </section>
  );
}
