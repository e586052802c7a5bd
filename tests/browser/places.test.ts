// Every place as a page: the prerendered /dia-phuong/ pages in dist/ (each commune and province with its
// own title and canonical, all reached from home within three links, read the way a crawler reads raw
// HTML), and in Chromium: a commune deep link opening offline after one visit to home, rendered from
// the list of communes the background sync stored in IndexedDB.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ProvincePlaces } from '../../src/content/schema.ts';
import { servedApp, PHONE } from './harness.ts';
import { distDir, htmlFileOf, readHead, waitForController } from './pwa-helpers.ts';
import * as z from 'zod/mini';

const manifest = JSON.parse(readFileSync(`${distDir()}/content/manifest.json`, 'utf8'));
const places = z.array(ProvincePlaces).parse(JSON.parse(readFileSync(`${distDir()}${manifest.places.url}`, 'utf8')).items);
const communePaths = places.flatMap((p) => p.communes.map((c) => `/dia-phuong/${p.id}/${c.id}/`));
const provincePaths = places.map((p) => `/dia-phuong/${p.id}/`);

/** Same-site links in a page's raw HTML, as clean paths. */
function linksOf(path: string): string[] {
  const html = readFileSync(htmlFileOf(path), 'utf8');
  return [...html.matchAll(/<a\s[^>]*href="(\/[^"#?]*)[^"]*"/g)].map(([, href]) => (href!.endsWith('/') || /\.\w+$/.test(href!) ? href! : `${href}/`));
}

describe('place pages in dist/', () => {
  it('exist for every one of the 3,321 communes and 34 provinces, and the chooser', () => {
    expect(communePaths).toHaveLength(3321);
    expect(provincePaths).toHaveLength(34);
    for (const path of ['/dia-phuong/', ...provincePaths, ...communePaths]) expect(readHead(path).h1, path).not.toBe('');
  });

  it('give each commune and province its own title, description and canonical URL, and Open Graph tags', () => {
    const titles = new Set<string>();
    const canonicals = new Set<string>();
    for (const path of [...provincePaths, ...communePaths]) {
      const head = readHead(path);
      expect(head.canonical, path).toBe(new URL(path, head.meta['og:url']).href);
      expect(head.meta['og:url'], path).toBe(head.canonical);
      expect(head.meta['og:title'] && head.meta['description'], path).toBeTruthy();
      titles.add(head.title);
      canonicals.add(head.canonical!);
    }
    expect(titles.size).toBe(3321 + 34);
    expect(canonicals.size).toBe(3321 + 34);
  });

  it('name a sample of communes with unit type and province, the two that fold alike apart', () => {
    const sample: [string, string, string][] = [
      ['/dia-phuong/ha-noi/ha-dong/', 'Phường Hà Đông', 'Phường Hà Đông, Hà Nội'],
      ['/dia-phuong/thai-nguyen/van-lang-02143/', 'Xã Văn Lang', 'Xã Văn Lang, Thái Nguyên'],
      ['/dia-phuong/thai-nguyen/van-lang-05665/', 'Xã Văn Lăng', 'Xã Văn Lăng, Thái Nguyên'],
      ['/dia-phuong/dong-thap/my-tho-28261/', 'Phường Mỹ Tho', 'Phường Mỹ Tho, Đồng Tháp'],
      ['/dia-phuong/dong-thap/my-tho-30076/', 'Xã Mỹ Thọ', 'Xã Mỹ Thọ, Đồng Tháp'],
    ];
    for (const [path, h1, title] of sample) {
      const head = readHead(path);
      expect(head.h1, path).toBe(h1);
      expect(head.meta['og:title'], path).toBe(title);
    }
    const special = places.flatMap((p) => p.communes.filter((c) => c.kind === 'dac-khu').map((c) => `/dia-phuong/${p.id}/${c.id}/`));
    expect(special).toHaveLength(13);
    expect(readHead(special[0]!).h1).toMatch(/^Đặc khu /);
  });

  it('are all reached from home within three links', () => {
    let frontier = ['/'];
    const depth = new Map([['/', 0]]);
    for (let d = 1; d <= 3; d++) {
      const next: string[] = [];
      for (const path of frontier) {
        for (const link of linksOf(path)) {
          if (depth.has(link)) continue;
          depth.set(link, d);
          next.push(link);
        }
      }
      frontier = next.filter((p) => p.startsWith('/dia-phuong/') || d === 1);
    }
    const missing = [...provincePaths, ...communePaths].filter((p) => !depth.has(p));
    expect(missing).toEqual([]);
  });

  it('say honestly where a place has no model yet, and still give the numbers to call', () => {
    const html = readFileSync(htmlFileOf('/dia-phuong/thai-nguyen/van-lang-05665/'), 'utf8');
    expect(html).toContain('Chưa có mô hình nào ở xã Văn Lăng');
    expect(html).toContain('href="tel:113"');
    expect(html).toContain('Thông báo của công an xã Văn Lăng');
  });
});

describe('a commune page offline', () => {
  const app = servedApp();

  it('opens with its name and content after one visit to home', async () => {
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    try {
      await page.goto(app.server.url + '/');
      await waitForController(page);
      // The background sync stores the list of communes after home has painted.
      await expect
        .poll(
          () =>
            page.evaluate(
              () =>
                new Promise<number>((resolve) => {
                  const open = indexedDB.open('antq');
                  open.onsuccess = () => {
                    const request = open.result.transaction('national').objectStore('national').get('places');
                    request.onsuccess = () => resolve(request.result?.items?.length ?? 0);
                    request.onerror = () => resolve(0);
                  };
                  open.onerror = () => resolve(0);
                }),
            ),
          { timeout: 30_000 },
        )
        .toBe(34);
      await context.setOffline(true);
      const path = '/dia-phuong/thai-nguyen/van-lang-05665/';
      const response = await page.goto(app.server.url + path);
      // The shell came back, not the page: what shows is rendered from IndexedDB.
      expect(await response!.text()).toContain('name="robots" content="noindex"');
      await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 15_000 }).toBe('Xã Văn Lăng');
      await expect.poll(() => page.title()).toBe(readHead(path).title);
      await expect(page.locator('main').textContent()).resolves.toContain('Tỉnh Thái Nguyên');
      await expect(page.locator('main').textContent()).resolves.toContain('Chưa có mô hình nào ở xã Văn Lăng');
      expect(await page.locator('main a[href="tel:113"]').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('a link shared before place pages existed', () => {
  const app = servedApp();

  /** Open `path` with layout shifts recorded from the first document on; wait for the app to render. */
  async function openMeasured(path: string) {
    const context = await app.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    // Cumulative layout shift as Chromium reports it (shifts right after input do not count).
    await page.addInitScript(() => {
      const w = window as unknown as { __cls: number };
      w.__cls = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.__cls += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(app.server.url + path);
    await page.waitForFunction(() => document.documentElement.dataset['app'] === 'ready', undefined, { timeout: 15_000 });
    await page.waitForLoadState('networkidle');
    return { context, page, cls: () => page.evaluate(() => (window as unknown as { __cls: number }).__cls) };
  }

  it('/mo-hinh/?tinh=…&phuong=… opens the commune page, with no layout shift beyond 0.02', async () => {
    const { context, page, cls } = await openMeasured('/mo-hinh/?tinh=ha-noi&phuong=ha-dong');
    try {
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/dia-phuong/ha-noi/ha-dong/');
      expect(await page.locator('h1').first().textContent()).toBe('Phường Hà Đông');
      expect(await cls()).toBeLessThanOrEqual(0.02);
      // The old address is replaced, not stacked (the tab's blank page + this one): Back does not bounce through it.
      expect(await page.evaluate(() => history.length)).toBe(2);
    } finally {
      await context.close();
    }
  });

  it('/mo-hinh/?tinh=… opens the province page; a filtered list or an unsafe id stays on the models list', async () => {
    const province = await openMeasured('/mo-hinh/?tinh=bac-ninh');
    try {
      expect(new URL(province.page.url()).pathname).toBe('/dia-phuong/bac-ninh/');
      expect(await province.page.locator('h1').first().textContent()).toBe('Tỉnh Bắc Ninh');
      expect(await province.cls()).toBeLessThanOrEqual(0.02);
    } finally {
      await province.context.close();
    }
    for (const path of ['/mo-hinh/?tinh=ha-noi&loai=tuyen-truyen', '/mo-hinh/?tinh=..%2F..%2Fetc']) {
      const stay = await openMeasured(path);
      try {
        expect(new URL(stay.page.url()).pathname, path).toBe('/mo-hinh/');
      } finally {
        await stay.context.close();
      }
    }
  });
});
