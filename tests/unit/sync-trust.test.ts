// The ward list through the sync (fake server, fake-indexeddb): stored when its root signature
// checks; refused, with the previous list and all content kept, when it does not or when it is older.
import 'fake-indexeddb/auto';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { emitPack } from '../../src/content/compile/emit-pack.ts';
import { dump, fakeFetch, freshApp, model, national, type Pack } from './sync-fixtures.ts';
import { root, testKey, trustFile, wardKey, type TestKey } from './notice-fixtures.ts';
import type { TrustFile } from '../../src/notice/trust-list.ts';

let app: Awaited<ReturnType<typeof freshApp>>;
let server: { pack: Pack; log: string[] };
let rootKey: TestKey;
let ward: TestKey;
vi.spyOn(console, 'warn').mockImplementation(() => {});

function pack(trust: TrustFile, builtAt: string): Pack {
  const { manifest, files } = emitPack(national(), [model('mo-hinh-1', 'ha-noi')], { builtAt, trust });
  return { manifest, files: new Map([...files].map(([path, text]) => [`/${path}`, text])) };
}

beforeAll(async () => {
  [rootKey, ward] = await Promise.all([testKey(), testKey()]);
});
beforeEach(async () => {
  app = await freshApp();
  (await import('../../src/data/trust.ts')).setTrustRootsForTests([root(rootKey)]);
  server = { pack: pack(await trustFile(rootKey, [wardKey(ward)]), '2026-11-21T03:00:00.000Z'), log: [] };
  vi.stubGlobal('fetch', fakeFetch(server));
});
afterEach(() => {
  vi.unstubAllGlobals();
  app.db.resetDBForTests();
});

const loadTrust = async () => (await import('../../src/data/trust.ts')).loadTrust(await app.db.getDB());

describe('the ward list in the sync', () => {
  it('is stored with the content when its root signature checks, and a revocation arrives with the next sync', async () => {
    expect((await app.sync.syncNow()).outcome).toBe('updated');
    expect((await loadTrust())?.list.keys.map((k) => k.kid)).toEqual([ward.kid]);
    server.pack = pack(await trustFile(rootKey, [wardKey(ward, { revoked: '2026-11-29' })], '2026-11-29T00:00:00.000Z'), '2026-11-29T03:00:00.000Z');
    expect((await app.sync.syncNow()).outcome).toBe('updated');
    expect((await loadTrust())?.list.keys[0]?.revoked).toBe('2026-11-29');
  });

  it('is refused when its signature fails: the previous list and all content are kept, and the resident is told', async () => {
    await app.sync.syncNow();
    const database = await app.db.getDB();
    const before = { ...(await dump(database)), trust: await database.getAll('trust') };
    const good = await trustFile(rootKey, [wardKey(ward)], '2026-11-29T00:00:00.000Z');
    const forged = { ...good, list: good.list.replace('"keys":[', `"keys":[${JSON.stringify(wardKey(await testKey()))},`) };
    server.pack = pack(forged, '2026-11-29T03:00:00.000Z');
    expect((await app.sync.syncNow()).outcome).toBe('failed');
    expect({ ...(await dump(database)), trust: await database.getAll('trust') }).toEqual(before);
    expect(app.status.syncStatus.get().message).toMatch(/không có chữ ký hợp lệ/);
  });

  it('is refused when signed by a root this build does not trust, or older than the stored one', async () => {
    await app.sync.syncNow();
    const stranger = await testKey();
    server.pack = pack(await trustFile(stranger, [wardKey(ward)]), '2026-11-29T03:00:00.000Z');
    expect((await app.sync.syncNow()).outcome).toBe('failed');
    server.pack = pack(await trustFile(rootKey, [], '2020-01-01T00:00:00.000Z'), '2026-11-30T03:00:00.000Z');
    expect((await app.sync.syncNow()).outcome).toBe('failed');
    expect((await loadTrust())?.list.keys.map((k) => k.kid)).toEqual([ward.kid]);
  });
});
