// Verified notices end to end in Chromium: the CLI makes a throw-away root and ward key, the app is
// built trusting that root (its own DIST_DIR), a phone opens home once, then — offline, in fresh
// tabs — a signed link shows as verified, a one-character change as forged, and after the key is
// revoked (rebuild, sync) as revoked. No request ever carries the notice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { launchBrowser, PHONE } from './harness.ts';
import { startStaticServer, type StaticServer } from '../../src/server/static-server.ts';
import { FORGED_TITLE } from '../../src/ui/notice-card.tsx';
import { waitForController } from './pwa-helpers.ts';
import { ceremony, decodeQr, signedLink, trustCli, type Ceremony } from './notice-helpers.ts';

const WAIT = { timeout: 20_000 };
export const SHOTS = 'test-results/notices';

describe('verified notices', () => {
  let c: Ceremony;
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let link: string;
  let firstList: string | null = null;
  const requests: Request[] = [];
  const officerTokens: string[] = [];

  beforeAll(async () => {
    c = await ceremony();
    await c.build();
    server = await startStaticServer(c.dist, 0);
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    context.on('request', (r) => requests.push(r));
    link = await signedLink(c, server.url);
    await mkdir(SHOTS, { recursive: true });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await c?.dispose();
  });

  const trustVersion = (page: Page) =>
    page.evaluate(
      () =>
        new Promise<string | null>((resolve) => {
          const open = indexedDB.open('antq');
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('trust')) return resolve(null);
            const get = db.transaction('trust').objectStore('trust').get('list');
            get.onsuccess = () => resolve((get.result as { version?: string } | undefined)?.version ?? null);
          };
          open.onerror = () => resolve(null);
        }),
    );

  it('after one visit to home, a signed link opens offline in a fresh tab as verified', async () => {
    const home = await context.newPage();
    await home.goto(server.url + '/');
    await waitForController(home);
    await expect.poll(() => trustVersion(home), WAIT).not.toBeNull();
    firstList = await trustVersion(home);
    await home.close();

    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(link);
    await expect.poll(() => page.locator('.ward-notice__verified').textContent(), WAIT).toContain('Đã xác thực');
    expect(await page.locator('.ward-notice__verified').textContent()).toContain('Công an phường Ba Đình, Thành phố Hà Nội');
    expect(await page.locator('.ward-notice__seal .badge').textContent()).toBe('THỬ NGHIỆM');
    expect(await page.locator('.ward-notice__title').textContent()).toBe('Cảnh báo giả danh công an gọi điện');
    expect(await page.locator('a[href="tel:0243823456"]').count()).toBe(1);
    await page.screenshot({ path: `${SHOTS}/verified-360.png`, fullPage: true });
    await page.close();
  });

  it('a one-character change is not verified: no trusted text, no phone link', async () => {
    const token = link.slice(link.indexOf('#') + 1);
    const at = Math.floor(token.length / 2);
    const changed = `${link.slice(0, link.indexOf('#') + 1)}${token.slice(0, at)}${token[at] === 'A' ? 'B' : 'A'}${token.slice(at + 1)}`;
    const page = await context.newPage();
    await page.goto(changed);
    await expect.poll(() => page.locator('#ward-warning-title').textContent(), WAIT).toBe(FORGED_TITLE);
    expect(await page.locator('a[href="tel:0243823456"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('0243823456');
    expect(await page.locator('.ward-notice__verified').count()).toBe(0);
    expect(await page.textContent('main')).not.toContain('Cảnh báo giả danh công an gọi điện');
    await page.screenshot({ path: `${SHOTS}/forged-360.png`, fullPage: true });
    await page.close();
  });

  it('a verified notice can be saved: listed on /tin/ and on home, offline', async () => {
    const page = await context.newPage();
    await page.goto(link);
    await page.getByRole('button', { name: 'Lưu tin' }).click();
    await expect.poll(() => page.locator('.ward-status').first().textContent(), WAIT).toContain('Đã lưu');
    await page.goto(server.url + '/tin/');
    await expect.poll(() => page.locator('.saved-notices .ward-notice__title').allTextContents(), WAIT).toEqual(['Cảnh báo giả danh công an gọi điện']);
    await page.goto(server.url + '/');
    await expect.poll(() => page.locator('#notices-title + ul a').allTextContents(), WAIT).toEqual(['Cảnh báo giả danh công an gọi điện']);
    await page.close();
  });

  it('offline, the saved notice shows on its commune page (matched by official code), not on another commune\'s; and on home while Ba Đình is followed', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/dia-phuong/ha-noi/ba-dinh/');
    await expect.poll(() => page.locator('.place-notices .link-list a').allTextContents(), WAIT).toEqual(['Cảnh báo giả danh công an gọi điện']);
    expect(await page.locator('.place-notices .link-list a').getAttribute('href')).toBe(link.slice(link.indexOf('/tin/')));
    await page.screenshot({ path: `${SHOTS}/commune-notices-360.png`, fullPage: true });

    await page.goto(server.url + '/dia-phuong/ha-noi/ngoc-ha/');
    // The prerendered section is busy until the app has read the notices saved on this phone.
    await expect.poll(() => page.locator('.place-notices').getAttribute('aria-busy'), WAIT).toBeNull();
    await expect.poll(() => page.locator('.place-notices__none').textContent(), WAIT).toContain('Thông báo đã xác thực của công an phường Ngọc Hà mà bạn lưu trên điện thoại này sẽ hiện ở đây.');
    expect(await page.locator('.place-notices a').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('Cảnh báo giả danh công an gọi điện');

    // Following Ba Đình: home lists its notice (filtered by the followed commune's code).
    await page.goto(server.url + '/dia-phuong/ha-noi/ba-dinh/');
    await page.getByRole('button', { name: /^Theo dõi/ }).click();
    await expect.poll(() => page.locator('.follow-place [role=status]').count(), WAIT).toBe(1);
    await page.goto(server.url + '/');
    await expect.poll(() => page.locator('#notices-title + ul a').allTextContents(), WAIT).toEqual(['Cảnh báo giả danh công an gọi điện']);
    await page.goto(server.url + '/dia-phuong/ha-noi/ba-dinh/');
    await page.getByRole('button', { name: 'Bỏ theo dõi' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Theo dõi/ }).count(), WAIT).toBe(1);
    await page.close();
  });

  it('a revoked key (revoke, rebuild, sync) shows as revoked, and the saved notice stops being trusted', async () => {
    await context.setOffline(false);
    await trustCli(c.trustDir, 'ward-revoke', '--kid', c.wardKid);
    await c.build();
    const home = await context.newPage();
    await home.goto(server.url + '/tin/');
    await expect.poll(() => trustVersion(home), WAIT).not.toBe(firstList);
    await home.close();

    await context.setOffline(true);
    const page = await context.newPage();
    await page.goto(link);
    await expect.poll(() => page.locator('#ward-warning-title').textContent(), WAIT).toBe('Khóa ký tin này đã bị thu hồi');
    expect(await page.locator('a[href="tel:0243823456"]').count()).toBe(0);
    expect(await page.locator('main').textContent()).not.toContain('0243823456');
    await page.goto(server.url + '/tin/');
    await expect.poll(() => page.locator('.saved-notices #ward-warning-title').allTextContents(), WAIT).toEqual(['Khóa ký tin này đã bị thu hồi']);
    await page.close();
    await context.setOffline(false);
  }, 240_000);

  it('officer: key made on the phone → registered by the CLI → synced → compose, preview, sign → a link that verifies; its QR decodes to the link', async () => {
    const page = await context.newPage();
    await page.goto(server.url + '/tin/can-bo/');
    await page.getByLabel('Mã xã, phường (5 chữ số)').fill('00004');
    await page.getByLabel('Tên đơn vị như người dân sẽ đọc').fill('Công an phường Ba Đình');
    await page.getByRole('button', { name: 'Tạo khóa trên điện thoại này' }).click();
    const request = await page.locator('.officer__request').inputValue();
    expect(JSON.parse(request)).toMatchObject({ type: 'antq-ward-key-request', ward: '00004', unit: 'Công an phường Ba Đình' });
    expect(request).not.toMatch(/"d"/);
    // The private key cannot be exported from the phone.
    expect(await page.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('antq');
      open.onsuccess = () => {
        const get = open.result.transaction('officer').objectStore('officer').getAll();
        get.onsuccess = () => resolve((get.result as { privateKey: CryptoKey }[]).map((k) => [k.privateKey.extractable, k.privateKey.type]));
      };
    }))).toEqual([[false, 'private']]);

    await trustCli(c.trustDir, 'ward-add', '--ward', '00004', '--unit', 'Công an phường Ba Đình', '--key', request, '--commune', 'Phường Ba Đình', '--province', 'Thành phố Hà Nội');
    await c.build();
    await page.getByRole('button', { name: 'Cập nhật danh sách khóa' }).click();
    await page.getByLabel('Loại tin').selectOption('su-kien');
    await page.getByLabel('Tiêu đề').fill('Họp tổ dân phố về phòng cháy');
    await page.getByLabel('Nội dung').fill('Mời các hộ dự họp, mang theo ý kiến về lối thoát hiểm.');
    await page.getByLabel(/^Bắt đầu/).fill('2030-12-01T19:30');
    await page.getByLabel('Số điện thoại (không bắt buộc)').fill('0243 823 457');
    await expect.poll(() => page.locator('.ward-notice__verified').textContent(), WAIT).toContain('Đã xác thực — Công an phường Ba Đình, Thành phố Hà Nội');
    await expect.poll(() => page.locator('.officer__length').textContent(), WAIT).toMatch(/Liên kết dài \d+\/1500 ký tự — còn \d+/);
    await page.screenshot({ path: `${SHOTS}/officer-compose-360.png`, fullPage: true });
    await page.getByRole('button', { name: 'Ký tin' }).click();
    const officerLink = await page.locator('.officer__link').inputValue();
    expect(officerLink.startsWith(`${server.url}/tin/#`)).toBe(true);
    officerTokens.push(officerLink.slice(officerLink.indexOf('#') + 1));

    await page.getByRole('button', { name: 'Mã QR của tin, in áp phích' }).click();
    const decoded = await decodeQr(page, '.poster__qr');
    expect(decoded).toBe(officerLink);
    await page.close();

    await context.setOffline(true);
    const fresh = await context.newPage();
    await fresh.goto(officerLink);
    await expect.poll(() => fresh.locator('.ward-notice__verified').textContent(), WAIT).toContain('Đã xác thực');
    expect(await fresh.locator('.ward-notice__title').textContent()).toBe('Họp tổ dân phố về phòng cháy');
    expect(await fresh.locator('a[href="tel:0243823457"]').count()).toBe(1);
    await fresh.close();
    await context.setOffline(false);
  }, 240_000);

  it('no network request carried a notice', () => {
    const tokens = [link.slice(link.indexOf('#') + 1), ...officerTokens];
    expect(officerTokens.length).toBe(1);
    expect(requests.length).toBeGreaterThan(5);
    for (const r of requests) {
      const sent = `${r.url()} ${r.postData() ?? ''} ${JSON.stringify(r.headers())}`;
      for (const token of tokens) expect(sent.includes(token.slice(-40)), r.url()).toBe(false);
      expect(sent.includes('/tin/#'), r.url()).toBe(false);
    }
  });
});
