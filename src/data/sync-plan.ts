import type { ContentManifest, NationalCollection, ProvinceIndex } from '../content/schema.ts';
import { SMALL_PACK, totalModels } from './pack-size.ts';

export { SMALL_PACK, totalModels };

export interface StoredVersions {
  manifest?: ContentManifest;
  /** Index of every province stored on the device. */
  provinces: Record<string, ProvinceIndex>;
}

export interface Plan {
  national: NationalCollection[];
  /** Whether the list of every commune changed (or is not stored yet). */
  places: boolean;
  /** Provinces whose index must be fetched (new, or its version changed). */
  provinces: string[];
  /** Stored provinces the new manifest no longer lists. */
  removeProvinces: string[];
}

/**
 * What to download for `manifest`: changed national collections, and the provinces the device keeps
 * — the one followed, those already stored (kept current), or all of them for a small pack
 * when none is followed.
 */
export function planUpdate(manifest: ContentManifest, stored: StoredVersions, followed: string | null): Plan {
  const national = (Object.keys(manifest.national) as NationalCollection[]).filter(
    (name) => stored.manifest?.national[name]?.version !== manifest.national[name]?.version,
  );
  // Provinces with no listings are not fetched (nothing to store); a stored one that empties is, to clear it.
  const listed = (id: string) => (manifest.provinces[id]?.count ?? 0) > 0;
  const wanted = new Set(Object.keys(stored.provinces));
  if (followed && listed(followed)) wanted.add(followed);
  else if (!followed && totalModels(manifest) <= SMALL_PACK) for (const id of Object.keys(manifest.provinces)) if (listed(id)) wanted.add(id);
  const provinces = [...wanted].filter((id) => manifest.provinces[id] && stored.provinces[id]?.version !== manifest.provinces[id].version);
  const removeProvinces = Object.keys(stored.provinces).filter((id) => !manifest.provinces[id]);
  const places = manifest.places !== undefined && stored.manifest?.places?.version !== manifest.places.version;
  return { national, places, provinces, removeProvinces };
}

/** Chunks of a province's new index whose version differs from the stored index. */
export function changedChunks(next: ProvinceIndex, stored: ProvinceIndex | undefined): ProvinceIndex['chunks'] {
  const before = new Map(stored?.chunks.map((c) => [c.chunk, c.version]));
  return next.chunks.filter((c) => before.get(c.chunk) !== c.version);
}

/** True when `manifest` was built before the stored one: applying it would go back in time. */
export function isOlder(manifest: ContentManifest, stored: ContentManifest | undefined): boolean {
  return !!stored && Date.parse(manifest.builtAt) < Date.parse(stored.builtAt);
}
