import { useState } from 'preact/hooks';
import type { PendingUpdate } from './update-state.ts';

/** "Có phiên bản mới — Tải lại": shown while a new version waits; switches only on the click. */
export function UpdatePrompt({ update }: { update: PendingUpdate }) {
  const [reloading, setReloading] = useState(false);
  return (
    <div class="pwa-notice pwa-notice--update" role="status">
      <p class="pwa-notice__text">Có phiên bản mới của ứng dụng.</p>
      <div class="pwa-notice__actions">
        <button
          type="button"
          class="button"
          disabled={reloading}
          onClick={() => {
            setReloading(true);
            update.accept();
          }}
        >
          {reloading ? 'Đang tải lại…' : 'Tải lại'}
        </button>
      </div>
    </div>
  );
}
