// The worker's routing decisions, pure (tested in Node: tests/unit/pwa-sw-navigation.test.ts).

/** A top-level page load on our origin, outside the data layer's /content/ files. */
export function isPageNavigation(request: Pick<Request, 'mode'>, url: URL, origin: string): boolean {
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
