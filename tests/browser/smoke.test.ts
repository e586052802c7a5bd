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

  it('answers unknown paths with the not-found page and status 404', async () => {
    const page = await app.browser.newPage({ viewport: PHONE });
    const response = await page.goto(app.server.url + '/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Không tìm thấy');
    await page.close();
  });
});
