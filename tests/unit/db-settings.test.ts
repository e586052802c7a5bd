// Settings and storage persistence in Node: fake-indexeddb, and a fake navigator.storage. The
// <html> class for the text size is checked in Chromium (tests/browser/offline-store.test.ts).
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../../src/db/settings.ts';
import { requestPersistence, storageUsage } from '../../src/data/storage.ts';
import { freshApp } from './sync-fixtures.ts';

afterEach(() => vi.unstubAllGlobals());

describe('settings', () => {
  it('are stored on every change and read back by the next page load', async () => {
    const app = await freshApp();
    await app.settings.updateSettings({ province: 'hue', ward: 'phu-xuan' });
    await app.settings.updateSettings({ textSize: 'large' });
    expect(await readSettings(await app.db.getDB())).toEqual({ province: 'hue', ward: 'phu-xuan', textSize: 'large' });
    app.db.resetDBForTests();
    const next = await freshApp({ keepDatabase: true });
    expect(next.settings.getSettings().province).toBeNull();
    expect(await next.settings.loadSettings()).toEqual({ province: 'hue', ward: 'phu-xuan', textSize: 'large' });
    next.db.resetDBForTests();
  });

  it('clear the ward when the province changes without one', async () => {
    const app = await freshApp();
    await app.settings.updateSettings({ province: 'hue', ward: 'phu-xuan' });
    await app.settings.updateSettings({ province: 'ha-noi' });
    expect(app.settings.getSettings()).toMatchObject({ province: 'ha-noi', ward: null });
    await app.settings.updateSettings({ province: 'hue', ward: 'thuan-hoa' });
    expect(app.settings.getSettings()).toMatchObject({ province: 'hue', ward: 'thuan-hoa' });
    app.db.resetDBForTests();
  });

  it('work in memory when there is no IndexedDB', async () => {
    const app = await freshApp();
    vi.stubGlobal('indexedDB', undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await app.settings.loadSettings()).toEqual({ province: null, ward: null, textSize: 'normal' });
    await app.settings.updateSettings({ textSize: 'x-large' });
    expect(app.settings.getSettings().textSize).toBe('x-large');
  });
});

describe('storage', () => {
  const fakeStorage = (persisted: boolean, grant: boolean) => {
    const storage = {
      persisted: vi.fn(async () => persisted),
      persist: vi.fn(async () => grant),
      estimate: vi.fn(async () => ({ usage: 123_456, quota: 9_000_000 })),
    };
    vi.stubGlobal('navigator', { storage });
    return storage;
  };

  it('asks for persistence only when not yet persistent, and says whether it is', async () => {
    const asked = fakeStorage(false, true);
    expect(await requestPersistence()).toBe(true);
    expect(asked.persist).toHaveBeenCalledTimes(1);
    const already = fakeStorage(true, false);
    expect(await requestPersistence()).toBe(true);
    expect(already.persist).not.toHaveBeenCalled();
    fakeStorage(false, false);
    expect(await requestPersistence()).toBe(false);
  });

  it('reports usage and quota, or null where the browser does not tell', async () => {
    fakeStorage(true, true);
    expect(await storageUsage()).toEqual({ usage: 123_456, quota: 9_000_000, persisted: true });
    vi.stubGlobal('navigator', {});
    expect(await storageUsage()).toBeNull();
    expect(await requestPersistence()).toBe(false);
  });
});
