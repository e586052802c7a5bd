// What the search screen calls. The index code is a lazy chunk, loaded on the first search (or on
// preloadSearch(), e.g. when the search box gets focus); the index is built from the content stored
// on this device, so search works offline, and rebuilt when that content changes.
import type { Model } from '../content/schema.ts';
import type { Searcher } from '../search/engine.ts';
import type { SearchResults } from '../search/results.ts';
import type { BrowserStore } from './idb-store.ts';
import { liveStore, storedChanges } from './live-store.ts';

export type { SearchGroup, SearchResult, SearchResults } from '../search/results.ts';
export type { SearchKind } from '../search/documents.ts';

let built: { store: unknown; generation: number; searcher: Promise<Searcher> } | null = null;

async function allModels(store: BrowserStore | NonNullable<ReturnType<typeof liveStore.get>>): Promise<Model[]> {
  if ('storedModels' in store) return store.storedModels();
  // Stores without a database (prerender, tests) hold every listing in memory.
  return (await Promise.all(Object.keys(store.modelCounts).map((p) => store.modelsOf(p)))).flat();
}

function searcher(): Promise<Searcher> {
  const store = liveStore.get();
  if (!store) return Promise.reject(new Error('search before the content store is loaded'));
  const generation = storedChanges.get();
  if (built?.store !== store || built.generation !== generation) {
    const pending = Promise.all([import('../search/engine.ts'), allModels(store)]).then(([engine, models]) => engine.createSearcher(store.national, models));
    pending.catch(() => (built = null));
    built = { store, generation, searcher: pending };
  }
  return built.searcher;
}

/** Search articles, campaigns, listings, figures and hotlines; the best `limit` results, grouped by kind. */
export async function search(query: string, limit = 30): Promise<SearchResults> {
  return (await searcher())(query, limit);
}

/** Load the search code and build the index ahead of the first query. */
export function preloadSearch(): void {
  searcher().catch(() => {});
}
