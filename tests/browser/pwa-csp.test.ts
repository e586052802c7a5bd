// The Content-Security-Policy holds while every screen is used (no violation, no console error),
// and hostile addresses render as text or as not-found, never as markup — online and offline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, PHONE, serveDist } from './harness.ts';
import type { StaticServer } from '../../src/server/static-server.ts';
import { FIXED_PAGES } from '../../src/pwa/build/pages.ts';
import { appReady, DEEP_SECTIONS, deepLinks, domSettled, htmlFileOf, waitForController } from './pwa-helpers.ts';
import { cspHash } from '../../src/build/csp-hash.ts';
import { LOADER } from '../../src/build/deferred-entry.ts';

type Watched = { violations: string[] };

/** Every page records CSP violations before any of its own scripts run. */
async function watch(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));
  });
}
const violations = (page: Page) => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);

/**
 * Markup an attacker could have smuggled in: inline scripts (the build's own loader of the entry,
 * byte for byte, aside), event-handler attributes, the payload's own effect.
 */
function injected(page: Page) {
  return page.evaluate((loader) => ({
    xss: (window as unknown as { __xss?: unknown }).__xss ?? null,
    inlineScripts: [...document.querySelectorAll('script:not([src])')]
      .filter((s) => !['application/json'].includes(s.getAttribute('type') ?? ''))
      .filter((s) => !(s.id === 'boot' && s.textContent === loader)).length,
    handlers: [...document.querySelectorAll('*')].filter((el) => [...el.attributes].some((a) => a.name.startsWith('on'))).length,
  }), LOADER);
}

const HOSTILE_QUERY = '<script>window.__xss=1</script>';
const HOSTILE_IMG = '<img src=x onerror="window.__xss=1">';
const HOSTILE_SVG = '<svg onload="window.__xss=1">';

describe('content security policy', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const dialogs: string[] = [];

  beforeAll(async () => {
    server = await serveDist();
    browser = await launchBrowser();
    context = await browser.newContext({ viewport: PHONE });
    await watch(context);
    page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && consoleErrors.push(`${page.url()}: ${m.text()}`));
    page.on('pageerror', (e) => consoleErrors.push(`${page.url()}: ${String(e)}`));
    page.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('no violation while every screen is used', async () => {
    const links = deepLinks();
    const screens = [
      ...FIXED_PAGES.filter((p) => existsSync(htmlFileOf(p))),
      ...DEEP_SECTIONS.map((section) => links.find((l) => l.startsWith(`/${section}/`))).filter((l): l is string => Boolean(l)),
      '/khong-co-trang-nay/',
    ];
    const seen: Watched[] = [];
    for (const path of screens) {
      await page.goto(server.url + path);
      await appReady(page);
      if (path === screens[0]) await waitForController(page);
      // The controls every screen has: the QR poster (a lazy chunk with its own stylesheet) and back.
      await page.getByRole('button', { name: 'Mã QR, in áp phích' }).click();
      await page.getByRole('dialog').waitFor({ timeout: 10_000 });
      await page.keyboard.press('Escape');
      await page.locator('.poster-root').waitFor({ state: 'detached', timeout: 5_000 });
      seen.push({ violations: await violations(page) });
    }
    expect(seen.flatMap((s) => s.violations)).toEqual([]);
    expect(consoleErrors.filter((e) => !/status of 404/.test(e))).toEqual([]);
  });

  const cases: [string, string, 'text' | 'not-found'][] = [
    ['script in the query', `/?q=${encodeURIComponent(HOSTILE_QUERY)}`, 'text'],
    ['markup in the hash', `/#${HOSTILE_IMG}`, 'text'],
    ['markup in the path', `/${HOSTILE_SVG}/`, 'not-found'],
    ['markup in a deep link id', `/chien-dich/${HOSTILE_IMG}/`, 'not-found'],
    ['script in a search', `/tim-kiem/?q=${encodeURIComponent(HOSTILE_QUERY)}`, 'text'],
    ['script in a list filter', `/mo-hinh/?tinh=${encodeURIComponent(HOSTILE_QUERY)}&phuong=${encodeURIComponent(HOSTILE_IMG)}`, 'text'],
    ['script in a shared locality', `/lich/?tinh=${encodeURIComponent(HOSTILE_QUERY)}`, 'text'],
  ];
  for (const offline of [false, true]) {
    for (const [name, path, expected] of cases) {
      it(`${offline ? 'offline: ' : ''}${name} renders as ${expected}`, async () => {
        await context.setOffline(offline);
        try {
          const response = await page.goto(server.url + path);
          await appReady(page);
          await domSettled(page);
          if (expected === 'not-found') {
            if (!offline) expect(response?.status()).toBe(404);
            await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 10_000 }).toContain('Không tìm thấy');
          }
          expect(await injected(page)).toEqual({ xss: null, inlineScripts: 0, handlers: 0 });
          expect(await violations(page)).toEqual([]);
        } finally {
          await context.setOffline(false);
        }
      });
    }
  }

  it("the README's header policy with each page's meta policy: styles apply, nothing is blocked", async () => {
    const readme = readFileSync('README.md', 'utf8');
    const nginx = /set \$csp "([^"]+)"/.exec(readme)?.[1];
    const headersFile = /^\s*Content-Security-Policy: (.+)$/m.exec(readme)?.[1];
    expect(nginx).toBeTruthy();
    expect(headersFile).toBe(nginx);
    const header = nginx!;
    // What a page's <meta> carries alone (frame-ancestors aside) is the header's business: it must not
    // undo the inline stylesheet's hash, nor loosen anything.
    expect(header).toContain("frame-ancestors 'none'");
    expect(header).not.toMatch(/default-src|style-src|unsafe-inline/);
    // The entry's loader is the one inline script; its text never changes, so the header names its hash.
    expect(header).toContain(`script-src 'self' ${cspHash(LOADER)};`);
    /** Load `paths` with `policy` sent as a header on every response; the violations seen and whether the CSS applied. */
    const withHeader = async (policy: string, paths: string[]) => {
      const ctx = await browser.newContext({ viewport: PHONE, serviceWorkers: 'block' });
      await watch(ctx);
      await ctx.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
      });
      const p = await ctx.newPage();
      const out: { violations: string[]; styled: boolean }[] = [];
      for (const path of paths) {
        await p.goto(server.url + path);
        await appReady(p);
        const styled = await p.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor !== 'rgba(0, 0, 0, 0)');
        out.push({ violations: await violations(p), styled });
      }
      // The app's background sync may still have requests in the handler: let them go before closing.
      await ctx.unrouteAll({ behavior: 'ignoreErrors' });
      await ctx.close();
      return out;
    };
    const paths = ['/', '/lich/', deepLinks()[0]!];
    expect(await withHeader(header, paths)).toEqual(paths.map(() => ({ violations: [], styled: true })));
    // The control: a header with a style-src of its own (the hash not in it) blocks the page's styles.
    const [blocked] = await withHeader(`${header}; style-src 'self'`, ['/']);
    expect(blocked!.styled).toBe(false);
    expect(blocked!.violations.some((v) => v.startsWith('style-src'))).toBe(true);
  });

  it('no alert or prompt was ever opened', () => {
    expect(dialogs).toEqual([]);
  });
});
