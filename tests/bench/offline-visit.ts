// Offline repeat visit of a deep link, in real Chromium: a first visit online installs the service
// worker and stores the content; then the server is gone and the browser offline, and the deep link
// is opened again. Measured from navigation start until the route's h1 carries the item's title and
// a frame holding it has been painted (the worker answers with the shell, whose h1 is empty: the
// title only appears once the app has rendered the item from IndexedDB).
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, CDPSession } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';
import { PHONE } from '../browser/harness.ts';
import { htmlFileOf, precacheEntries, rawHead } from '../browser/pwa-helpers.ts';
import { BUDGETS } from './budgets.ts';
import type { Row } from './report.ts';

const TIMEOUT = 30_000;

interface Visit {
  /** h1 with the title in the DOM. */
  found: number;
  /** The first frame after that has been presented (rAF, then a task after the frame). */
  painted: number;
  fcp: number;
  lcp: number;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const round = (n: number) => Math.round(n);

/**
 * Installed before any script of the page: watches the DOM for an h1 whose text is `title`, then
 * marks the next painted frame; also keeps FCP and LCP. A string, so tsx adds no helpers to it.
 */
const probe = (title: string) => `(() => {
  const want = ${JSON.stringify(title)};
  const mark = { found: NaN, painted: NaN, fcp: NaN, lcp: NaN };
  globalThis.__antqVisit = mark;
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') mark.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => { for (const e of list.getEntries()) mark.lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
  } catch {}
  const norm = (s) => (s || '').replace(/\\s+/g, ' ').trim();
  const check = () => {
    if (!Number.isNaN(mark.found)) return;
    const h1 = document.querySelector('h1');
    if (!h1 || norm(h1.textContent) !== want) return;
    mark.found = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { mark.painted = performance.now(); }, 0));
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

async function visit(context: BrowserContext, url: string, title: string): Promise<Visit> {
  const page = await context.newPage();
  try {
    // tsx compiles callbacks with esbuild's keepNames helper; give the page a no-op one. (String
    // predicates would need eval, which the app's CSP forbids.)
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.addInitScript(probe(title));
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT });
    await page.waitForFunction(() => !Number.isNaN((globalThis as unknown as { __antqVisit: Visit }).__antqVisit.painted), undefined, { timeout: TIMEOUT });
    // Let LCP settle on what is on screen: two more frames rendered after the paint.
    await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
    return await page.evaluate(() => (globalThis as unknown as { __antqVisit: Visit }).__antqVisit);
  } finally {
    await page.close();
  }
}

async function stopWorkers(cdp: CDPSession): Promise<void> {
  await cdp.send('ServiceWorker.stopAllWorkers');
}

/** The number of responses in Cache Storage. */
/**
 * `runs` offline visits of `path` with the worker stopped first (as after the phone has left the app:
 * the budget's figure), and `runs` with it still running.
 */
export async function offlineRepeatVisit(browser: Browser, dist: string, path: string, runs = 5): Promise<{ rows: Row[]; detail: Record<string, unknown> }> {
  const title = rawHead(readFileSync(htmlFileOf(path, dist), 'utf8')).h1.replace(/\s+/g, ' ').trim();
  if (!title) throw new Error(`${path}: no h1 in its prerendered page`);
  const precached = precacheEntries(dist).length;
  const server = await startStaticServer(dist, 0);
  let serverOpen = true;
  const context = await browser.newContext({ viewport: PHONE });
  try {
    // First visit, online: the worker installs and precaches, the app stores the content.
    const first = await context.newPage();
    await first.addInitScript('globalThis.__name = (f) => f');
    await first.goto(server.url + '/', { timeout: TIMEOUT });
    await first.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: TIMEOUT });
    await first.waitForFunction(() => performance.getEntriesByName('antq:sync').length > 0, undefined, { timeout: TIMEOUT });
    // The precache is complete: every entry is in Cache Storage (a condition, polled by Playwright).
    await first.waitForFunction(
      async (expected) => {
        let n = 0;
        for (const name of await caches.keys()) n += (await (await caches.open(name)).keys()).length;
        return n >= expected;
      },
      precached,
      { timeout: TIMEOUT },
    );
    const cdp = await context.newCDPSession(first);
    await cdp.send('ServiceWorker.enable');

    // Offline: the browser says so, and the host is gone.
    await context.setOffline(true);
    await server.close();
    serverOpen = false;
    const url = server.url + path;
    // One visit to warm Chromium's own code caches, not counted.
    await visit(context, url, title);
    const cold: Visit[] = [];
    for (let i = 0; i < runs; i++) {
      await stopWorkers(cdp);
      cold.push(await visit(context, url, title));
    }
    const warm: Visit[] = [];
    for (let i = 0; i < runs; i++) warm.push(await visit(context, url, title));

    const section = 'offline repeat visit';
    const list = (v: Visit[]) => v.map((x) => round(x.painted)).join(', ');
    const rows: Row[] = [
      { section, figure: `${path}: h1 with its title painted, worker stopped (median of ${runs})`, value: median(cold.map((v) => v.painted)), unit: 'ms', budget: { max: BUDGETS.offlineRepeatPaintMs }, note: `from navigation start; runs ${list(cold)} ms; in DOM ${round(median(cold.map((v) => v.found)))} ms, FCP ${round(median(cold.map((v) => v.fcp)))} ms, LCP ${round(median(cold.map((v) => v.lcp)))} ms` },
      { section, figure: `${path}: same, worker still running (median of ${runs})`, value: median(warm.map((v) => v.painted)), unit: 'ms', note: `runs ${list(warm)} ms; FCP ${round(median(warm.map((v) => v.fcp)))} ms, LCP ${round(median(warm.map((v) => v.lcp)))} ms` },
    ];
    return { rows, detail: { path, title, cold, warm, note: 'headless Chromium on this machine, no CPU throttling' } };
  } finally {
    await context.close();
    if (serverOpen) await server.close();
  }
}
