// The service worker against the built app served like a static host: it takes control on the
// first visit, precaches the shell and the fixed pages only, and offline opens every fixed page
// and every deep link with its own title and heading (deep links through the precached shell,
// rendered from IndexedDB). Not covered here: the 4 s network timeout (workbox's NetworkOnly
// timeout; offline covers the same fallback path).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, serveDist } from './harness.ts';
import type { StaticServer } from '../../src/server/static-server.ts';
import { FIXED_PAGES, SHELL_PATH } from '../../src/pwa/build/pages.ts';
import { cachedResponses, deepLinks, distDir, entryPath, htmlFileOf, precacheEntries, readHead, waitForController } from './pwa-helpers.ts';

const fixedPages = FIXED_PAGES.filter((path) => existsSync(htmlFileOf(path)));
const links = deepLinks();

describe('service worker and offline pages', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('controls the page from the first visit and precaches exactly the manifest', async () => {
    await page.goto(server.url + '/');
    await waitForController(page);
    const expected = precacheEntries().map((e) => new URL(entryPath(e.url), server.url).href);
    await expect.poll(async () => (await cachedResponses(page)).length, { timeout: 20_000 }).toBe(expected.length);
    const cached = await cachedResponses(page);
    expect(cached.map((c) => c.url.split('?')[0]).sort()).toEqual(expected.sort());
    // Nothing opaque, nothing failed, nothing of the data layer's.
    for (const entry of cached) {
      expect(entry.type, entry.url).toBe('basic');
      expect(entry.status, entry.url).toBe(200);
      expect(new URL(entry.url).pathname.startsWith('/content/'), entry.url).toBe(false);
    }
    // A second visit is served by the worker too.
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');
  });

  it('online, a deep link gets its own prerendered page from the network', async () => {
    expect(links.length).toBeGreaterThan(0);
    const path = links[0]!;
    const response = await page.goto(server.url + path);
    expect(response?.status()).toBe(200);
    const html = (await response!.text()).replace(/&amp;/g, '&');
    expect(html).toContain(`property="og:url" content="${readHead(path).meta['og:url']}"`);
  });

  it('offline, every fixed page opens with its own title and heading', async () => {
    await context.setOffline(true);
    try {
      expect(fixedPages).toContain('/');
      for (const path of fixedPages) {
        const head = readHead(path);
        await page.goto(server.url + path);
        await expect.poll(() => page.title(), { timeout: 10_000, message: path }).toBe(head.title);
        await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000, message: path }).toBe(head.h1);
      }
    } finally {
      await context.setOffline(false);
    }
  });

  it('offline, every deep link opens from the shell with its own title and content, never home’s', async () => {
    const home = readHead('/');
    await context.setOffline(true);
    try {
      for (const path of links) {
        const head = readHead(path);
        expect(head.title, path).not.toBe(home.title);
        const response = await page.goto(server.url + path);
        expect(response?.status(), path).toBe(200);
        // The document that arrived is the shell, not the page: proof the worker rendered it from stored content.
        expect(await response!.text(), path).toContain('name="robots" content="noindex"');
        await expect.poll(() => page.title(), { timeout: 10_000, message: path }).toBe(head.title);
        await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000, message: path }).toBe(head.h1);
      }
    } finally {
      await context.setOffline(false);
    }
  });

  it('offline, an unknown address says so, and a path without its slash still opens its page', async () => {
    await context.setOffline(true);
    try {
      await page.goto(server.url + '/khong-co-trang-nay/');
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toContain('Không tìm thấy');
      const calendar = fixedPages.find((p) => p !== '/') ?? '/';
      await page.goto(server.url + calendar.replace(/\/$/, ''));
      await expect.poll(() => page.title(), { timeout: 10_000 }).toBe(readHead(calendar).title);
    } finally {
      await context.setOffline(false);
    }
  });

  it('the shell itself is never indexed and carries no page content', () => {
    const shell = readHead(SHELL_PATH);
    expect(shell.meta['robots']).toBe('noindex');
    expect(shell.h1).toBe('');
    expect(distDir()).toBeTruthy();
  });

  it('raised no page errors', () => {
    expect(errors).toEqual([]);
  });
});
