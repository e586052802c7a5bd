// Its own module: the IndexedDB store (first load) needs these two, not the rest of the sync planner.
import type { ContentManifest } from '../content/schema.ts';

/** Below this many listings in all, a phone that follows no province stores every province. */
export const SMALL_PACK = 2000;

/** Listings in the whole pack, from the manifest's per-province counts. */
export const totalModels = (manifest: ContentManifest): number => Object.values(manifest.provinces).reduce((sum, ref) => sum + ref.count, 0);
