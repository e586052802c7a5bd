// "Tải lại": the waiting version takes over and the page reloads into it, on every browser.
// Chromium and Firefox fire `controllerchange` (register.ts reloads on it); Safari may not
// (vite-plugin-pwa issue 524, WebKit bug 199110), which left the button doing nothing. So the page
// also reloads once the new worker is active, and at the latest after TAKEOVER_WAIT_MS.

/** The longest "Tải lại" waits for the new version to take over before reloading anyway. */
export const TAKEOVER_WAIT_MS = 10_000;

/**
 * Ask `waiting` to take over (`skipWaiting` sends SKIP_WAITING) and call `reload` once it is active
 * or replaced, or after `wait` ms at the latest; `reload` must itself be safe to call twice.
 */
export function acceptUpdate(waiting: ServiceWorker | null | undefined, skipWaiting: () => void, reload: () => void, wait = TAKEOVER_WAIT_MS): void {
  const timer = setTimeout(reload, wait);
  waiting?.addEventListener('statechange', () => {
    if (waiting.state !== 'activated' && waiting.state !== 'redundant') return;
    clearTimeout(timer);
    reload();
  });
  skipWaiting();
}
