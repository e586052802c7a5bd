import { PrecacheFallbackPlugin } from 'workbox-precaching';
import { NetworkOnly } from 'workbox-strategies';

/** How long a page navigation waits for the network before the offline shell takes over. */
export const NAVIGATION_TIMEOUT_SECONDS = 4;

/** A top-level page load on our origin, outside the data layer's /content/ files. */
export function isPageNavigation(request: Request, url: URL, origin: string): boolean {
  return request.mode === 'navigate' && url.origin === origin && !url.pathname.startsWith('/content/');
}

/**
 * Extra precache keys to try for a URL: `/lich` → `/lich/` (static hosts redirect it; offline
 * there is no host to ask). Workbox alone would only try `/lich.html`.
 */
export function precacheVariants({ url }: { url: URL }): URL[] {
  if (url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname)) return [];
  const withSlash = new URL(url.href);
  withSlash.pathname += '/';
  withSlash.search = '';
  return [withSlash];
}

/** Network only (nothing cached: content is IndexedDB's), with the precached shell on failure or timeout. */
export function navigationStrategy(shellURL: string): NetworkOnly {
  return new NetworkOnly({
    networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: shellURL })],
  });
}
