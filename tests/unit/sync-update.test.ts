// The sync against a fake /content/ server over fake-indexeddb: what it downloads, what it writes,
// and that every kind of failure leaves the stored content exactly as it was. The same failures in
// real Chromium (where fetch, quota and tabs are real) are in tests/browser/offline-store.test.ts.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Model } from '../../src/content/schema.ts';
import { DB_VERSION } from '../../src/db/schema.ts';
import { buildPack, chunkOf, dump, fakeFetch, freshApp, model, national, places, type Fault, type Pack } from './sync-fixtures.ts';

type App = Awaited<ReturnType<typeof freshApp>>;
let app: App;
let server: { pack: Pack; fault?: (url: string) => Fault | undefined; log: string[] };
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});

const models = (n: number, provinces = ['ha-noi', 'hue', 'da-nang']): Model[] => Array.from({ length: n }, (_, i) => model(`mo-hinh-${i}`, provinces[i % provinces.length]!));

beforeEach(async () => {
  app = await freshApp();
  server = { pack: buildPack(national(), models(60)), log: [] };
  vi.stubGlobal('fetch', fakeFetch(server));
  warn.mockClear();
});
afterEach(() => {
  vi.unstubAllGlobals();
  app.db.resetDBForTests();
});

const sync = () => app.sync.syncNow();
const db = () => app.db.getDB();

describe('a first sync', () => {
  it('stores the manifest, national content and, for a small pack with no province followed, every province', async () => {
    const report = await sync();
    expect(report.outcome).toBe('updated');
    const stored = await app.content.readContent(await db());
    expect(stored?.manifest).toEqual(server.pack.manifest);
    expect(stored?.national).toEqual(national());
    expect(Object.keys(stored!.provinces).sort()).toEqual(['da-nang', 'ha-noi', 'hue']);
    expect((await app.content.readModelsOf(await db(), 'hue'))?.map((m) => m.id).sort()).toEqual(models(60).filter((m) => m.locality.province === 'hue').map((m) => m.id).sort());
    expect(await app.content.readModel(await db(), 'mo-hinh-7')).toEqual(models(60)[7]);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'updated', version: server.pack.manifest.version });
    expect(app.status.syncStatus.get().message).toBeUndefined();
  });

  it('stores the list of every commune beside the national content, but leaves it out of what the first render reads', async () => {
    await sync();
    expect(await app.content.readPlaces(await db())).toEqual(places());
    const stored = await app.content.readContent(await db());
    expect(Object.keys(stored!.national).sort()).toEqual(Object.keys(national()).sort());
  });

  it('then, with nothing new, downloads only the manifest', async () => {
    await sync();
    server.log.length = 0;
    expect((await sync()).outcome).toBe('unchanged');
    expect(server.log).toEqual(['/content/manifest.json']);
    expect(app.status.syncStatus.get().state).toBe('idle');
  });
});

describe('an update', () => {
  it('that changes only the list of communes downloads the manifest and that list, and stores it', async () => {
    await sync();
    server.pack = buildPack(national(), models(60), '2026-11-22T03:00:00.000Z', places(['Yên Nghĩa']));
    server.log.length = 0;
    expect((await sync()).outcome).toBe('updated');
    expect(server.log).toEqual(['/content/manifest.json', server.pack.manifest.places!.url]);
    expect((await app.content.readPlaces(await db()))?.[0]?.communes.map((c) => c.name)).toEqual(['Hà Đông', 'Dương Nội', 'Yên Nghĩa']);
  });

  it('with a list of communes of the wrong shape stores nothing of it and keeps the old one', async () => {
    await sync();
    const before = await dump(await db());
    server.pack = buildPack(national(), models(60), '2026-11-22T03:00:00.000Z', places(['Yên Nghĩa']));
    server.fault = (url) => (url === server.pack.manifest.places!.url ? 'wrong-shape' : undefined);
    expect((await sync()).outcome).toBe('failed');
    expect(await dump(await db())).toEqual(before);
  });

  it('that changes one listing downloads the manifest, that province index and one chunk, and rewrites one shard', async () => {
    await sync();
    const before = await dump(await db());
    const changed = models(60).map((m) => (m.id === 'mo-hinh-4' ? { ...m, description: 'Mô tả mới.' } : m));
    server.pack = buildPack(national(), changed, '2026-11-22T03:00:00.000Z');
    server.log.length = 0;
    const report = await sync();
    expect(report).toMatchObject({ outcome: 'updated', shardsWritten: 1, shardsDeleted: 0, collectionsWritten: 0 });
    const province = changed[4]!.locality.province;
    expect(server.log).toEqual(['/content/manifest.json', server.pack.manifest.provinces[province]!.url, expect.stringMatching(new RegExp(`^/content/models/${province}/${chunkOf(server.pack, province, 'mo-hinh-4')}\\.`))]);
    expect(await app.content.readModel(await db(), 'mo-hinh-4')).toMatchObject({ description: 'Mô tả mới.' });
    const after = await dump(await db());
    const [, shardsBefore] = before.models as [unknown, { chunk: number; province: string }[]];
    const [, shardsAfter] = after.models as [unknown, { chunk: number; province: string }[]];
    const differing = shardsAfter.filter((s, i) => JSON.stringify(s) !== JSON.stringify(shardsBefore[i]));
    expect(differing.map((s) => [s.province, s.chunk])).toEqual([[province, chunkOf(server.pack, province, 'mo-hinh-4')]]);
    expect(app.status.syncStatus.get().message).toBe('Đã cập nhật nội dung mới.');
  });

  it('deletes listings and chunks that are gone, and provinces no longer in the manifest', async () => {
    await sync();
    const remaining = models(60).filter((m) => m.locality.province !== 'da-nang' && m.id !== 'mo-hinh-0');
    server.pack = buildPack(national(), remaining, '2026-11-22T03:00:00.000Z');
    const report = await sync();
    expect(report.shardsDeleted).toBeGreaterThan(0);
    const stored = await app.content.readContent(await db());
    expect(Object.keys(stored!.provinces).sort()).toEqual(['ha-noi', 'hue']);
    expect(await app.content.readModelsOf(await db(), 'da-nang')).toBeUndefined();
    expect(await app.content.readModel(await db(), 'mo-hinh-0')).toBeUndefined();
    expect((await app.content.readAllModels(await db())).length).toBe(remaining.length);
  });

  it('replaces a changed national collection and keeps the others', async () => {
    await sync();
    const next = { ...national(), hotlines: [{ ...national().hotlines[0]!, name: 'Công an (mới)' }] };
    server.pack = buildPack(next, models(60), '2026-11-22T03:00:00.000Z');
    server.log.length = 0;
    expect((await sync()).collectionsWritten).toBe(1);
    expect(server.log).toEqual(['/content/manifest.json', server.pack.manifest.national.hotlines!.url]);
    expect((await app.content.readContent(await db()))?.national.hotlines[0]?.name).toBe('Công an (mới)');
  });

  it('puts the new content on screen: the live store is replaced', async () => {
    await sync();
    server.pack = buildPack(national('b'), models(60), '2026-11-22T03:00:00.000Z');
    await sync();
    expect(app.live.liveStore.get()?.meta?.version).toBe(server.pack.manifest.version);
    expect(app.live.liveStore.get()?.national.articles[0]?.id).toBe('bai-b');
  });
});

describe('which provinces a phone downloads', () => {
  const big = () => buildPack(national(), Array.from({ length: 2100 }, (_, i) => model(`m-${i}`, ['ha-noi', 'hue', 'da-nang', 'can-tho'][i % 4]!)));

  it('following one province of a large pack: national content plus that province only', async () => {
    server.pack = big();
    await app.settings.updateSettings({ province: 'hue' });
    await sync();
    const provinceUrls = server.log.filter((u) => u.startsWith('/content/models/'));
    expect(provinceUrls.length).toBeGreaterThan(1);
    expect(provinceUrls.every((u) => u.startsWith('/content/models/hue'))).toBe(true);
    expect(Object.keys((await app.content.readContent(await db()))!.provinces)).toEqual(['hue']);
  });

  it('a large pack with no province followed: none up front, a province fetched and stored when first read', async () => {
    server.pack = big();
    await sync();
    expect(server.log.filter((u) => u.startsWith('/content/models/'))).toEqual([]);
    const store = app.live.liveStore.get()!;
    expect(store.modelCounts['can-tho']).toBe(525);
    expect((await store.modelsOf('can-tho')).length).toBe(525);
    expect((await app.content.readModelsOf(await db(), 'can-tho'))?.length).toBe(525);
    server.log.length = 0;
    expect((await store.modelsOf('can-tho')).length).toBe(525);
    expect(server.log).toEqual([]);
  });

  it('once the sync runs, following a province downloads it at once, with no other trigger', async () => {
    server.pack = big();
    vi.stubGlobal('window', new EventTarget());
    app.sync.startSync();
    await sync();
    expect(server.log.filter((u) => u.startsWith('/content/models/'))).toEqual([]);
    await app.settings.updateSettings({ province: 'da-nang' });
    await expect.poll(async () => (await app.content.readModelsOf(await db(), 'da-nang'))?.length, { timeout: 5000 }).toBe(525);
    expect(server.log.filter((u) => u.startsWith('/content/models/')).every((u) => u.startsWith('/content/models/da-nang'))).toBe(true);
  });

  it('following a province later downloads it on the next sync and keeps it current', async () => {
    server.pack = big();
    await sync();
    await app.settings.updateSettings({ province: 'da-nang' });
    expect((await sync()).shardsWritten).toBeGreaterThan(0);
    expect((await app.content.readModelsOf(await db(), 'da-nang'))?.length).toBe(525);
  });
});

describe('a failed update leaves the stored content exactly as it was', () => {
  const prepareUpdate = async () => {
    await sync();
    const before = await dump(await db());
    server.pack = buildPack(national('b'), models(61), '2026-11-22T03:00:00.000Z');
    return before;
  };
  const expectFailure = async (before: Record<string, unknown[]>, message: RegExp) => {
    expect((await sync()).outcome).toBe('failed');
    expect(await dump(await db())).toEqual(before);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'failed', message: expect.stringMatching(message) });
    expect(warn).toHaveBeenCalled();
  };
  const generic = /^Không cập nhật được nội dung — đang dùng bản lưu ngày \d{1,2}\/\d{1,2}\/\d{4}\.$/;
  const chunkUrl = (url: string) => /^\/content\/models\/[a-z-]+\/\d+\./.test(url);

  it('the connection drops in the middle of a chunk download', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (chunkUrl(url) ? 'drop' : undefined);
    await expectFailure(before, generic);
  });

  it('the network goes away after the manifest, before a file arrives', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (url.includes('/articles.') ? 'offline' : undefined);
    await expectFailure(before, generic);
  });

  it('a body is cut short', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (url.includes('/articles.') ? 'truncate' : undefined);
    await expectFailure(before, generic);
  });

  it('a body is not JSON (a captive portal page)', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (url === '/content/manifest.json' ? 'garbage' : undefined);
    await expectFailure(before, generic);
  });

  it('a file is valid JSON of the wrong shape', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (chunkUrl(url) ? 'wrong-shape' : undefined);
    await expectFailure(before, generic);
  });

  it('the manifest is of the wrong shape', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (url === '/content/manifest.json' ? 'wrong-shape' : undefined);
    await expectFailure(before, generic);
  });

  it('a file is missing (404)', async () => {
    const before = await prepareUpdate();
    server.fault = (url) => (url.includes('/figures.') ? '404' : undefined);
    await expectFailure(before, generic);
  });

  it('a file does not hold the version the manifest promised', async () => {
    const before = await prepareUpdate();
    const url = server.pack.manifest.national.articles!.url;
    server.pack.files.set(url, JSON.stringify({ ...JSON.parse(server.pack.files.get(url)!), version: 'deadbeefdeadbeef' }));
    await expectFailure(before, generic);
  });

  it('the manifest is older than the stored one (never downgrade)', async () => {
    await sync();
    const before = await dump(await db());
    server.pack = buildPack(national('old'), models(10), '2026-11-20T03:00:00.000Z');
    await expectFailure(before, /^Máy chủ gửi nội dung cũ hơn bản trên máy — đang dùng bản lưu ngày/);
  });

  it('the phone is out of space (QuotaExceededError)', async () => {
    const before = await prepareUpdate();
    const put = IDBObjectStore.prototype.put;
    const full = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (this.name === 'models') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    try {
      await expectFailure(before, /^Điện thoại đã hết dung lượng trống nên không lưu được nội dung mới — đang dùng bản lưu ngày/);
    } finally {
      full.mockRestore();
    }
  });

  it('the database is blocked by another tab', async () => {
    app.db.resetDBForTests();
    globalThis.indexedDB = new (await import('fake-indexeddb')).IDBFactory();
    const old = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('antq', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('settings');
      request.onsuccess = () => resolve(request.result);
    });
    server.log.length = 0;
    expect((await sync()).outcome).toBe('failed');
    expect(server.log).toEqual([]);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'failed', message: app.status.MESSAGE_BLOCKED });
    old.close();
  });
});

describe('another tab upgrades the database during an update', () => {
  it('keeps the "reload" notice rather than a generic failure, and writes nothing', async () => {
    await sync();
    server.pack = buildPack(national('b'), models(61), '2026-11-22T03:00:00.000Z');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let waiting = false;
    const inner = fakeFetch(server);
    vi.stubGlobal('fetch', async (input: string, init?: RequestInit) => {
      if (input.includes('/articles.')) {
        waiting = true;
        await held;
      }
      return inner(input, init);
    });
    const running = sync();
    await vi.waitFor(() => expect(waiting).toBe(true));
    const newer = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('antq', DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
    });
    release();
    expect((await running).outcome).toBe('failed');
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'failed', reload: true, message: app.status.MESSAGE_RELOAD });
    const articles = await new Promise((resolve) => {
      const request = newer.transaction('national').objectStore('national').get('articles');
      request.onsuccess = () => resolve(request.result);
    });
    expect(articles).toMatchObject({ items: national().articles });
    newer.close();
  });
});

describe('offline', () => {
  it('no network: skipped quietly, state offline, nothing written', async () => {
    await sync();
    const before = await dump(await db());
    server.fault = () => 'offline';
    expect((await sync()).outcome).toBe('offline');
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'offline' });
    expect(app.status.syncStatus.get().message).toBeUndefined();
    expect(await dump(await db())).toEqual(before);
  });

  it('a manifest that does not come within the timeout counts as offline', async () => {
    app.sync.timeouts.manifestMs = 50;
    server.fault = (url) => (url === '/content/manifest.json' ? 'timeout' : undefined);
    const started = Date.now();
    expect((await sync()).outcome).toBe('offline');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a later sync after coming back online applies the update', async () => {
    server.fault = () => 'offline';
    await sync();
    server.fault = undefined;
    expect((await sync()).outcome).toBe('updated');
  });
});
