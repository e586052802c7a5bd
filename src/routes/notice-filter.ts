// Which saved notices belong to a commune. A notice names its commune by official code (body.w), and
// verification already refused any notice whose code is not its signing key's commune, so the code is
// as trustworthy as the signature.
import type { SavedItem } from './saved-notice-list.tsx';

/** The notices of the commune with this official code (any verdict: a revoked one still warns). */
export function noticesOfCommune(items: readonly SavedItem[], code: string): SavedItem[] {
  return items.filter((item) => item.saved.ward === code);
}

/** Only those that verify now (valid signature, key not revoked, not expired, clock sane). */
export function verifiedOnly(items: readonly SavedItem[]): SavedItem[] {
  return items.filter((item) => item.checked.verdict.state === 'verified');
}

