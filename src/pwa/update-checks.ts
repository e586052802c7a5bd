// When to look for a new version of the app. The browser checks by itself only on navigations and
// at most every 24 h, and an installed iPhone app is rarely navigated: it is resumed. So the page
// checks at start, whenever it becomes visible again (a resident coming back to the app; iOS home-
// screen apps never see an update otherwise, vite-plugin-pwa issue 554), when it is restored from
// the back/forward cache, and every hour while open; never more than once a minute.

/** While the app stays open, look for a new version this often. */
export const UPDATE_CHECK_MS = 60 * 60 * 1000;
/** At most one check in this long, whoever asks. */
export const MIN_CHECK_GAP_MS = 60 * 1000;

/** `run` at most once per `gapMs`; returns whether this call ran it. */
export function throttle(run: () => void, gapMs: number, now: () => number = Date.now): () => boolean {
  let last = -Infinity;
  return () => {
    const at = now();
    if (at - last < gapMs) return false;
    last = at;
    run();
    return true;
  };
}

/** Check now, then at every moment listed above. */
export function watchForUpdates(update: () => void, now: () => number = Date.now): void {
  const check = throttle(update, MIN_CHECK_GAP_MS, now);
  check();
  setInterval(check, UPDATE_CHECK_MS);
  document.addEventListener('visibilitychange', () => void (document.visibilityState === 'visible' && check()));
  window.addEventListener('pageshow', (event) => void (event.persisted && check()));
}
