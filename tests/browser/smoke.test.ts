import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, PHONE, serveDist } from './harness.ts';
import type { StaticServer } from '../../src/server/static-server.ts';

describe('the built app in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the prerendered home page and renders the content client-side', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(server.url + '/');
    expect(response?.status()).toBe(200);
    const raw = await response!.text();
    expect(raw).toContain('<h1');
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('answers unknown paths with the not-found page and status 404', async () => {
    const page = await browser.newPage({ viewport: PHONE });
    const response = await page.goto(server.url + '/khong-co-trang-nay/');
    expect(response?.status()).toBe(404);
    await expect.poll(() => page.locator('h1').first().textContent()).toContain('Không tìm thấy');
    await page.close();
  });
});
