import { observable, useObservable } from './observable.ts';

export type SyncState = 'idle' | 'checking' | 'updating' | 'updated' | 'failed' | 'offline';

export interface SyncStatus {
  state: SyncState;
  /** A short Vietnamese sentence for the notice; set when the resident should know something. */
  message?: string;
  /** When the content on this device was stored (ISO), and its version. */
  storedAt?: string;
  version?: string;
  /** The page must be reloaded (another tab upgraded the database). */
  reload?: boolean;
}

export const syncStatus = observable<SyncStatus>({ state: 'idle' });

/** Merge into the status; keeps storedAt/version unless replaced. */
export function setSyncStatus(next: SyncStatus): void {
  const { storedAt, version } = syncStatus.get();
  syncStatus.set({ storedAt, version, ...next });
}

/** The content sync state, for the notice and the settings screen. */
export function useSyncStatus(): SyncStatus {
  return useObservable(syncStatus);
}

/** Check the network for new content now ("Kiểm tra cập nhật"); resolves when done, never rejects. */
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
