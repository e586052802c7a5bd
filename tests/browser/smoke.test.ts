import { describe, expect, it } from 'vitest';
import { PHONE, servedApp } from './harness.ts';

describe('the built app in Chromium', () => {
  const app = servedApp();

  it('serves the prerendered home page and renders the content client-side', async () => {
    const page = await app.browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(app.server.url + '/');
    expect(response?.status()).toBe(200);
    const raw = await response!.text();
    expect(raw).toContain('<h1');
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks for the app only once the prerendered page has painted, then links the web app manifest', async () => {
    const page = await app.browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.server.url + '/lich/');
    await page.locator('link[rel="manifest"]').waitFor({ state: 'attached' });
    await page.waitForFunction(() => document.documentElement.dataset['build'] !== undefined);
    const timing = await page.evaluate(() => ({
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      app: performance.getEntriesByType('resource').find((e) => e.name.includes('/assets/app-'))?.startTime ?? NaN,
      manifests: [...document.querySelectorAll('link[rel="manifest"]')].map((l) => l.getAttribute('href')),
    }));
    expect(timing.fcp).toBeGreaterThan(0);
    expect(timing.app).toBeGreaterThanOrEqual(timing.fcp);
    expect(timing.manifests).toEqual(['/manifest.webmanifest']);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('starts the app at once in a page opened hidden (which paints only when shown)', async () => {
    const page = await app.browser.newPage({ viewport: PHONE });
    await page.addInitScript(() => {
      Object.defineProperty(Document.prototype, 'visibilityState', { get: () => 'hidden' });
      // As in a background tab, no paint is ever reported: only the hidden-page path can start the app.
      const observe = PerformanceObserver.prototype.observe;
      PerformanceObserver.prototype.observe = function (this: PerformanceObserver, options?: PerformanceObserverInit) {
        if (options?.type !== 'paint') observe.call(this, options);
      };
    });
    await page.goto(app.server.url + '/');
    await page.waitForFunction(() => document.documentElement.dataset['build'] !== undefined);
    await page.close();
  });

  it('answers unknown paths with the not-found page and status 404', async () => {
    const page = await app.browser.newPage({ viewport: PHONE });
    const response = await page.goto(app.server.url + '/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Không tìm thấy');
    await page.close();
  });
});
