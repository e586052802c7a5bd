// Sharing a page: the share sheet where the browser has one, otherwise the link is copied with a
// visible "Đã chép liên kết" (or shown to copy by hand); the sharer's followed locality rides along;
// the QR code (loaded only on demand) encodes exactly that link and prints as an A4 or A5 poster.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { PHONE, servedApp } from './harness.ts';
import { qrPath } from '../../src/pwa/qr-path.ts';
import { shareURL } from '../../src/pwa/locality-link.ts';
import { appReady, deepLinks, readHead } from './pwa-helpers.ts';

const UQR_MARK = 'String contains unencodable characters';
const link = deepLinks().find((p) => p.startsWith('/chien-dich/')) ?? deepLinks()[0] ?? '/';

/** The app has rendered its screen, PWA slot included. */
const ready = (page: Page) => appReady(page);

/** Follow a locality the way the settings screen stores it, then reload so the app reads it. */
async function follow(page: Page, province: string | null, ward: string | null): Promise<void> {
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('antq');
        open.onsuccess = () => {
          const tx = open.result.transaction('settings', 'readwrite');
          tx.objectStore('settings').put(value, 'settings');
          tx.oncomplete = () => (open.result.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    { province, ward, textSize: 'normal' },
  );
  await page.reload();
  await ready(page);
}

/** PDF page sizes in points, from the MediaBox of each page object. */
function pdfPages(pdf: Buffer): { width: number; height: number }[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Type\s*\/Page[^s][\s\S]*?\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({
    width: Number(m[3]) - Number(m[1]),
    height: Number(m[4]) - Number(m[2]),
  }));
}

describe('share, QR and poster', () => {
  const app = servedApp();

  describe('without a share sheet', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await app.browser.newContext({ viewport: PHONE });
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
      await context.addInitScript(() => void delete (Navigator.prototype as { share?: unknown }).share);
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('copies the link and says so', async () => {
      await page.goto(app.server.url + link);
      await ready(page);
      await page.getByRole('button', { name: 'Chia sẻ' }).click();
      await page.getByText('Đã chép liên kết').waitFor({ timeout: 5_000 });
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(app.server.url + link);
    });

    it('adds the sharer’s followed ward to the link', async () => {
      await follow(page, 'ha-noi', 'ha-dong');
      await page.getByRole('button', { name: 'Chia sẻ' }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${app.server.url}${link}?tinh=ha-noi&phuong=ha-dong`);
    });

    it('the shared link offers whoever opens it to follow that ward', async () => {
      const shared = await page.evaluate(() => navigator.clipboard.readText());
      const other = await app.browser.newContext({ viewport: PHONE });
      try {
        const reader = await other.newPage();
        await reader.goto(shared);
        await ready(reader);
        await reader.getByRole('button', { name: 'Theo dõi' }).click();
        await expect
          .poll(() => reader.evaluate(() => new Promise((resolve) => {
            const open = indexedDB.open('antq');
            open.onsuccess = () => {
              const get = open.result.transaction('settings').objectStore('settings').get('settings');
              get.onsuccess = () => (open.result.close(), resolve(get.result && [get.result.province, get.result.ward]));
            };
          })))
          .toEqual(['ha-noi', 'ha-dong']);
      } finally {
        await other.close();
      }
    });

    it('shows the link to copy by hand when the clipboard refuses', async () => {
      await follow(page, null, null);
      await page.evaluate(() => {
        navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      });
      await page.getByRole('button', { name: 'Chia sẻ' }).click();
      const field = page.getByLabel('Chép liên kết này:');
      await field.waitFor({ timeout: 5_000 });
      expect(await field.inputValue()).toBe(app.server.url + link);
    });
  });

  it('uses the phone’s share sheet where there is one', async () => {
    const context = await app.browser.newContext({ viewport: PHONE });
    try {
      await context.addInitScript(() => {
        Object.defineProperty(Navigator.prototype, 'share', {
          configurable: true,
          value: (data: unknown) => ((window as unknown as Record<string, unknown>)['__shared'] = data, Promise.resolve()),
        });
      });
      const page = await context.newPage();
      await page.goto(app.server.url + link);
      await ready(page);
      await page.getByRole('button', { name: 'Chia sẻ' }).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>)['__shared'])).toEqual({
        title: readHead(link).meta['og:title'],
        url: app.server.url + link,
      });
    } finally {
      await context.close();
    }
  });

  describe('the QR poster', () => {
    let context: BrowserContext;
    let page: Page;
    const scripts: { url: string; body: Promise<string> }[] = [];
    beforeAll(async () => {
      context = await app.browser.newContext({ viewport: PHONE });
      page = await context.newPage();
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script') scripts.push({ url: response.url(), body: response.text().catch(() => '') });
      });
    });
    afterAll(() => context?.close());

    it('is not part of the first load', async () => {
      await page.goto(app.server.url + '/');
      await ready(page);
      await page.goto(app.server.url + link);
      await ready(page);
      const bodies = await Promise.all(scripts.map((s) => s.body));
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.filter((b) => b.includes(UQR_MARK))).toEqual([]);
    });

    it('shows the page’s title, a QR code of its link and the link under it', async () => {
      await page.getByRole('button', { name: 'Mã QR, in áp phích' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor({ timeout: 10_000 });
      expect((await Promise.all(scripts.map((s) => s.body))).some((b) => b.includes(UQR_MARK))).toBe(true);
      const url = shareURL(app.server.url + link, null);
      expect(await dialog.locator('h2').textContent()).toBe(readHead(link).meta['og:title']);
      expect(await dialog.locator('svg path').getAttribute('d')).toBe(qrPath(url).d);
      expect(await dialog.locator('.poster__url').textContent()).toBe(decodeURI(url.replace(/^https?:\/\//, '')));
    });

    it('prints only the poster, on A4 or A5', async () => {
      const dialog = page.getByRole('dialog');
      for (const [paper, width, height] of [
        ['A4', 595, 842],
        ['A5', 420, 595],
      ] as const) {
        await dialog.getByLabel(paper, { exact: true }).check();
        await page.waitForFunction((cls) => document.documentElement.classList.contains(cls), `poster-${paper.toLowerCase()}`, { timeout: 5_000 });
        const pages = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
        expect(pages.length, paper).toBe(1);
        expect(Math.round(pages[0]!.width), paper).toBeCloseTo(width, -1);
        expect(Math.round(pages[0]!.height), paper).toBeCloseTo(height, -1);
      }
      await page.emulateMedia({ media: 'print' });
      mkdirSync('.tmp', { recursive: true });
      writeFileSync('.tmp/pwa-poster-a5.png', await page.screenshot({ fullPage: true }));
      expect(await page.locator('.site-header, .share-bar').first().isVisible().catch(() => false)).toBe(false);
      await page.emulateMedia({ media: 'screen' });
    });

    it('closes with Escape and gives focus back to its button', async () => {
      await page.keyboard.press('Escape');
      // Escape hides the dialog at once, but its `close` event, where the poster removes itself, drops
      // the print classes and gives focus back, is a task queued after (HTML spec "close the dialog").
      // Waiting for the dialog to be hidden raced with that task; wait for the poster to be gone.
      await page.locator('.poster-root').waitFor({ state: 'detached', timeout: 5_000 });
      expect(await page.getByRole('dialog').count()).toBe(0);
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Mã QR, in áp phích');
      expect(await page.evaluate(() => document.documentElement.className)).not.toContain('printing-poster');
    });
  });
});
