// src/data/search.ts: the index is built from the store on screen, rebuilt when it changes, and
// kept in IndexedDB for the next page load.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../src/data/memory-store.ts';
import { buildPack, fakeFetch, freshApp, model, national, type Pack } from './sync-fixtures.ts';

beforeEach(() => vi.resetModules());

describe('search()', () => {
  it('rejects before there is a store, then searches the store on screen and follows its replacement', async () => {
    const [{ search }, live] = await Promise.all([import('../../src/data/search.ts'), import('../../src/data/live-store.ts')]);
    await expect(search('ma tuy')).rejects.toThrow();
    live.replaceStore(memoryStore(national(), [model('doi-a', 'hue', { name: 'Đội tuần tra A' })]));
    expect((await search('tuan tra')).ranked.map((r) => r.id)).toEqual(['doi-a']);
    live.replaceStore(memoryStore(national(), [model('doi-b', 'hue', { name: 'Đội tuần tra B' })]));
    expect((await search('tuan tra')).ranked.map((r) => r.id)).toEqual(['doi-b']);
  });

  it('rebuilds when listings are stored', async () => {
    const [{ search }, live] = await Promise.all([import('../../src/data/search.ts'), import('../../src/data/live-store.ts')]);
    const listings = [model('doi-a', 'hue', { name: 'Đội tuần tra A' })];
    const store = memoryStore(national(), listings);
    live.replaceStore({ ...store, modelsOf: async () => listings, modelCounts: { hue: listings.length } });
    expect((await search('tuan tra')).total).toBe(1);
    listings.push(model('doi-c', 'hue', { name: 'Đội tuần tra C' }));
    expect((await search('tuan tra')).total).toBe(1);
    live.markStoredChanged();
    expect((await search('tuan tra')).total).toBe(2);
  });
});

describe('the saved search index', () => {
  let server: { pack: Pack };
  beforeEach(() => {
    server = { pack: buildPack(national(), [model('doi-tuan-tra', 'hue', { name: 'Đội tuần tra' })]) };
    vi.stubGlobal('fetch', fakeFetch(server));
  });
  afterEach(() => vi.unstubAllGlobals());

  const markSaved = async (db: import('../../src/db/schema.ts').Database) => {
    const saved = (await db.get('search', 'index'))!;
    const data = saved.data as { docs: { title: string[]; id: string[] } };
    data.docs.title[data.docs.id.indexOf('doi-tuan-tra')] = 'Bản đã lưu';
    await db.put('search', saved, 'index');
  };

  it('is saved after the first search and read back by the next page load, until the content changes', async () => {
    const first = await freshApp();
    await first.loadStore.loadStore();
    await first.sync.syncNow();
    const { search } = await import('../../src/data/search.ts');
    expect((await search('tuan tra')).ranked[0]?.title).toBe('Đội tuần tra');
    await vi.waitFor(async () => expect(await (await first.db.getDB()).get('search', 'index')).toBeDefined());
    await markSaved(await first.db.getDB());
    first.db.resetDBForTests();

    // Next page load: the saved index answers (its marked title shows).
    const second = await freshApp({ keepDatabase: true });
    await second.loadStore.loadStore();
    const again = await import('../../src/data/search.ts');
    expect((await again.search('tuan tra')).ranked[0]?.title).toBe('Bản đã lưu');

    // New content: the saved index no longer matches and is rebuilt.
    server.pack = buildPack(national('b'), [model('doi-tuan-tra', 'hue', { name: 'Đội tuần tra mới' })], '2026-11-22T03:00:00.000Z');
    await second.sync.syncNow();
    expect((await again.search('tuan tra')).ranked[0]?.title).toBe('Đội tuần tra mới');
    second.db.resetDBForTests();
  });
});
