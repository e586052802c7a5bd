// A province's listings on demand (a deep link, or a province not followed): loaded lazily by the
// store (idb-store.ts) and written through the same queue as the sync, never interleaved with it.
import type { ContentManifest, Model } from '../content/schema.ts';
import { readVersions } from '../db/content.ts';
import { writeProvince } from '../db/content-write.ts';
import { getDB } from './db.ts';
import { markStoredChanged } from './live-store.ts';
import { downloadProvince } from './sync-download.ts';
import { exclusive } from './write-queue.ts';

/** Listings of a province not stored yet: download, store (when there is a database), return. */
export function fetchProvince(province: string, manifest: ContentManifest): Promise<Model[]> {
  return exclusive(async () => {
    const db = await getDB().catch(() => null);
    // The stored manifest wins over the one the page started with: the shard must match what is stored.
    const current = (db && (await readVersions(db)).stored?.manifest) || manifest;
    if (!current.provinces[province]) return [];
    const started = performance.now();
    const update = await downloadProvince(current, province);
    if (db) {
      await writeProvince(db, update).then(markStoredChanged, (error: unknown) => console.warn('[antq] province not stored:', error));
    }
    performance.measure('antq:province', { start: started, detail: { province, chunks: update.chunks.length } });
    return update.chunks.flatMap((c) => c.items);
  });
}
