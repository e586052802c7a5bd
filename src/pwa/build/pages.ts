// Which prerendered pages the service worker precaches. Shared by vite.config.ts (the precache
// globs), the prerender (the shell route) and the build test.

/** The offline shell: an empty, noindex page that the app renders any deep link into. */
export const SHELL_PATH = '/app-shell/';

/** The fixed pages (never more as content grows); a page that is not built yet is simply absent. */
export const FIXED_PAGES = [
  '/',
  '/lich/',
  '/lich/theo-doi/',
  '/chien-dich/',
  '/mo-hinh/',
  '/bai-viet/',
  '/so-lieu/',
  '/tim-kiem/',
  '/duong-day-nong/',
  '/huong-dan/',
  '/cai-dat/',
  '/them/',
  '/tin/',
] as const;

/**
 * The classic script /mo-hinh/ loads in <head> to send links shared before place pages existed
 * (`/mo-hinh/?tinh=…&phuong=…`) to the place page before anything paints (public/place-link.js).
 */
export const PLACE_LINK_SCRIPT = '/place-link.js';

/** Precached HTML as files in dist/: the fixed pages, the shell and the 404 page. */
export function precachedHtmlFiles(): string[] {
  return [...FIXED_PAGES, SHELL_PATH].map((path) => `${path.slice(1)}index.html`).concat('404.html');
}

/** `lich/index.html` → `/lich/`: the URL the static host serves (and the app is reached by). */
export function cleanURL(file: string): string {
  const path = file.startsWith('/') ? file : `/${file}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
