// The worker's routing decisions, in Node (the worker itself runs in tests/browser/pwa-offline.test.ts).
import { describe, expect, it } from 'vitest';
import { isPageNavigation, precacheVariants } from '../../src/sw/routing-rules.ts';

const ORIGIN = 'https://antq.example';
const nav = (mode: string) => ({ mode }) as Pick<Request, 'mode'>;

describe('isPageNavigation', () => {
  it('takes page loads on our origin', () => {
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/chien-dich/x/`), ORIGIN)).toBe(true);
  });
  it('leaves alone the data layer’s files, other origins and non-navigations', () => {
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/content/manifest.json`), ORIGIN)).toBe(false);
    expect(isPageNavigation(nav('navigate'), new URL('https://other.example/x/'), ORIGIN)).toBe(false);
    expect(isPageNavigation(nav('cors'), new URL(`${ORIGIN}/chien-dich/x/`), ORIGIN)).toBe(false);
  });
  it('takes .html pages and clean URLs, never files such as the calendar feeds', () => {
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/404.html`), ORIGIN)).toBe(true);
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/lich`), ORIGIN)).toBe(true);
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/lich/antq.ics`), ORIGIN)).toBe(false);
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/lich/chu-de/ma-tuy.ics?v=1`), ORIGIN)).toBe(false);
    expect(isPageNavigation(nav('navigate'), new URL(`${ORIGIN}/manifest.webmanifest`), ORIGIN)).toBe(false);
  });
});

describe('precacheVariants', () => {
  it('tries the trailing-slash page for a path without one (what a static host redirects to)', () => {
    expect(precacheVariants({ url: new URL(`${ORIGIN}/lich?nam=2026`) }).map(String)).toEqual([`${ORIGIN}/lich/`]);
  });
  it('adds nothing for pages with a slash or for files', () => {
    expect(precacheVariants({ url: new URL(`${ORIGIN}/lich/`) })).toEqual([]);
    expect(precacheVariants({ url: new URL(`${ORIGIN}/assets/app-x.js`) })).toEqual([]);
    expect(precacheVariants({ url: new URL(`${ORIGIN}/manifest.webmanifest`) })).toEqual([]);
  });
});
