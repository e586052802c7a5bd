// The offline store in real Chromium against the built app: the first visit fills IndexedDB, repeat
// and offline visits render from it, and every failed update keeps the stored content and says so.
// Not here: the search screen (the screens' tests) and the service worker's own caching (pwa-offline).
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { chunkUrl } from '../../src/content/model-chunk.ts';
import { decodeProvinceIndex, type ProvinceIndexFile } from '../../src/content/province-index.ts';
import { PHONE, servedApp } from './harness.ts';
import { blankTab, builtFile, builtManifest, dumpDB, entryDetail, markStoredArticles, publishedUpdate, storedManifest } from './offline-store-helpers.ts';

const GENERIC = /^Không cập nhật được nội dung — đang dùng bản lưu ngày \d{1,2}\/\d{1,2}\/\d{4}\.$/;
const WAIT = { timeout: 15_000, interval: 100 };

describe('the offline store in Chromium', () => {
  const app = servedApp();

  /** A fresh phone (its own storage) that has visited the app once and stored its content. */
  async function visitedPhone(options: { serviceWorkers?: 'allow' | 'block'; quota?: number } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: options.serviceWorkers ?? 'block' });
    const page = await context.newPage();
    if (options.quota) {
      // A small phone: Chromium applies an overridden quota only if set before the origin first stores anything.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: app.server.url, quotaSize: options.quota });
    }
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.server.url + '/');
    await expect.poll(async () => (await storedManifest(page))?.manifest.version, WAIT).toBe(builtManifest().version);
    return { context, page, errors };
  }
  const notice = (page: Page) => page.locator('.sync-notice__text').textContent({ timeout: 15_000 });

  it('first online visit: fills the store with the manifest, every national collection and the listings', async () => {
    const { context, page, errors } = await visitedPhone();
    const manifest = builtManifest();
    expect(await entryDetail(page, 'antq:store-loaded')).toBe('network');
    const dump = (await dumpDB(page))!;
    const [collections, records] = dump['national'] as [string[], { version: string; items: unknown[] }[]];
    // The place list (every commune) is stored in the same store, under its own key 'places'.
    const expected = { ...manifest.national, ...(manifest.places ? { places: manifest.places } : {}) };
    expect(manifest.places).toBeDefined();
    expect(collections.sort()).toEqual(Object.keys(expected).sort());
    for (const [i, name] of collections.entries()) expect(records[i]!.version).toBe(expected[name as keyof typeof expected]!.version);
    const listed = Object.entries(manifest.provinces).filter(([, ref]) => ref.count > 0);
    const [, shards] = dump['models'] as [unknown, { province: string; items: unknown[] }[]];
    expect(new Set(shards.map((s) => s.province))).toEqual(new Set(listed.map(([id]) => id)));
    expect(shards.reduce((n, s) => n + s.items.length, 0)).toBe(listed.reduce((n, [, ref]) => n + ref.count, 0));
    expect(await page.locator('.sync-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('repeat visit: renders from IndexedDB with the content endpoints unreachable, and says nothing', async () => {
    const { context, page, errors } = await visitedPhone();
    await markStoredArticles(page, '[MÁY]');
    const contentRequests: string[] = [];
    await page.route('**/content/**', (route) => (contentRequests.push(route.request().url()), route.abort('internetdisconnected')));
    await page.reload();
    await expect.poll(() => entryDetail(page, 'antq:store-loaded'), WAIT).toBe('idb');
    await expect.poll(() => page.locator('#articles-title + ul a').first().textContent(), WAIT).toMatch(/^\[MÁY\] /);
    // The one request is the sync's manifest check after the first render; failing quietly.
    await expect.poll(() => contentRequests.length, WAIT).toBe(1);
    expect(contentRequests[0]).toMatch(/\/content\/manifest\.json$/);
    await expect.poll(() => page.evaluate(() => performance.getEntriesByName('antq:sync').length), WAIT).toBe(1);
    expect(await page.locator('.sync-notice').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offline reload (with the service worker): the same stored content, also on a listing deep link', async () => {
    const { context, page } = await visitedPhone({ serviceWorkers: 'allow' });
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), WAIT).toBe(true);
    await markStoredArticles(page, '[MÁY]');
    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => page.locator('#articles-title + ul a').first().textContent(), WAIT).toMatch(/^\[MÁY\] /);
    expect(await entryDetail(page, 'antq:store-loaded')).toBe('idb');
    const [id, ref] = Object.entries(builtManifest().provinces).find(([, r]) => r.count > 0)!;
    const index = decodeProvinceIndex(JSON.parse(builtFile(ref.url)) as ProvinceIndexFile);
    const listing = (JSON.parse(builtFile(chunkUrl(index.province, index.chunks[0]!.chunk, index.chunks[0]!.version))) as { items: { id: string; name: string }[] }).items[0]!;
    await page.goto(`${app.server.url}/mo-hinh/${listing.id}/`);
    await expect.poll(() => page.locator('h1').first().textContent(), WAIT).toBe(listing.name);
    expect(await entryDetail(page, 'antq:store-loaded')).toBe('idb');
    expect(id).toBeTruthy();
    // Search is built from the stored content: it works offline, and finds the stored (marked) titles.
    await page.goto(`${app.server.url}/tim-kiem/?q=${encodeURIComponent('máy')}`);
    await expect.poll(() => page.locator('#kq-top + ul a').first().textContent(), WAIT).toMatch(/^\[MÁY\] /);
    await page.goto(`${app.server.url}/tim-kiem/?q=${encodeURIComponent(listing.name.split(' ').slice(0, 3).join(' '))}`);
    await expect.poll(() => page.locator('main .link-list a').allTextContents(), WAIT).toContain(listing.name);
    await context.close();
  });

  describe('a failed update keeps the stored content and shows a notice', () => {
    async function failedUpdate(serve: (page: Page, update: ReturnType<typeof publishedUpdate>) => Promise<unknown>, expected: RegExp, update = publishedUpdate('hotlines'), quota?: number) {
      const { context, page, errors } = await visitedPhone({ quota });
      const before = await dumpDB(page);
      await page.route('**/content/manifest.json', (route) => route.fulfill({ json: update.manifest }));
      await serve(page, update);
      await page.reload();
      expect(await notice(page)).toMatch(expected);
      await expect.poll(() => page.evaluate(() => performance.getEntriesByName('antq:sync').length), WAIT).toBe(1);
      expect(await dumpDB(page)).toEqual(before);
      expect(await page.locator('#articles-title + ul a').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await context.close();
    }

    it('the body is not JSON (a captive portal page)', () =>
      failedUpdate((page, u) => page.route(`**${u.url}`, (route) => route.fulfill({ contentType: 'text/html', body: '<html>Đăng nhập Wi-Fi</html>' })), GENERIC));

    it('the body is cut short', () =>
      failedUpdate((page, u) => page.route(`**${u.url}`, (route) => route.fulfill({ contentType: 'application/json', body: u.validBody().slice(0, 200) })), GENERIC));

    it('valid JSON of the wrong shape', () =>
      failedUpdate((page, u) => page.route(`**${u.url}`, (route) => route.fulfill({ json: { collection: 'hotlines', version: u.manifest.national.hotlines!.version, items: [{ id: 'x' }] } })), GENERIC));

    it('the connection drops during the download', () =>
      failedUpdate((page, u) => page.route(`**${u.url}`, (route) => route.abort('connectionreset')), GENERIC));

    it('a manifest older than the stored one', () =>
      failedUpdate((page, u) => page.route(`**${u.url}`, (route) => route.fulfill({ contentType: 'application/json', body: u.validBody() })), /^Máy chủ gửi nội dung cũ hơn bản trên máy — đang dùng bản lưu ngày/, publishedUpdate('hotlines', -1)));

    it('the phone is out of space (a real QuotaExceededError)', () =>
      failedUpdate(
        async (page, u) => {
          // Random text: Chromium compresses IndexedDB values, so a repeated string would fit.
          const noise = () => Array.from({ length: 40_000 }, () => Math.random().toString(36).slice(2)).join(' ');
          const big = u.validBody((items) => items.map((h) => ({ ...(h as object), description: noise() })));
          await page.route(`**${u.url}`, (route) => route.fulfill({ contentType: 'application/json', body: big }));
        },
        /^Điện thoại đã hết dung lượng trống nên không lưu được nội dung mới — đang dùng bản lưu ngày/,
        publishedUpdate('hotlines'),
        1_000_000,
      ));
  });

  it('applies the stored text size to <html> before the first render', async () => {
    const { context, page } = await visitedPhone();
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const r = indexedDB.open('antq');
          r.onsuccess = () => {
            const tx = r.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put({ province: null, ward: null, textSize: 'x-large' }, 'settings');
            tx.oncomplete = () => (r.result.close(), resolve());
          };
        }),
    );
    await page.reload();
    await expect.poll(() => entryDetail(page, 'antq:store-loaded'), WAIT).toBe('idb');
    expect(await page.evaluate(() => document.documentElement.className)).toContain('text-x-large');
    await context.close();
  });

  it('an update that succeeds replaces the content on screen and says so', async () => {
    const { context, page } = await visitedPhone();
    const update = publishedUpdate('articles');
    await page.route('**/content/manifest.json', (route) => route.fulfill({ json: update.manifest }));
    await page.route(`**${update.url}`, (route) =>
      route.fulfill({ contentType: 'application/json', body: update.validBody((items) => items.map((a) => ({ ...(a as object), title: `[MỚI] ${(a as { title: string }).title}` }))) }),
    );
    await page.reload();
    expect(await notice(page)).toBe('Đã cập nhật nội dung mới.');
    await expect.poll(() => page.locator('#articles-title + ul a').first().textContent(), WAIT).toMatch(/^\[MỚI\] /);
    expect((await storedManifest(page))?.manifest.version).toBe(update.manifest.version);
    await page.getByRole('button', { name: 'Đóng' }).click();
    await expect.poll(() => page.locator('.sync-notice').count(), WAIT).toBe(0);
    await context.close();
  });

  describe('two tabs', () => {
    it('a newer version opened in another tab: this tab lets go of the database and asks to reload', async () => {
      const { context, page } = await visitedPhone();
      const other = await context.newPage();
      await blankTab(other, app.server.url);
      const opened = await other.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            const request = indexedDB.open('antq', 99);
            request.onsuccess = () => (resolve(request.result.version), request.result.close());
            request.onerror = () => reject(request.error);
          }),
      );
      expect(opened).toBe(99);
      expect(await notice(page)).toBe('Ứng dụng vừa được cập nhật ở một thẻ khác — hãy tải lại trang.');
      await expect(page.getByRole('button', { name: 'Tải lại' }).isVisible()).resolves.toBe(true);
      await context.close();
    });

    it('an old version holding the database in another tab: content still shows, from the network, with a notice', async () => {
      const context = await app.browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
      const old = await context.newPage();
      await blankTab(old, app.server.url);
      await old.evaluate(
        () =>
          new Promise<void>((resolve) => {
            const request = indexedDB.open('antq', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('settings');
            request.onsuccess = () => resolve(); // kept open, no versionchange handler: old code
          }),
      );
      const page = await context.newPage();
      await page.goto(app.server.url + '/');
      expect(await notice(page)).toBe('Ứng dụng đang mở ở một thẻ khác với phiên bản cũ — hãy đóng thẻ đó rồi tải lại trang.');
      await expect.poll(() => entryDetail(page, 'antq:store-loaded'), WAIT).toBe('network');
      expect(await page.locator('#articles-title + ul a').count()).toBeGreaterThan(0);
      await context.close();
    });
  });
});
