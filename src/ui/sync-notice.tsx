// The content-sync notice at the top of the screen: a failed update (the content on the phone is
// kept, and says from when), a finished update, or "reload" after another tab upgraded the database.
// Quiet when simply offline: the content on the phone is complete, there is nothing to tell.
import { useState } from 'preact/hooks';
import type { SyncStatus } from '../data/sync-status.ts';
import './sync-notice.css';

export function SyncNotice({ status, onReload = () => location.reload() }: { status: SyncStatus; onReload?: () => void }) {
  const [dismissed, setDismissed] = useState<string | null>(null);
  const { message } = status;
  const shown = (status.state === 'failed' || status.state === 'updated') && message && message !== dismissed;
  if (!shown) return null;
  return (
    <div class={`sync-notice sync-notice--${status.state}`} role="status">
      <p class="sync-notice__text">{message}</p>
      <div class="sync-notice__actions">
        {status.reload ? (
          <button type="button" class="button" onClick={onReload}>
            Tải lại
          </button>
        ) : null}
        <button type="button" class="button secondary" onClick={() => setDismissed(message)}>
          Đóng
        </button>
      </div>
    </div>
  );
}
