// Installing: Chromium finds the app installable (persistent profile: incognito always answers
// "in-incognito"); our install offer never shows on the first screen of a first visit, shows from
// the second page or on a return visit, remembers "Để sau"; iPhone gets the Safari steps, Zalo and
// Facebook's in-app browsers get the hint to open the real app.browser. Chromium's real
// `beforeinstallprompt` cannot be forced in a test, so a synthetic one with the same shape is sent.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { launchPersistent, PHONE, servedApp } from './harness.ts';
import { appReady, waitForController } from './pwa-helpers.ts';

const UA = {
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  zalo: 'Mozilla/5.0 (Linux; Android 12; V2111) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/110.0.5481.153 Mobile Safari/537.36 Zalo android/12100684 ZaloTheme/light ZaloLanguage/vn',
  facebook: 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/FBIOS;FBAV/430.0.0.25.109;FBBV/123;FBDV/iPhone14,5;FBSN/iOS;FBSV/16.6]',
};

/** The app has rendered its first screen, PWA slot included. */
/** The app has rendered its screen, PWA slot included. */
const ready = (page: Page) => appReady(page);

/** Go to another screen by a link, the way a resident does (client-side navigation, no reload). */
async function nextScreen(page: Page): Promise<void> {
  const before = page.url();
  await page.locator('#app a[href^="/"]:not([href="/"])').first().click();
  await page.waitForURL((url) => url.href !== before, { timeout: 10_000 });
  await ready(page);
}

/** A `beforeinstallprompt` like Chromium's: prompt() and a userChoice that answers `outcome`. */
function offerInstall(page: Page, outcome: 'accepted' | 'dismissed'): Promise<void> {
  return page.evaluate((answer) => {
    const event = new Event('beforeinstallprompt', { cancelable: true }) as Event & Record<string, unknown>;
    event['prompt'] = () => ((window as unknown as Record<string, unknown>)['__prompted'] = true, Promise.resolve());
    event['userChoice'] = Promise.resolve({ outcome: answer });
    window.dispatchEvent(event);
  }, outcome);
}

const installButton = (page: Page) => page.getByRole('button', { name: 'Cài ứng dụng' });

/**
 * What the screen decided to offer once it knows (page-tools.tsx: the stored memory read, this view
 * counted). A screen that shows no offer is checked this way: the button of an offer would appear
 * only after its lazy chunk loads, so its absence alone proves nothing at any moment.
 */
async function decidedOffer(page: Page): Promise<string | null> {
  const tools = page.locator('.page-tools:not([data-install-offer="pending"])');
  await tools.waitFor({ timeout: 5_000 });
  return tools.getAttribute('data-install-offer');
}

describe('install', () => {
  const app = servedApp();

  it('Chromium reports no installability errors', async () => {
    const { context, dispose } = await launchPersistent();
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(app.server.url + '/');
      await waitForController(page);
      const cdp = await context.newCDPSession(page);
      const manifest = (await cdp.send('Page.getAppManifest')) as { errors: unknown[]; url: string };
      expect(manifest.url).toBe(app.server.url + '/manifest.webmanifest');
      expect(manifest.errors).toEqual([]);
      await expect
        .poll(async () => ((await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] }).installabilityErrors, { timeout: 15_000 })
        .toEqual([]);
    } finally {
      await dispose();
    }
  });

  describe('the offer', () => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await app.browser.newContext({ viewport: PHONE });
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('is not on the first screen of a first visit', async () => {
      await page.goto(app.server.url + '/');
      await ready(page);
      await offerInstall(page, 'dismissed');
      expect(await decidedOffer(page)).toBe('none');
      expect(await installButton(page).count()).toBe(0);
    });

    it('comes on the second screen and opens the browser’s prompt', async () => {
      await nextScreen(page);
      expect(await decidedOffer(page)).toBe('prompt');
      await installButton(page).waitFor({ timeout: 5_000 });
      await installButton(page).click();
      await expect.poll(() => page.evaluate(() => (window as unknown as Record<string, unknown>)['__prompted'])).toBe(true);
      await expect.poll(() => installButton(page).count()).toBe(0);
    });

    it('stays away after the resident said no, even on a return visit', async () => {
      const again = await context.newPage(); // a new tab: a new visit
      await again.goto(app.server.url + '/');
      await ready(again);
      await offerInstall(again, 'dismissed');
      expect(await decidedOffer(again)).toBe('none');
      expect(await installButton(again).count()).toBe(0);
      await again.close();
    });

    it('comes at once on a return visit when it was never refused', async () => {
      const fresh = await app.browser.newContext({ viewport: PHONE });
      try {
        const first = await fresh.newPage();
        await first.goto(app.server.url + '/');
        await ready(first);
        const second = await fresh.newPage();
        await second.goto(app.server.url + '/');
        await ready(second);
        await offerInstall(second, 'accepted');
        await installButton(second).waitFor({ timeout: 5_000 });
        await second.getByRole('button', { name: 'Để sau' }).click();
        await expect.poll(() => installButton(second).count()).toBe(0);
      } finally {
        await fresh.close();
      }
    });
  });

  it('on iPhone, shows the Safari steps from the second page, opened by a link or by a full load', async () => {
    const context = await app.browser.newContext({ viewport: PHONE, userAgent: UA.iphone, isMobile: true, hasTouch: true });
    try {
      const page = await context.newPage();
      await page.goto(app.server.url + '/');
      await ready(page);
      expect(await decidedOffer(page)).toBe('none');
      expect(await page.getByText('Thêm vào MH chính').count()).toBe(0);
      await page.goto(app.server.url + '/lich/');
      await ready(page);
      await page.getByText('Thêm vào MH chính').waitFor({ timeout: 5_000 });
      expect(await page.locator('.pwa-steps li').count()).toBe(3);
      await page.getByRole('button', { name: 'Để sau' }).click();
      await expect.poll(() => page.getByText('Thêm vào MH chính').count()).toBe(0);
    } finally {
      await context.close();
    }
  });

  for (const [appName, userAgent] of [
    ['Zalo', UA.zalo],
    ['Facebook', UA.facebook],
  ] as const) {
    it(`inside ${appName}, says to open the link in the browser instead of offering to install`, async () => {
      const context = await app.browser.newContext({ viewport: PHONE, userAgent, isMobile: true, hasTouch: true });
      try {
        const page = await context.newPage();
        await page.goto(app.server.url + '/');
        await ready(page);
        const hint = page.getByRole('region', { name: 'Mở bằng trình duyệt' });
        await hint.waitFor({ timeout: 5_000 });
        expect(await hint.textContent()).toContain(`Bạn đang xem trong ${appName}`);
        await nextScreen(page);
        await offerInstall(page, 'dismissed');
        expect(await decidedOffer(page)).toBe('in-app');
        expect(await installButton(page).count()).toBe(0);
        await hint.getByRole('button', { name: 'Đóng' }).click();
        await page.reload();
        await ready(page);
        expect(await decidedOffer(page)).toBe('none');
        expect(await hint.count()).toBe(0);
      } finally {
        await context.close();
      }
    });
  }
});
