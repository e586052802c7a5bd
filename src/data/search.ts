// What the search screen calls. The index code is a lazy chunk, loaded on the first search (or on
// preloadSearch(), e.g. when the search box gets focus); the index is built from the content stored
// on this device, so search works offline, and rebuilt when that content changes. It is also saved
// in IndexedDB, so the next page load reads it back (~2 MB for 10,000 listings) instead of reading
// every listing and indexing again.
import type { Model } from '../content/schema.ts';
import { readVersions } from '../db/content.ts';
import type { Database } from '../db/schema.ts';
import { readSearchCache, writeSearchCache } from '../db/search-cache.ts';
import type { Searcher } from '../search/engine.ts';
import type { SearchResults } from '../search/results.ts';
import type { ContentStore } from './content-store.ts';
import { getDB } from './db.ts';
import type { BrowserStore } from './idb-store.ts';
import { liveStore, storedChanges } from './live-store.ts';
import { useObservable } from './observable.ts';

export type { SearchGroup, SearchResult, SearchResults } from '../search/results.ts';
export { KIND_LABELS, type SearchKind } from '../search/search-doc.ts';

let built: { store: unknown; generation: number; searcher: Promise<Searcher> } | null = null;

async function allModels(store: ContentStore | BrowserStore): Promise<Model[]> {
  if ('storedModels' in store) return store.storedModels();
  // Stores without a database (prerender, tests) hold every listing in memory.
  return (await Promise.all(Object.keys(store.modelCounts).map((p) => store.modelsOf(p)))).flat();
}

/** What a stored index must have been built from to be reused; null when the store is not all in IndexedDB. */
async function cacheKey(db: Database, store: ContentStore, format: string): Promise<string | null> {
  const { stored, provinces } = await readVersions(db);
  if (!stored || stored.manifest.version !== store.meta?.version) return null;
  const shards = Object.values(provinces).map((p) => `${p.province}:${p.version}`).sort();
  return [format, stored.manifest.version, ...shards].join('|');
}

async function load(store: ContentStore): Promise<Searcher> {
  const engine = await import('../search/engine.ts');
  const db = 'storedModels' in store ? await getDB().catch(() => null) : null;
  const key = db ? await cacheKey(db, store, engine.INDEX_FORMAT).catch(() => null) : null;
  if (db && key) {
    const cached = await readSearchCache(db).catch(() => undefined);
    if (cached?.key === key && engine.isIndexData(cached.data)) return engine.searcherFor(cached.data);
  }
  // Every place too, once the list is stored (or fetched); search still works without it.
  const places = await store.places().catch(() => []);
  const data = engine.indexContent(store.national, await allModels(store), places);
  if (db && key) writeSearchCache(db, { key, data }).catch((error: unknown) => console.warn('[antq] search index not saved:', error));
  return engine.searcherFor(data);
}

function searcher(): Promise<Searcher> {
  const store = liveStore.get();
  if (!store) return Promise.reject(new Error('search before the content store is loaded'));
  const generation = storedChanges.get();
  if (built?.store !== store || built.generation !== generation) {
    const pending = load(store);
    pending.catch(() => (built = null));
    built = { store, generation, searcher: pending };
  }
  return built.searcher;
}

/** Search articles, campaigns, listings, figures and hotlines; the best `limit` results, grouped by kind. */
export async function search(query: string, limit = 30): Promise<SearchResults> {
  return (await searcher())(query, limit);
}

/**
 * What search reads, as a value that changes when it does (another store on screen, listings just
 * stored by the first sync): a screen showing results searches again when it changes.
 */
export function useSearchedContent(): string {
  const store = useObservable(liveStore);
  const generation = useObservable(storedChanges);
  return `${store?.meta?.version ?? ''}:${generation}`;
}

/** Load the search code and build the index ahead of the first query. */
export function preloadSearch(): void {
  searcher().catch(() => {});
}
