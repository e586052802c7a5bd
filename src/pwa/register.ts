// Loaded after the first render (main.tsx): registers the service worker with workbox-window.
// A new version never takes over by itself: it waits, the page offers it (update-prompt.tsx), and
// only the resident's click sends SKIP_WAITING; every open tab then reloads into the new version.
import { Workbox } from 'workbox-window';
import { acceptUpdate } from './accept-update.ts';
import { isRetireWorker, retireHere } from './retire.ts';
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
  // Kill-switch build: the retire worker does most of the work, but a tab still running the old code
  // can register the worker again or refill a cache meanwhile, so the retired page cleans up too.
  if (__ANTQ_SW_RETIRED__) return retireHere();
  const wb = new Workbox('/sw.js', { scope: '/' });
  wb.addEventListener('waiting', (event) => void offerOrRetire(wb, event.sw));
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
 * A version installed and not taking over (Workbox's `waiting`: still `installed` 200 ms later).
 * Usually a new deploy waiting for the resident: offer it. A kill switch held waiting by the browser
 * (retire.ts) is not offered: the page retires itself and reloads from the network.
 */
async function offerOrRetire(wb: Workbox, sw: ServiceWorker | undefined): Promise<void> {
  const waiting = sw ?? (await navigator.serviceWorker.getRegistration())?.waiting ?? undefined;
  if (waiting && (await isRetireWorker(waiting))) {
    await retireHere();
    return reloadOnce();
  }
  pendingUpdate.set({ accept: () => acceptUpdate(waiting, () => wb.messageSkipWaiting(), reloadOnce) });
}
