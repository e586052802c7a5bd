// The schema's upgrade path and the two-tab cases, on fake-indexeddb. What a real browser does
// with a blocked upgrade across tabs is tested in tests/browser/offline-store.test.ts.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.ts';
import { DB_NAME, DB_VERSION } from '../../src/db/schema.ts';
import { readSettings, writeSettings } from '../../src/db/settings.ts';
import { freshApp } from './sync-fixtures.ts';

const rawOpen = (version: number, upgrade?: (db: IDBDatabase) => void) =>
  new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, version);
    request.onupgradeneeded = () => upgrade?.(request.result);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

/** Version 1 of the schema as the first release wrote it, with the resident's settings in it. */
async function writeVersion1(): Promise<IDBDatabase> {
  const db = await rawOpen(1, (d) => {
    d.createObjectStore('settings');
    d.createObjectStore('meta');
    d.createObjectStore('national', { keyPath: 'collection' });
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('settings', 'readwrite');
    tx.objectStore('settings').put({ province: 'ha-noi', ward: 'ha-dong', textSize: 'x-large' }, 'settings');
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  return db;
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});

describe('schema upgrades', () => {
  it('opens a database written by schema v1, keeps the settings and adds the model, search and notice stores', async () => {
    (await writeVersion1()).close();
    const db = await openDatabase();
    expect(db.version).toBe(DB_VERSION);
    expect(await readSettings(db)).toEqual({ province: 'ha-noi', ward: 'ha-dong', textSize: 'x-large' });
    expect([...db.objectStoreNames].sort()).toEqual(['meta', 'models', 'national', 'notices', 'officer', 'search', 'settings', 'trust']);
    expect(db.transaction('models').store.keyPath).toEqual(['province', 'chunk']);
    db.close();
  });

  it('creates every store on a fresh install and round-trips settings', async () => {
    const db = await openDatabase();
    expect(await readSettings(db)).toEqual({ province: null, ward: null, textSize: 'normal' });
    await writeSettings(db, { province: 'hue', ward: null, textSize: 'large' });
    expect(await readSettings(db)).toEqual({ province: 'hue', ward: null, textSize: 'large' });
    db.close();
  });

  it('replaces malformed stored settings with defaults, field by field', async () => {
    const db = await openDatabase();
    await db.put('settings', { province: 42, ward: 'x', textSize: 'huge' } as never, 'settings');
    expect(await readSettings(db)).toEqual({ province: null, ward: 'x', textSize: 'normal' });
    db.close();
  });
});

describe('two tabs, two versions', () => {
  it('an old version left open elsewhere blocks the upgrade: the page is told, and the open goes ahead once it closes', async () => {
    const app = await freshApp();
    const old = await writeVersion1(); // another tab, old code, does not close on versionchange
    await expect(app.db.getDB()).rejects.toThrow(app.db.DbBlockedError);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'failed', message: app.status.MESSAGE_BLOCKED });
    old.close();
    await expect.poll(async () => (await app.db.getDB().catch(() => null))?.version, { timeout: 2000 }).toBe(DB_VERSION);
  });

  it('a newer version opening elsewhere closes this connection and asks for a reload', async () => {
    const app = await freshApp();
    const db = await app.db.getDB();
    const newer = await rawOpen(DB_VERSION + 1); // succeeds only if our connection closed
    expect(newer.version).toBe(DB_VERSION + 1);
    expect(app.status.syncStatus.get()).toMatchObject({ state: 'failed', reload: true, message: app.status.MESSAGE_RELOAD });
    await expect(app.db.getDB()).rejects.toThrow(app.db.DbClosedError);
    expect(() => db.transaction('meta')).toThrow();
    newer.close();
  });
});
