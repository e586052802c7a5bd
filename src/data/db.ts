// The page's one connection to IndexedDB. Opening is shared; another tab upgrading the schema closes
// it for good (the page must reload to get the new code); another tab holding an old version open
// makes this open wait, which callers see as DbBlockedError instead of hanging.
import { openDatabase } from '../db/open.ts';
import type { Database } from '../db/schema.ts';
import { setSyncStatus } from './sync-status.ts';

export class DbBlockedError extends Error {
  override name = 'DbBlockedError';
}
export class DbClosedError extends Error {
  override name = 'DbClosedError';
}

export const MESSAGE_BLOCKED = 'Ứng dụng đang mở ở một thẻ khác với phiên bản cũ — hãy đóng thẻ đó rồi tải lại trang.';
export const MESSAGE_RELOAD = 'Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang.';

let connection: Database | null = null;
let opening: Promise<Database> | null = null;
let blocked = false;
let closedForUpgrade = false;
const waiting = new Set<(error: Error) => void>();

function open(): Promise<Database> {
  return openDatabase({
    blocked() {
      blocked = true;
      console.warn('[antq] IndexedDB upgrade blocked by another tab');
      setSyncStatus({ state: 'failed', message: MESSAGE_BLOCKED });
      for (const reject of waiting) reject(new DbBlockedError('database blocked by another tab'));
      waiting.clear();
    },
    versionchange() {
      connection = null;
      closedForUpgrade = true;
      setSyncStatus({ state: 'failed', message: MESSAGE_RELOAD, reload: true });
    },
    terminated() {
      connection = null;
      opening = null;
    },
  });
}

/** The open database; rejects when IndexedDB is unavailable, blocked or closed for an upgrade. */
export function getDB(): Promise<Database> {
  if (connection) return Promise.resolve(connection);
  if (closedForUpgrade) return Promise.reject(new DbClosedError('database closed for an upgrade in another tab'));
  if (typeof indexedDB === 'undefined') return Promise.reject(new Error('IndexedDB unavailable'));
  if (!opening) {
    opening = open().then(
      (db) => {
        blocked = false;
        connection = db;
        return db;
      },
      (error: unknown) => {
        opening = null;
        throw error;
      },
    );
  }
  if (blocked) return Promise.reject(new DbBlockedError('database blocked by another tab'));
  const pending = opening;
  return new Promise((resolve, reject) => {
    waiting.add(reject);
    pending.then(resolve, reject).finally(() => waiting.delete(reject));
  });
}

/** True once another tab's upgrade closed the connection: only a reload helps. */
export function closedForReload(): boolean {
  return closedForUpgrade;
}

/** Tests only: forget the connection (closing it) so the next getDB() opens afresh. */
export function resetDBForTests(): void {
  connection?.close();
  connection = null;
  opening = null;
  blocked = false;
  closedForUpgrade = false;
  waiting.clear();
}
