import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type AntqDB, type Database } from './schema.ts';

export interface OpenCallbacks {
  /** An older version is open in another tab and did not close: this open waits until it does. */
  blocked?(): void;
  /** A newer version wants to open: the connection has been closed; the page should reload. */
  versionchange?(): void;
  /** The browser closed the connection (storage cleared, disk error). */
  terminated?(): void;
}

/** Open (and upgrade) the app's one database; the only caller of indexedDB.open. */
export async function openDatabase(callbacks: OpenCallbacks = {}, name = DB_NAME): Promise<Database> {
  const db = await openDB<AntqDB>(name, DB_VERSION, {
    upgrade: (database, oldVersion) => upgrade(database, oldVersion),
    blocked: () => callbacks.blocked?.(),
    blocking: () => {
      // Close first so the other tab's upgrade can go ahead; then tell the page.
      db.close();
      callbacks.versionchange?.();
    },
    terminated: () => callbacks.terminated?.(),
  });
  return db;
}
