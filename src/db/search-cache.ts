import type { Database, StoredSearchIndex } from './schema.ts';

/** The stored search index, if any. */
export function readSearchCache(db: Database): Promise<StoredSearchIndex | undefined> {
  return db.get('search', 'index');
}

/** Keep one search index: the latest built. */
export async function writeSearchCache(db: Database, value: StoredSearchIndex): Promise<void> {
  await db.put('search', value, 'index');
}
