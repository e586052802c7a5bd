// Saved notices, the signed ward list and officer keys: typed reads and writes, no checking here
// (src/data/notices.ts verifies every token before it is stored and again when it is shown).
import type { Database, OfficerKey, SavedNotice, StoredTrust } from './schema.ts';

/** The ward list last accepted by the sync, if any. */
export function readTrust(db: Database): Promise<StoredTrust | undefined> {
  return db.get('trust', 'list');
}

/** Every saved notice. */
export function readSavedNotices(db: Database): Promise<SavedNotice[]> {
  return db.getAll('notices');
}

/** Save one notice and drop the ones it replaces, in one transaction. */
export async function writeSavedNotice(db: Database, notice: SavedNotice, replaces: readonly string[] = []): Promise<void> {
  const tx = db.transaction('notices', 'readwrite');
  await Promise.all([...replaces.map((id) => tx.store.delete(id)), tx.store.put(notice), tx.done]);
}

/** Remove saved notices (forgotten by the user, or expired long ago). */
export async function deleteSavedNotices(db: Database, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const tx = db.transaction('notices', 'readwrite');
  await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
}

/** Officer keys made on this phone, newest first. */
export async function readOfficerKeys(db: Database): Promise<OfficerKey[]> {
  return (await db.getAll('officer')).sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1));
}

export async function writeOfficerKey(db: Database, key: OfficerKey): Promise<void> {
  await db.put('officer', key);
}

/** The next sequence number of an officer key, taken and recorded in one transaction. */
export async function takeSequence(db: Database, kid: string, atLeast: number): Promise<number> {
  const tx = db.transaction('officer', 'readwrite');
  const key = await tx.store.get(kid);
  if (!key) throw new Error(`no officer key ${kid}`);
  const seq = Math.max(key.seq + 1, atLeast);
  await Promise.all([tx.store.put({ ...key, seq }), tx.done]);
  return seq;
}
