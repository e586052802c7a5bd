// What the PWA puts at the top of every screen (the layout's PageTools slot): the update prompt,
// the install offer and the share / QR controls (the offer to follow a shared link's locality is
// the screens' own: src/routes/follow-offer.tsx).
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { InstallOffer } from './install-offer.tsx';
import { countVisit, pageViews } from './install-state.ts';
import { ShareBar } from './share-bar.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import './pwa.css';

export function PageTools() {
  const { path } = useLocation();
  useEffect(() => {
    countVisit();
    pageViews.set(pageViews.get() + 1);
  }, [path]);
  return (
    <div class="page-tools">
      <UpdatePrompt />
      <InstallOffer />
      <ShareBar />
    </div>
  );
}
