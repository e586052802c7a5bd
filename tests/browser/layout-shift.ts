// Layout shifts of a page load in real Chromium, optionally on another day than the build's: the
// page's clock (Date) is moved, so the app corrects the prerendered "today" after load, as it does
// for every visitor on any day but the build day.
// Shared by the CLS tests (tests/browser/cls-any-day.test.ts) and the bench (tests/bench/run.ts).
import type { Browser, Page } from 'playwright-core';
import { PHONE } from './harness.ts';
import { appReady } from './pwa-helpers.ts';

export interface ShiftSource {
  node: string;
  from: string;
  to: string;
}
export interface LayoutShifts {
  /** Cumulative Layout Shift as Chromium defines it: the largest session window of shifts without recent input. */
  cls: number;
  /** Every shift (value, and what moved from where to where), for a failure to name its cause. */
  shifts: { value: number; sources: ShiftSource[] }[];
  /** The text of <main> once the app has rendered: what the page says on that day. */
  text: string;
}

// The scripts below run in the page before its own. They are plain JavaScript strings: a function
// compiled by tsx/esbuild (keepNames) would call a `__name` helper that the page does not have.

/** Collects layout-shift entries (what moved, from where to where) from the very start of the page. */
const OBSERVE_SHIFTS = `(() => {
  window.__shifts = [];
  const name = (node) => {
    if (!(node instanceof Element)) return node ? '#text in ' + name(node.parentNode) : '?';
    const cls = (node.getAttribute('class') || '').trim();
    return node.localName + (node.id ? '#' + node.id : '') + (cls ? '.' + cls.split(/\\s+/).join('.') : '');
  };
  const rect = (r) => Math.round(r.x) + ',' + Math.round(r.y) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height);
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shifts.push({ time: e.startTime, value: e.value, sources: e.sources.map((s) => ({ node: name(s.node), from: rect(s.previousRect), to: rect(s.currentRect) })) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
})();`;

/**
 * The page's clock moved to `at` (ms since the epoch) and running on from there: `Date` only. Timers,
 * animation frames and `performance` stay real (Playwright's clock fakes those too, the performance
 * timeline with them), so the page loads, paints and reports shifts as it would on that day.
 */
const moveClock = (at: number): string => `(() => {
  const RealDate = Date;
  const offset = ${at} - RealDate.now();
  class MovedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
    static now() { return RealDate.now() + offset; }
  }
  globalThis.Date = MovedDate;
})();`;

/** CLS as Chromium scores it: session windows (gap < 1 s, span ≤ 5 s), the largest one. */
export function clsOf(shifts: { time: number; value: number }[]): number {
  let best = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const s of [...shifts].sort((a, b) => a.time - b.time)) {
    if (s.time - last >= 1000 || s.time - start > 5000) {
      current = 0;
      start = s.time;
    }
    current += s.value;
    last = s.time;
    best = Math.max(best, current);
  }
  return best;
}

/** Two animation frames: whatever the last render changed has been laid out and reported. */
const settled = (page: Page) => page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));

/**
 * Load `url` in a fresh context (no service worker: a first visit), with the clock at `day` when
 * given (noon in Vietnam), and return the layout shifts from navigation until the app has rendered.
 */
export async function layoutShifts(
  browser: Browser,
  url: string,
  options: { day?: string; viewport?: { width: number; height: number }; afterReady?: 'insert-block' } = {},
): Promise<LayoutShifts> {
  const context = await browser.newContext({ viewport: options.viewport ?? PHONE, serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    if (options.day) await page.addInitScript({ content: moveClock(Date.parse(`${options.day}T12:00:00+07:00`)) });
    await page.addInitScript({ content: OBSERVE_SHIFTS });
    // On a phone the prerendered HTML is on screen long before the app's code runs; on loopback the
    // code would run before the first paint and hide every shift. So the code is held back until the
    // prerendered page has painted, as it is on a real network.
    let release!: () => void;
    const painted = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/.+\.js$/, async (route) => {
      await painted;
      await route.continue();
    });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, undefined, { timeout: 15_000 });
    release();
    await appReady(page);
    await settled(page);
    // The control of the measure itself: what a late block above the content costs.
    if (options.afterReady === 'insert-block') {
      await page.evaluate(() => document.getElementById('main')!.insertAdjacentHTML('afterbegin', '<div class="card">Chèn muộn<br>Chèn muộn<br>Chèn muộn<br>Chèn muộn</div>'));
      await settled(page);
    }
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { time: number; value: number; sources: ShiftSource[] }[] }).__shifts);
    const text = await page.locator('main').innerText();
    return { cls: clsOf(shifts), shifts: shifts.map(({ value, sources }) => ({ value, sources })), text };
  } finally {
    await context.close();
  }
}
