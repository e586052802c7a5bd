// What the PWA puts at the top of every screen (the layout's PageTools slot): the share / QR
// controls, and when there is one, the update prompt or the install help (loaded only then). The
// offer to follow a shared link's locality is the screens' own (src/routes/follow-offer.tsx).
import { useEffect } from 'preact/hooks';
import { ErrorBoundary, lazy, useLocation } from 'preact-iso';
import { useObservable } from '../data/observable.ts';
import { countView } from './install-state.ts';
import { ShareBar } from './share-bar.tsx';
import { pendingUpdate } from './update-state.ts';
import { useInstallOffer } from './use-install-offer.ts';
import './pwa.css';

const Notices = lazy(() => import('./notices.tsx'));

export function PageTools() {
  const { path } = useLocation();
  const update = useObservable(pendingUpdate);
  const { offer, decided } = useInstallOffer();
  useEffect(() => void countView(), [path]);
  return (
    // data-install-offer: what this screen decided to offer (pending until it knows), for support and tests.
    <div class="page-tools" data-install-offer={decided ? (offer?.kind ?? 'none') : 'pending'}>
      {(update || offer) && (
        <ErrorBoundary>
          <Notices update={update} offer={offer} />
        </ErrorBoundary>
      )}
      <ShareBar />
    </div>
  );
}
