// Loaded after the first render (main.tsx): registers the service worker with workbox-window.
// A new version never takes over by itself: it waits, the page offers it (update-prompt.tsx), and
// only the resident's click sends SKIP_WAITING; every open tab then reloads into the new version.
import { Workbox } from 'workbox-window';
import { acceptUpdate } from './accept-update.ts';
import { watchForUpdates } from './update-checks.ts';
import { pendingUpdate } from './update-state.ts';

let started = false;
let reloading = false;

/** Reload this page once, whoever asks first (controllerchange, or the fallback of acceptUpdate). */
function reloadOnce(): void {
  if (reloading) return;
  reloading = true;
  location.reload();
}

/** Register /sw.js, check for a new version (update-checks.ts), and offer any waiting version. */
export async function registerServiceWorker(): Promise<void> {
  if (started) return;
  started = true;
  // Which deploy this page runs (BUILD_ID): for support ("what version is on this phone?") and tests.
  document.documentElement.dataset['build'] = __ANTQ_BUILD__;
  // `vite` (dev) builds no worker: /sw.js would be the dev server's index.html.
  if (import.meta.env.DEV || !('serviceWorker' in navigator)) return;
  if (__ANTQ_SW_RETIRED__) return retire();
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', (event) => {
    const accept = async () => acceptUpdate(event.sw ?? (await navigator.serviceWorker.getRegistration())?.waiting, () => wb.messageSkipWaiting(), reloadOnce);
    pendingUpdate.set({ accept: () => void accept() });
  });
  reloadWhenReplaced();
  try {
    await wb.register({ immediate: true });
  } catch (error) {
    console.warn('[antq] service worker not registered:', error);
    return;
  }
  watchForUpdates(() => void wb.update().catch(() => {}));
}

/**
 * A page that already had a worker and gets a new one was switched by an accepted update (here or
 * in another tab): reload so page and worker are the same version. The first worker taking a
 * fresh page (clientsClaim on the first visit) changes nothing on screen, so no reload then.
 */
function reloadWhenReplaced(): void {
  let controlled = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (controlled) reloadOnce();
    controlled = true;
  });
}

/**
 * Kill-switch build: the self-destroying sw.js does most of the work. A tab still running the old
 * code can register the worker again or refill a cache while the switch happens, so the retired page
 * itself also unregisters and empties Cache Storage (IndexedDB, the content and settings, is kept).
 */
async function retire(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  if ('caches' in self) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}
