// The bench page: the app's own sync, store and search code, bundled on its own so the bench can
// store a whole synthetic pack in one update (the app itself would store only followed provinces)
// and time queries over it. Served from the bench's temporary site copy, never from dist/.
import type { NationalCollection } from '../../../src/content/schema.ts';
import { getDB, resetDBForTests } from '../../../src/data/db.ts';
import { applyPlan } from '../../../src/data/sync.ts';
import { fetchManifest } from '../../../src/data/sync-download.ts';
import { idbStore } from '../../../src/data/idb-store.ts';
import { replaceStore } from '../../../src/data/live-store.ts';
import { search } from '../../../src/data/search.ts';
import { readAllModels, readContent } from '../../../src/db/content.ts';
import { createSearcher, type Searcher } from '../../../src/search/engine.ts';

let searcher: Searcher | null = null;

const bench = {
  /** Start again from an empty database (between repeated runs). */
  async reset() {
    resetDBForTests();
    await new Promise((resolve, reject) => {
      const request = indexedDB.deleteDatabase('antq');
      request.onsuccess = resolve;
      request.onerror = () => reject(request.error);
    });
  },
  /** Download, validate and store every province in one update; times from the app's own measures. */
  async storeAll() {
    const db = await getDB();
    const started = performance.now();
    const manifest = await fetchManifest();
    const provinces = Object.keys(manifest.provinces).filter((id) => manifest.provinces[id]!.count > 0);
    const plan = { national: Object.keys(manifest.national) as NationalCollection[], places: manifest.places !== undefined, provinces, removeProvinces: [] };
    const written = await applyPlan(db, manifest, plan, {}, new Date().toISOString());
    const total = performance.now() - started;
    const write = performance.getEntriesByName('antq:sync-write').at(-1)!.duration;
    const chunks = (await Promise.all(provinces.map((id) => fetch(manifest.provinces[id]!.url).then((r) => r.json() as Promise<{ counts: number[] }>)))).reduce((n, index) => n + index.counts.filter((c) => c > 0).length, 0);
    return { total, write, shards: written.shardsWritten, chunks, listings: Object.values(manifest.provinces).reduce((n, r) => n + r.count, 0) };
  },
  /** Build the search index from what is stored, as the app does on the first search. */
  async buildIndex() {
    const db = await getDB();
    const t0 = performance.now();
    const [content, models] = await Promise.all([readContent(db), readAllModels(db)]);
    const t1 = performance.now();
    searcher = createSearcher(content!.national, models);
    const t2 = performance.now();
    return { read: t1 - t0, build: t2 - t1, listings: models.length };
  },
  /** Each query's time in ms (every query run `rounds` times), and the result count of the first round. */
  search(queries: string[], rounds: number) {
    const times: number[] = [];
    const results: number[] = [];
    for (let r = 0; r < rounds; r++) {
      for (const q of queries) {
        const t = performance.now();
        const found = searcher!(q, 30);
        times.push(performance.now() - t);
        if (r === 0) results.push(found.total);
      }
    }
    return { times, results };
  },
  dropIndex() {
    searcher = null;
  },
  /** The app's own first search on this page load (src/data/search.ts): builds the index, or reads the saved one. */
  async firstSearch(query: string) {
    const db = await getDB();
    const content = (await readContent(db))!;
    replaceStore(idbStore({ db, manifest: content.manifest, syncedAt: content.syncedAt, national: content.national }));
    const t = performance.now();
    const results = await search(query);
    return { ms: performance.now() - t, total: results.total };
  },
  /** Whether the search index has been saved in IndexedDB. */
  async indexSaved() {
    return (await (await getDB()).get('search', 'index')) !== undefined;
  },
};

(globalThis as unknown as { bench: typeof bench }).bench = bench;
document.title = 'bench ready';
