// When and how to offer installing the app. Pure: tested in Node, used by install-offer.tsx.

/** Chat apps whose in-app browser cannot install a web app (nor keep it offline reliably). */
export type InAppBrowser = 'Zalo' | 'Facebook';

/** The chat app whose in-app browser opened this page, from its user agent; null in a real browser. */
export function inAppBrowser(userAgent: string): InAppBrowser | null {
  if (/\bZalo\b/i.test(userAgent)) return 'Zalo';
  if (/\bFB_IAB\b|\bFBAN\/|\bFBAV\//.test(userAgent)) return 'Facebook';
  return null;
}

/** iPhone or iPad (iPadOS reports itself as a Mac with touch), where installing is done by hand from Safari. */
export function isIos(userAgent: string, maxTouchPoints = 0): boolean {
  return /\b(iPhone|iPad|iPod)\b/.test(userAgent) || (/\bMacintosh\b/.test(userAgent) && maxTouchPoints > 1);
}

/** What the device remembers about install offers (localStorage). */
export interface InstallMemory {
  /** Visits (browser sessions) that opened the app, this one included. */
  visits: number;
  /** When the resident last said "Để sau" to the install offer; null if never. */
  dismissedAt: number | null;
  /** When the resident closed the "open in your browser" hint; null if never. */
  hintDismissedAt: number | null;
}

export const EMPTY_MEMORY: InstallMemory = { visits: 0, dismissedAt: null, hintDismissedAt: null };
/** A dismissed offer stays away this long. */
export const QUIET_DAYS = 30;
const DAY = 24 * 60 * 60 * 1000;

/** Malformed or missing stored memory reads as empty. */
export function parseMemory(raw: string | null): InstallMemory {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (!value || typeof value !== 'object') return EMPTY_MEMORY;
    const v = value as Record<string, unknown>;
    const time = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? x : null);
    return {
      visits: typeof v['visits'] === 'number' && v['visits'] >= 0 ? Math.floor(v['visits']) : 0,
      dismissedAt: time(v['dismissedAt']),
      hintDismissedAt: time(v['hintDismissedAt']),
    };
  } catch {
    return EMPTY_MEMORY;
  }
}

const quiet = (at: number | null, now: number): boolean => at !== null && now - at < QUIET_DAYS * DAY;

/**
 * Offer installing only when it cannot nag: never on the first screen of a first visit (from the
 * second page viewed, or on a return visit), and not again for QUIET_DAYS after "Để sau".
 */
export function mayOfferInstall(memory: InstallMemory, viewsThisVisit: number, now: number): boolean {
  if (quiet(memory.dismissedAt, now)) return false;
  return memory.visits >= 2 || viewsThisVisit >= 2;
}

/** The in-app browser hint shows at once (it explains the link just opened) until closed. */
export function mayShowInAppHint(memory: InstallMemory, now: number): boolean {
  return !quiet(memory.hintDismissedAt, now);
}
