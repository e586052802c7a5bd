// Every screen in real Chromium against the built app, at 360×740 and at 1280 wide: rendered by the
// app (not only the prerendered HTML), no serious or critical axe-core violations, controls at least
// 48 px, no horizontal scrolling (also at 320 px with text at 200 %), no console errors, and a
// screenshot in .tmp/screens/<name>-<viewport>.png for a person to look at. Interactions are in
// screens-flows.test.ts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir, readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, serveDist } from './harness.ts';
import { openScreen } from './screens-helpers.ts';
import type { StaticServer } from '../../src/server/static-server.ts';

const SCREENS: readonly [name: string, url: string, h1: RegExp][] = [
  ['home', '/', /^Hôm nay$/],
  ['calendar', '/lich/?thang=2026-11', /^Lịch chiến dịch/],
  ['calendar-year', '/lich/?xem=danh-sach&thang=2026-01', /^Lịch chiến dịch/],
  ['campaigns', '/chien-dich/', /^Chiến dịch, ngày lễ$/],
  ['campaign', '/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/', /HIV\/AIDS/],
  ['models', '/mo-hinh/', /^Mô hình/],
  // An old shared province link lands on the province's own page.
  ['models-ha-noi', '/mo-hinh/?tinh=ha-noi', /^Thành phố Hà Nội$/],
  ['models-old-name', '/mo-hinh/?noi=B%E1%BA%AFc%20Giang', /^Mô hình/],
  ['model', '/mo-hinh/diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023/', /26\/6\/2023/],
  ['articles', '/bai-viet/', /^Bài viết$/],
  ['article', '/bai-viet/cao-bang-so-ket-6-thang-dau-nam-2023/', /Cao Bằng/],
  ['figures', '/so-lieu/', /^Số liệu$/],
  ['figure', '/so-lieu/cao-bang-2023-mo-hinh-antt-moi/', /mô hình/],
  ['search', '/tim-kiem/?q=ma%20tuy', /^Tìm kiếm$/],
  ['hotlines', '/duong-day-nong/', /^Đường dây nóng$/],
  ['guidance', '/huong-dan/', /^Hướng dẫn/],
  ['settings', '/cai-dat/', /^Cài đặt$/],
  ['more', '/them/', /^Thêm$/],
  ['not-found', '/chien-dich/khong-co/', /^Không tìm thấy trang$/],
];

const AXE = await readFile('node_modules/axe-core/axe.min.js', 'utf8');

/** Controls that must be at least 48 px tall (inline links in running text are exempt, as in WCAG 2.5.8). */
const TARGETS = [
  'button',
  'input:not([type=hidden]):not([type=radio])',
  'select',
  'summary',
  '.choice',
  '.site-nav a',
  '.brand',
  '.skip-link:focus',
  '.chips a',
  '.card',
  '.link-list a',
  '.menu a',
  '.agenda__item a',
  '.back a',
  '.more-link a',
  '.period-nav a',
  '.hotline-bar a',
  '.hotline',
  '.button',
  '.sources a',
  '.site-footer a',
  '.figure-card__links a',
].join(',');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, so the page's CSP (no inline scripts) stays in force.
  await page.evaluate(AXE);
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return { violations: result.violations, passes: result.passes.length };
  });
  // axe really looked at the page (colour contrast, names, landmarks… pass).
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`);
}

async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate((selector) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue; // not displayed (closed details, hidden)
      if (el.closest('[hidden], details:not([open]) > :not(summary)')) continue;
      if (r.height < 47.5 || r.width < 47.5) out.push(`${el.tagName.toLowerCase()}.${el.className} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
    }
    return out;
  }, TARGETS);
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe('every screen in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    await mkdir('.tmp/screens', { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const [viewportName, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    describe(`at ${viewport.width}×${viewport.height}`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'block' });
      });
      afterAll(() => context?.close());

      it.each(SCREENS)('%s (%s): rendered, accessible, no overflow, screenshot saved', async (name, url, h1) => {
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('console', (m) => m.type() === 'error' && !/status of 404/.test(m.text()) && errors.push(m.text()));
        try {
          await openScreen(page, server.url + url);
          const headings = await page.locator('h1').allTextContents();
          expect(headings).toHaveLength(1);
          expect(headings[0]!.trim()).toMatch(h1);
          expect(await page.locator('main#main').count()).toBe(1);
          await page.screenshot({ path: `.tmp/screens/${name}-${viewportName}.png`, fullPage: true });
          expect(await axeViolations(page)).toEqual([]);
          expect(await smallTargets(page)).toEqual([]);
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
          expect(errors).toEqual([]);
        } finally {
          await page.close();
        }
      });

      it('settings with a province chosen: its communes to choose from, accessible, no overflow, screenshot saved', async () => {
        const page = await context.newPage();
        try {
          await openScreen(page, server.url + '/cai-dat/');
          await page.selectOption('#s-province', 'dong-nai');
          await page.waitForFunction(() => document.querySelectorAll('#s-ward option').length > 1, undefined, { timeout: 15_000 });
          await page.selectOption('#s-ward', 'bien-hoa');
          await page.fill('#s-typed', 'quận Hà Đông');
          await page.locator('[aria-label="Nơi khớp với tên đã gõ"]').waitFor();
          await page.screenshot({ path: `.tmp/screens/settings-commune-${viewportName}.png`, fullPage: true });
          expect(await axeViolations(page)).toEqual([]);
          expect(await smallTargets(page)).toEqual([]);
          expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        } finally {
          await page.close();
        }
      });
    });
  }

  describe('at 320 px with text at 200 % and with the largest text setting', () => {
    let context: BrowserContext;
    beforeAll(async () => {
      context = await browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'vi-VN', serviceWorkers: 'block' });
    });
    afterAll(() => context?.close());

    it.each(SCREENS)('%s: no horizontal scrolling', async (_name, url) => {
      const page = await context.newPage();
      try {
        await openScreen(page, server.url + url);
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        // The text-size setting's largest step (a class on <html>), then browser text zoom to 200 %.
        await page.evaluate(() => document.documentElement.classList.add('text-x-large'));
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        await page.evaluate(() => {
          document.documentElement.classList.remove('text-x-large');
          document.documentElement.style.fontSize = '200%';
        });
        expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
        if (_name === 'calendar' || _name === 'home') await page.screenshot({ path: `.tmp/screens/${_name}-320-text200.png`, fullPage: true });
      } finally {
        await page.close();
      }
    });
  });
});
