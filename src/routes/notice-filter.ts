// Which saved notices belong to a commune. A notice names its commune by official code (body.w), and
// verification already refused any notice whose code is not its signing key's commune, so the code is
// as trustworthy as the signature.
import type { Commune, ProvincePlaces } from '../content/schema.ts';
import type { SavedItem } from './saved-notice-list.tsx';

/** The notices of the commune with this official code (any verdict: a revoked one still warns). */
export function noticesOfCommune(items: readonly SavedItem[], code: string): SavedItem[] {
  return items.filter((item) => item.saved.ward === code);
}

/** Only those that verify now (valid signature, key not revoked, not expired, clock sane). */
export function verifiedOnly(items: readonly SavedItem[]): SavedItem[] {
  return items.filter((item) => item.checked.verdict.state === 'verified');
}


/** The official code of the followed commune (settings hold slugs), or null when it is not found. */
export function followedCode(places: readonly ProvincePlaces[], province: string | null, ward: string | null): string | null {
  if (!province || !ward) return null;
  const commune: Commune | undefined = places.find((p) => p.id === province)?.communes.find((c) => c.id === ward);
  return commune?.code ?? null;
}
