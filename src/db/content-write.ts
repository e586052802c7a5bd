// The one write of content, and the on-demand province write. Its own module so that the first
// load (which only reads, content.ts) does not carry it: only the lazy sync imports it.
import type { ContentManifest, ProvinceIndex } from '../content/schema.ts';
import { provinceRange } from './content.ts';
import type { Database, NationalRecord, PlacesRecord, StoredShard, StoredTrust } from './schema.ts';

/** A province's new index and the shards whose version changed. */
export interface ProvinceUpdate {
  index: ProvinceIndex;
  shards: StoredShard[];
}

export interface ContentUpdate {
  manifest: ContentManifest;
  syncedAt: string;
  /** Only the collections whose version changed. */
  national: NationalRecord[];
  /** The list of every commune, when its version changed. */
  places?: PlacesRecord | undefined;
  provinces: ProvinceUpdate[];
  /** Stored provinces no longer in the manifest. */
  removeProvinces: string[];
  /** A new root-signed ward list, already checked. */
  trust?: StoredTrust | undefined;
}

export interface WriteReport {
  shardsWritten: number;
  shardsDeleted: number;
  collectionsWritten: number;
}

/**
 * Apply an update in ONE transaction: the changed collections, shards and the new versions land
 * together or not at all, so the device never holds a mix of two versions.
 */
export async function writeUpdate(db: Database, update: ContentUpdate): Promise<WriteReport> {
  const tx = db.transaction(['meta', 'national', 'models', 'trust'], 'readwrite');
  const meta = tx.objectStore('meta');
  const models = tx.objectStore('models');
  const report: WriteReport = { shardsWritten: 0, shardsDeleted: 0, collectionsWritten: update.national.length };
  // Failed requests abort the transaction and tx.done rejects with the cause (e.g. QuotaExceededError);
  // the requests' own rejections are swallowed here so they are not reported twice.
  const writes: Promise<unknown>[] = [];
  const track = (...requests: Promise<unknown>[]) => requests.forEach((r) => writes.push(r.catch(() => {})));
  try {
    track(...update.national.map((record) => tx.objectStore('national').put(record)));
    if (update.places) track(tx.objectStore('national').put(update.places));
    if (update.trust) track(tx.objectStore('trust').put(update.trust, 'list'));
    for (const province of update.removeProvinces) {
      report.shardsDeleted += await models.count(provinceRange(province));
      track(models.delete(provinceRange(province)), meta.delete(`province:${province}`));
    }
    for (const { index, shards } of update.provinces) {
      const keep = new Set(index.chunks.map((c) => c.chunk));
      const stale = (await models.getAllKeys(provinceRange(index.province))).filter(([, chunk]) => !keep.has(chunk));
      report.shardsDeleted += stale.length;
      track(...stale.map((key) => models.delete(key)), ...shards.map((shard) => models.put(shard)));
      track(meta.put(index, `province:${index.province}`));
      report.shardsWritten += shards.length;
    }
    track(meta.put({ manifest: update.manifest, syncedAt: update.syncedAt }, 'manifest'));
  } catch (error) {
    // A request that throws instead of failing (DataCloneError, quota on some engines) must not let
    // the requests already made commit on their own.
    abort(tx);
    throw error;
  }
  await Promise.all([...writes, tx.done]);
  return report;
}

function abort(tx: { abort(): void; done: Promise<void> }): void {
  tx.done.catch(() => {});
  try {
    tx.abort();
  } catch {
    // Already finished or aborted.
  }
}

/** Store one more province's listings (fetched on demand) in one transaction. */
export async function writeProvince(db: Database, update: ProvinceUpdate): Promise<void> {
  const tx = db.transaction(['meta', 'models'], 'readwrite');
  let requests: Promise<unknown>[];
  try {
    requests = [
      tx.objectStore('models').delete(provinceRange(update.index.province)),
      ...update.shards.map((shard) => tx.objectStore('models').put(shard)),
      tx.objectStore('meta').put(update.index, `province:${update.index.province}`),
    ];
  } catch (error) {
    abort(tx);
    throw error;
  }
  await Promise.all([...requests.map((r) => r.catch(() => {})), tx.done]);
}
