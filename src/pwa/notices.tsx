// Loaded only when there is something to say: the update prompt and the install help.
import { InstallOffer } from './install-offer.tsx';
import { UpdatePrompt } from './update-prompt.tsx';
import type { PendingUpdate } from './update-state.ts';
import type { InstallOffer as Offer } from './use-install-offer.ts';
import './notices.css';

export default function Notices({ update, offer }: { update: PendingUpdate | null; offer: Offer | null }) {
  return (
    <>
      {update && <UpdatePrompt update={update} />}
      {offer && <InstallOffer offer={offer} />}
    </>
  );
}
