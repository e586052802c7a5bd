// The update the resident approves, across two real builds (BUILD_ID v1 and v2) served one after
// the other on the same port: the new worker waits, the page offers "Có phiên bản mới — Tải lại",
// nothing switches before the click, and after it the page runs v2 with the settings and content
// it had in IndexedDB; a tab whose browser fires no `controllerchange` (Safari) reloads too. Also:
// the check on start (a reload finds a new version), the hourly check (the page's clock moved on by
// an hour), the check when the app becomes visible again, and the kill switch (ANTQ_SW_RETIRE=1)
// retiring the worker: found that way, found during a reload (where Chromium may hold the retire
// worker waiting for minutes; README "Triển khai"), and held waiting by an old worker that still owes
// a response, where the page must retire itself.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.ts';
import { buildApp, dumpDatabase, waitForController, workerBuild } from './pwa-helpers.ts';

const ROOT = '.tmp/pwa-update';
const V1 = join(ROOT, 'v1');
const V2 = join(ROOT, 'v2');
const RETIRE = join(ROOT, 'retire');
const SETTINGS = { province: 'ha-noi', ward: null, textSize: 'large' };

/** The entry script of a build, as its index.html names it. */
const entryScript = (dir: string) => /<script type="module" id="boot" data-src="([^"]+)"/.exec(readFileSync(join(dir, 'index.html'), 'utf8'))![1];

describe('updates the resident approves', () => {
  let server: StaticServer;
  let port = 0;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  /** Serve `dir` on the same port as before: the same origin, a new deploy. */
  async function serve(dir: string): Promise<void> {
    if (server) {
      server.server.closeAllConnections();
      await server.close();
    }
    server = await startStaticServer(dir, port);
    port = Number(new URL(server.url).port);
  }

  /** Serve `dir` like serve(), except that requests for `path` get no answer until release(). */
  async function serveHolding(dir: string, path: string): Promise<{ requested: Promise<void>; answered(): boolean; release(): void }> {
    await serve(dir);
    const files = server.server.listeners('request')[0] as RequestListener;
    const held: ServerResponse[] = [];
    let requested!: () => void;
    const arrived = new Promise<void>((resolve) => (requested = resolve));
    server.server.removeAllListeners('request');
    server.server.on('request', (req: IncomingMessage, res: ServerResponse) => {
      if (new URL(req.url ?? '/', 'http://host').pathname !== path) return void files(req, res);
      held.push(res);
      requested();
    });
    return {
      requested: arrived,
      answered: () => held.some((res) => res.writableEnded),
      release: () => held.forEach((res) => res.writeHead(404).end()),
    };
  }

  beforeAll(async () => {
    await buildApp(V1, { BUILD_ID: 'v1' });
    await buildApp(V2, { BUILD_ID: 'v2' });
    await buildApp(RETIRE, { BUILD_ID: 'retired', ANTQ_SW_RETIRE: '1' });
    expect(entryScript(V1)).not.toBe(entryScript(V2));
    await serve(V1);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    // A page that sets window.__safari hears no `controllerchange`, as Safari may not fire it.
    await context.addInitScript(() => {
      navigator.serviceWorker?.addEventListener('controllerchange', (event) => {
        if ((window as unknown as { __safari?: boolean }).__safari) event.stopImmediatePropagation();
      });
    });
    page = await context.newPage();
    // Real time flows; the test only jumps it forward to reach the hourly check.
    await page.clock.install();
    await page.clock.resume();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    server?.server.closeAllConnections();
    await server?.close();
  });

  it('v1 is installed and controls the page', async () => {
    await page.goto(server.url + '/');
    await waitForController(page);
    expect(await workerBuild(page)).toBe('v1');
  });

  let before: Record<string, unknown[]> = {};
  it('the resident’s settings and content are in IndexedDB', async () => {
    await page.evaluate(
      (settings) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('antq');
          open.onsuccess = () => {
            const tx = open.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put(settings, 'settings');
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
      SETTINGS,
    );
    // The first visit stored the national content (in the background, after the first paint).
    await expect.poll(async () => (await dumpDatabase(page, 'antq'))['national']?.length ?? 0, { timeout: 15_000 }).toBeGreaterThan(0);
    before = await dumpDatabase(page, 'antq');
    expect(before['settings']).toEqual([SETTINGS]);
  });

  it('a new deploy found by the hourly check waits, and the page offers it', async () => {
    // Let any pending update check finish (update jobs coalesce), so only the hourly one can see v2.
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    await serve(V2);
    await page.clock.fastForward('01:00:01');
    const button = page.getByRole('button', { name: 'Tải lại' });
    await button.waitFor({ timeout: 30_000 });
    await expect.poll(() => page.locator('.pwa-notice--update').textContent()).toContain('Có phiên bản mới');
    // Installed but waiting: nothing switched without the resident.
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');
    expect(await workerBuild(page)).toBe('v1');
    expect(await page.evaluate(() => document.documentElement.dataset['build'])).toBe('v1');
    expect(await page.evaluate(() => document.getElementById('boot')?.dataset['src'])).toBe(entryScript(V1));
  });

  it('accepting switches every tab to v2, also one that hears no controllerchange, keeping settings and content', async () => {
    // A second tab, Safari-like: it must reload on its own once v2 is active.
    const safari = await context.newPage();
    await safari.goto(server.url + '/lich/');
    await safari.evaluate(() => ((window as unknown as { __safari: boolean }).__safari = true));
    await safari.getByRole('button', { name: 'Tải lại' }).waitFor({ timeout: 30_000 });
    const safariReloaded = safari.waitForEvent('load', { timeout: 30_000 });
    await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), safari.getByRole('button', { name: 'Tải lại' }).click()]);
    await safariReloaded;
    for (const tab of [safari, page]) {
      await waitForController(tab);
      expect(await workerBuild(tab)).toBe('v2');
      await expect.poll(() => tab.evaluate(() => document.documentElement.dataset['build'])).toBe('v2');
    }
    expect(await safari.evaluate(() => (window as unknown as { __safari?: boolean }).__safari)).toBeUndefined(); // a new document
    await safari.close();
    expect(await page.evaluate(() => document.getElementById('boot')?.dataset['src'])).toBe(entryScript(V2));
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toBeTruthy();
    expect(await page.getByRole('button', { name: 'Tải lại' }).count()).toBe(0);
    // v2 read the kept settings: the text size is applied.
    await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('text-large'))).toBe(true);
    const after = await dumpDatabase(page, 'antq');
    expect(after['settings']).toEqual([SETTINGS]);
    for (const [store, records] of Object.entries(before)) expect(after[store]?.length ?? 0, store).toBeGreaterThanOrEqual(records.length);
  });

  it('the check on start finds the next deploy when the app is opened again', async () => {
    // Any other worker script is a new version to the browser: v1's, served again, will do.
    await serve(V1);
    await page.reload();
    await page.getByRole('button', { name: 'Tải lại' }).waitFor({ timeout: 30_000 });
    expect(await workerBuild(page)).toBe('v2');
  });

  /** Where the kill switch must leave a tab: the network build, no worker, no caches, IndexedDB as it was. */
  async function expectRetired(tab: Page): Promise<void> {
    await expect.poll(() => tab.evaluate(() => document.documentElement.dataset['build']).catch(() => null), { timeout: 20_000 }).toBe('retired');
    await tab.waitForLoadState('load');
    const state = () =>
      tab
        .evaluate(async () => ({
          controlled: navigator.serviceWorker.controller !== null,
          workers: (await navigator.serviceWorker.getRegistrations()).length,
          caches: (await caches.keys()).length,
        }))
        .catch(() => null);
    await expect.poll(state, { timeout: 10_000 }).toEqual({ controlled: false, workers: 0, caches: 0 });
    await expect.poll(async () => (await dumpDatabase(tab, 'antq').catch((): Record<string, unknown[]> => ({})))['settings'], { timeout: 10_000 }).toEqual([SETTINGS]);
  }

  /** A resident coming back to the app: past the one-a-minute limit, the page becomes visible (update check). */
  async function comeBack(tab: Page): Promise<void> {
    await tab.clock.fastForward('01:01');
    await tab.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  }

  it('the kill switch, found when the app becomes visible again, retires the worker and its caches, and leaves IndexedDB alone', async () => {
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(1);
    await serve(RETIRE);
    await comeBack(page);
    // The retiring worker takes over at once and reloads the open tabs itself.
    await expectRetired(page);
  });

  it('a fixed deploy after the kill switch registers its worker again on the next visit', async () => {
    await serve(V2);
    await page.reload();
    await waitForController(page);
    expect(await workerBuild(page)).toBe('v2');
  });

  it('the kill switch found during a reload of the page retires the worker too (Chromium may hold it waiting then)', async () => {
    // As a phone may be: another deploy found and waiting for the resident's "Tải lại".
    await serve(V1);
    await page.reload();
    await page.getByRole('button', { name: 'Tải lại' }).waitFor({ timeout: 30_000 });
    await serve(RETIRE);
    // Found by the reload itself. The retire worker or the page may navigate the tab again meanwhile.
    await page.reload().catch(() => {});
    await expectRetired(page);
  });

  it('a kill switch that cannot take over (the old worker still owes a response) is retired by the page itself', async () => {
    await serve(V2);
    await page.reload();
    await waitForController(page);
    // The old worker will fetch this file from the network (its cached copy is gone), and the host
    // holds the response: the worker has an event in flight, so Chromium cannot swap it out.
    const HELD = '/icons/icon-512.png';
    await page.evaluate(async (path) => {
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) if (new URL(request.url).pathname === path) await cache.delete(request);
      }
    }, HELD);
    const hold = await serveHolding(RETIRE, HELD);
    void page.evaluate((path) => void fetch(path).catch(() => {}), HELD);
    await hold.requested;
    await comeBack(page);
    await expectRetired(page);
    // All of it while the old worker still waited for the network: the page did it, not the worker's activation.
    expect(hold.answered()).toBe(false);
    hold.release();
  });
});
