// "Kiểm tra cập nhật": the one way into the lazy sync chunk from a screen.
import { setSyncStatus } from './sync-status.ts';

/** Check the network for new content now; resolves when done, never rejects. */
export async function checkForUpdates(): Promise<void> {
  try {
    const { syncNow } = await import('./sync.ts');
    await syncNow();
  } catch (error) {
    // The sync's code itself could not load (offline, before the service worker cached it).
    console.warn('[antq] sync not loaded:', error);
    setSyncStatus({ state: 'offline' });
  }
}
