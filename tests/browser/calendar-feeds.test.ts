// The calendar feeds as built into dist/ and served like a static host, and the "Theo dõi lịch"
// screen in Chromium at 360×740: its links for every feed, copying the address, reaching it from the
// calendar and a campaign, and opening it offline. What calendar apps do with a subscription (Google
// refreshing every 12–24 h) cannot run here; the feeds' content is checked by ical.js in
// tests/unit/calendar-feeds-ical.test.ts, and here the served bytes are the generator's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { mkdir } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { loadSeeds } from '../../src/content/compile/load-seeds.ts';
import { siteOrigin } from '../../src/pwa/build/site-origin.ts';
import { calendarFeedFiles } from '../../src/routes/calendar-feed-files.ts';
import { PHONE, servedApp } from './harness.ts';
import { waitForController } from './pwa-helpers.ts';
import { openScreen, waitForScreen } from './screens-helpers.ts';

const app = servedApp();
const { national } = compileContent(await loadSeeds('seeds'));
const expected = calendarFeedFiles(national.campaigns, national.provinces, siteOrigin());

describe('calendar feeds and the subscribe screen', () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await app.browser.newContext({ viewport: PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
  });
  afterAll(async () => {
    await context?.close();
  });

  it('serves every feed as text/calendar in UTF-8, revalidated, byte for byte what the generator writes', async () => {
    expect(expected.size).toBeGreaterThanOrEqual(3);
    for (const [file, text] of expected) {
      const response = await fetch(`${app.server.url}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe('text/calendar; charset=utf-8');
      expect(response.headers.get('cache-control'), file).toBe('no-cache');
      const body = await response.text();
      expect(body, file).toBe(text);
      expect(new ICAL.Component(ICAL.parse(body)).getAllSubcomponents('vevent').length, file).toBeGreaterThan(0);
    }
  });

  it('offers every feed with its Google Calendar, webcal and copy links, at 360×740', async () => {
    await openScreen(page, `${app.server.url}/lich/theo-doi/`);
    expect(await page.locator('h1').textContent()).toBe('Theo dõi lịch');
    const cards = page.locator('article.feed');
    expect(await cards.count()).toBe(expected.size);
    const host = new URL(app.server.url).host;
    const addresses = await cards.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));
    expect(addresses).toEqual([...expected.keys()].map((file) => `${app.server.url}/${file}`));
    for (const [i, file] of [...expected.keys()].entries()) {
      const card = cards.nth(i);
      const webcal = `webcal://${host}/${file}`;
      expect(await card.getByRole('link', { name: 'Thêm vào iPhone / iPad / Mac' }).getAttribute('href')).toBe(webcal);
      const google = await card.getByRole('link', { name: 'Thêm vào Google Calendar' }).getAttribute('href');
      expect(google).toBe(`https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`);
      expect(new URL(google!).searchParams.get('cid')).toBe(webcal);
    }
    // Nothing spills sideways on a small phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    // Looked at by a person (the review of this screen): .tmp/ is not committed.
    await mkdir('.tmp/screens', { recursive: true });
    await page.screenshot({ path: '.tmp/screens/subscribe-360.png', fullPage: true });
    expect(errors).toEqual([]);
  });

  it('copies a feed’s address for Android and says so', async () => {
    const card = page.locator('article.feed').first();
    await card.getByRole('button', { name: 'Chép địa chỉ' }).click();
    await expect.poll(() => card.getByRole('status').textContent()).toBe('Đã chép địa chỉ.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${app.server.url}/lich/antq.ics`);
  });

  it('is linked from the calendar and from a campaign', async () => {
    await openScreen(page, `${app.server.url}/lich/`);
    await page.getByRole('link', { name: /Theo dõi lịch trên điện thoại/ }).click();
    await page.waitForURL('**/lich/theo-doi/');
    await waitForScreen(page);
    expect(await page.locator('h1').textContent()).toBe('Theo dõi lịch');
    await openScreen(page, `${app.server.url}/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/`);
    expect(await page.getByRole('link', { name: 'theo dõi lịch' }).getAttribute('href')).toBe('/lich/theo-doi/');
  });

  it('opens offline once the app has been visited; a feed never becomes the app shell', async () => {
    await page.goto(`${app.server.url}/`);
    const state = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => [r.installing?.state, r.waiting?.state, r.active?.state].join('/')).join(' '));
    await waitForController(page).catch(async (error: unknown) => {
      throw new Error(`no controller; registrations: ${await state()}`, { cause: error });
    });
    // The screen is precached: wait until the worker holds it.
    await expect
      .poll(() => page.evaluate(async () => Boolean(await caches.match('/lich/theo-doi/', { ignoreSearch: true }))), { timeout: 20_000 })
      .toBe(true);
    await context.setOffline(true);
    try {
      const fresh = await context.newPage();
      await fresh.goto(`${app.server.url}/lich/theo-doi/`);
      await waitForScreen(fresh);
      expect(await fresh.locator('h1').textContent()).toBe('Theo dõi lịch');
      expect(await fresh.locator('article.feed').count()).toBe(expected.size);
      // The feeds are not precached, and the worker does not answer them with the shell: offline they fail.
      const feed = await fresh.evaluate(() =>
        fetch('/lich/antq.ics').then(
          (r) => `${r.status} ${r.headers.get('content-type')}`,
          () => 'network error',
        ),
      );
      expect(feed).toBe('network error');
      await expect(fresh.goto(`${app.server.url}/lich/antq.ics`)).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
      await fresh.close();
    } finally {
      await context.setOffline(false);
    }
    expect(errors).toEqual([]);
  });
});
