// The install offer's state. Imported on the first-load path on purpose: `beforeinstallprompt`
// can fire before anything lazy has loaded, and a missed event does not come back.
import { observable } from '../data/observable.ts';
import { EMPTY_MEMORY, parseMemory, type InstallMemory } from './install-rules.ts';

/** Chromium's deferred install prompt (not in TypeScript's DOM types). */
export type InstallPromptEvent = Event & {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
};

/** The deferred prompt once the browser offers one; null before, and after installing. */
export const installPrompt = observable<InstallPromptEvent | null>(null);
/** Pages viewed in this visit (the first screen is 1); 0 before the first is counted. */
export const pageViews = observable(0);

const MEMORY_KEY = 'antq:install';
const VIEWS_KEY = 'antq:views';

if (typeof window !== 'undefined') {
  window.addEventListener('beforeinstallprompt', (event) => {
    // No mini-infobar: the app offers installing itself, at a moment that does not nag.
    event.preventDefault();
    installPrompt.set(event as InstallPromptEvent);
  });
  window.addEventListener('appinstalled', () => installPrompt.set(null));
}

/** What this device remembers about install offers; empty when storage is unavailable. */
export function readMemory(): InstallMemory {
  try {
    return parseMemory(localStorage.getItem(MEMORY_KEY));
  } catch {
    return EMPTY_MEMORY;
  }
}

export function rememberInstall(patch: Partial<InstallMemory>): InstallMemory {
  const next = { ...readMemory(), ...patch };
  try {
    localStorage.setItem(MEMORY_KEY, JSON.stringify(next));
  } catch {
    // Private mode or storage full: the offer may come back next visit, nothing worse.
  }
  return next;
}

/**
 * Count a page view: per browser session (so full page loads count as well as in-app navigation),
 * and the session itself once as a visit. Returns the views of this visit so far.
 */
export function countView(): number {
  let views = pageViews.get() + 1;
  try {
    views = Number(sessionStorage.getItem(VIEWS_KEY) ?? 0) + 1;
    sessionStorage.setItem(VIEWS_KEY, String(views));
  } catch {
    // No session storage: count in memory only.
  }
  if (views === 1) rememberInstall({ visits: readMemory().visits + 1 });
  pageViews.set(views);
  return views;
}

/** Running as the installed app (home-screen icon), where there is nothing to offer. */
export function isStandalone(): boolean {
  return matchMedia('(display-mode: standalone)').matches || (navigator as Navigator & { standalone?: boolean }).standalone === true;
}
