// The page's one connection to IndexedDB. Opening is shared; another tab upgrading the schema closes
// it for good (the page must reload to get the new code); another tab holding an old version open
// makes this open wait, which callers see as DbBlockedError instead of hanging. Both are published
// as `dbTrouble` for the notice (sync-status.ts) to show: this file knows nothing of the screen.
import { openDatabase } from '../db/open.ts';
import type { Database } from '../db/schema.ts';
import { observable } from './observable.ts';

export class DbBlockedError extends Error {
  override name = 'DbBlockedError';
}
export class DbClosedError extends Error {
  override name = 'DbClosedError';
}

/** What went wrong with the connection: another tab blocks the upgrade, or closed it with its own. */
export type DbTrouble = 'blocked' | 'closed';
export const dbTrouble = observable<DbTrouble | null>(null);

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
      dbTrouble.set('blocked');
      for (const reject of waiting) reject(new DbBlockedError('database blocked by another tab'));
      waiting.clear();
    },
    versionchange() {
      connection = null;
      closedForUpgrade = true;
      dbTrouble.set('closed');
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
  dbTrouble.set(null);
}
