// A commune page's ward-police notices: those saved on this phone for this commune's official code,
// verified again as the page opens. The list (and the verification code it needs) loads after the
// page, in its own chunk, so neither home nor the commune page waits for it.
import { ErrorBoundary, lazy } from 'preact-iso';
import type { Commune } from '../content/schema.ts';
import { NoNotice } from './no-notice.tsx';
import { communeLabel } from './place-query.ts';

const PlaceNoticeList = lazy(() => import('./place-notice-list.tsx'));

export function PlaceNotices({ province, commune }: { province: string; commune: Commune }) {
  const label = communeLabel(commune);
  return (
    <section class="place-notices" aria-labelledby="place-notices-title" data-notices={`${province}/${commune.id}`}>
      <h2 id="place-notices-title">Thông báo của công an {label}</h2>
      {typeof window === 'undefined' ? (
        <NoNotice label={label} />
      ) : (
        <ErrorBoundary>
          <PlaceNoticeList code={commune.code} label={label} />
        </ErrorBoundary>
      )}
    </section>
  );
}
