// loadStore(): what the first render gets on a first visit, a repeat visit and without IndexedDB.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPack, fakeFetch, freshApp, model, national, type Fault, type Pack } from './sync-fixtures.ts';

let server: { pack: Pack; fault?: (url: string) => Fault | undefined; log: string[] };
vi.spyOn(console, 'warn').mockImplementation(() => {});
const listings = Array.from({ length: 30 }, (_, i) => model(`mo-hinh-${i}`, i % 2 ? 'hue' : 'ha-noi'));

beforeEach(() => {
  server = { pack: buildPack(national(), listings), log: [] };
  vi.stubGlobal('fetch', fakeFetch(server));
});
afterEach(() => vi.unstubAllGlobals());

describe('loadStore', () => {
  it('first visit: manifest and national content from the network, then the background sync stores them without downloading them again', async () => {
    const app = await freshApp();
    const store = await app.loadStore.loadStore();
    expect(store.national).toEqual(national());
    expect(store.meta).toMatchObject({ version: server.pack.manifest.version, syncedAt: null });
    expect(server.log.length).toBe(8); // manifest + 7 collections, no listings before the first render
    await app.sync.syncNow();
    expect(new Set(server.log).size).toBe(server.log.length);
    expect((await app.content.readContent(await app.db.getDB()))?.national).toEqual(national());
    app.db.resetDBForTests();
  });

  it('repeat visit: everything from IndexedDB, no network before the first render, settings applied', async () => {
    const first = await freshApp();
    await first.sync.syncNow();
    await first.settings.updateSettings({ province: 'hue', textSize: 'large' });
    first.db.resetDBForTests();

    const app = await freshApp({ keepDatabase: true });
    server.log.length = 0;
    const store = await app.loadStore.loadStore();
    expect(server.log).toEqual([]);
    expect(store.national).toEqual(national());
    expect(store.meta?.syncedAt).toMatch(/^\d{4}-/);
    expect(app.settings.getSettings()).toEqual({ province: 'hue', ward: null, textSize: 'large' });
    expect((await store.modelsOf('hue')).length).toBe(15);
    expect(await store.model('mo-hinh-3')).toEqual(listings[3]);
    expect(server.log).toEqual([]);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'idle', version: server.pack.manifest.version });
    app.db.resetDBForTests();
  });

  it('without IndexedDB: content from the network, listings fetched on demand and kept in memory', async () => {
    const app = await freshApp();
    vi.stubGlobal('indexedDB', undefined);
    const store = await app.loadStore.loadStore();
    expect(store.national.hotlines[0]?.number).toBe('113');
    expect((await store.modelsOf('ha-noi')).length).toBe(15);
    expect(await store.model('mo-hinh-4')).toEqual(listings[4]);
    expect((await app.sync.syncNow()).outcome).toBe('no-db');
    expect(app.settings.getSettings().textSize).toBe('normal');
    await app.settings.updateSettings({ textSize: 'x-large' });
    expect(app.settings.getSettings().textSize).toBe('x-large');
  });

  it('a deep link to a listing of a province not stored is found by fetching the missing provinces (small pack)', async () => {
    const app = await freshApp();
    await app.settings.updateSettings({ province: 'hue' });
    await app.loadStore.loadStore();
    await app.sync.syncNow();
    const store = app.live.liveStore.get()!;
    expect(await app.content.readModelsOf(await app.db.getDB(), 'ha-noi')).toBeUndefined();
    expect(await store.model('mo-hinh-2')).toEqual(listings[2]);
    app.db.resetDBForTests();
  });

  it('first visit offline with nothing stored: rejects (the prerendered page stays)', async () => {
    const app = await freshApp();
    server.fault = () => 'offline';
    await expect(app.loadStore.loadStore()).rejects.toThrow();
    app.db.resetDBForTests();
  });
});
