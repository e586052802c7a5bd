// The worker's routing decisions, pure (tested in Node: tests/unit/pwa-sw-navigation.test.ts).

/**
 * A top-level page load on our origin: a clean URL or an .html file, outside the data layer's
 * /content/. Files such as the calendar feeds (/lich/antq.ics) are opened by navigating too; they
 * must reach the network as they are, never turn into the app shell.
 */
export function isPageNavigation(request: Pick<Request, 'mode'>, url: URL, origin: string): boolean {
  if (request.mode !== 'navigate' || url.origin !== origin || url.pathname.startsWith('/content/')) return false;
  const extension = /\.([a-z0-9]+)$/i.exec(url.pathname)?.[1];
  return extension === undefined || extension.toLowerCase() === 'html';
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
