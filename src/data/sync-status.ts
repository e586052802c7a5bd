// The content sync's state, for the notice and the settings screen. The database connection's
// troubles (db.ts) show here too: they stop every update until the resident acts.
import { dbTrouble } from './db.ts';
import { observable, useObservable } from './observable.ts';

export const MESSAGE_BLOCKED = 'Ứng dụng đang mở ở một thẻ khác với phiên bản cũ — hãy đóng thẻ đó rồi tải lại trang.';
export const MESSAGE_RELOAD = 'Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang.';

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

dbTrouble.subscribe((trouble) => {
  if (trouble === 'blocked') setSyncStatus({ state: 'failed', message: MESSAGE_BLOCKED });
  if (trouble === 'closed') setSyncStatus({ state: 'failed', message: MESSAGE_RELOAD, reload: true });
});
