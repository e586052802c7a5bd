// Typed reads and the one write of content. Nothing here fetches or validates: what is stored was
// validated on the way in.
import type { ContentManifest, Model, National, NationalCollection, ProvinceIndex } from '../content/schema.ts';
import { modelChunk } from '../content/model-chunk.ts';
import type { Database, MetaRecords, NationalRecord, StoredShard, StoredTrust } from './schema.ts';

export interface StoredContent {
  manifest: ContentManifest;
  syncedAt: string;
  national: National;
  /** Index of every province whose listings are stored. */
  provinces: Record<string, ProvinceIndex>;
}

const provinceRange = (province: string) => IDBKeyRange.bound([province, -Infinity], [province, Infinity]);

export interface StoredVersions {
  stored?: MetaRecords['manifest'];
  provinces: Record<string, ProvinceIndex>;
}

function splitMeta(keys: string[], values: unknown[]): StoredVersions {
  const out: StoredVersions = { provinces: {} };
  keys.forEach((key, i) => {
    if (key === 'manifest') out.stored = values[i] as MetaRecords['manifest'];
    else out.provinces[key.slice('province:'.length)] = values[i] as ProvinceIndex;
  });
  return out;
}

/** The applied manifest and the index of each stored province: what the sync compares against. */
export async function readVersions(db: Database): Promise<StoredVersions> {
  const tx = db.transaction('meta');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  return splitMeta(keys, values);
}

/** Everything needed before the first render; undefined when the store is empty or incomplete. */
export async function readContent(db: Database): Promise<StoredContent | undefined> {
  const tx = db.transaction(['meta', 'national']);
  const meta = tx.objectStore('meta');
  const [keys, values, records] = await Promise.all([meta.getAllKeys(), meta.getAll(), tx.objectStore('national').getAll()]);
  const { stored, provinces } = splitMeta(keys, values);
  if (!stored) return undefined;
  const national = Object.fromEntries(records.map((r) => [r.collection, r.items])) as Partial<National>;
  const names = Object.keys(stored.manifest.national) as NationalCollection[];
  if (!names.every((name) => national[name])) return undefined;
  return { manifest: stored.manifest, syncedAt: stored.syncedAt, national: national as National, provinces };
}

/** The stored listings of a province, in chunk order; undefined when that province is not stored. */
export async function readModelsOf(db: Database, province: string): Promise<Model[] | undefined> {
  const tx = db.transaction(['meta', 'models']);
  const [index, shards] = await Promise.all([tx.objectStore('meta').get(`province:${province}`), tx.objectStore('models').getAll(provinceRange(province))]);
  if (!index) return undefined;
  return shards.flatMap((shard) => shard.items);
}

/** One stored listing by id: looked up in its chunk of each stored province (one read each, one transaction). */
export async function readModel(db: Database, id: string): Promise<Model | undefined> {
  const tx = db.transaction(['meta', 'models']);
  const provinces = (await tx.objectStore('meta').getAllKeys()).filter((k) => k !== 'manifest').map((k) => k.slice('province:'.length));
  const chunk = modelChunk(id);
  const shards = await Promise.all(provinces.map((p) => tx.objectStore('models').get([p, chunk])));
  for (const shard of shards) {
    const found = shard?.items.find((m) => m.id === id);
    if (found) return found;
  }
  return undefined;
}

/** Every stored listing (for the search index). */
export async function readAllModels(db: Database): Promise<Model[]> {
  return (await db.getAll('models')).flatMap((shard) => shard.items);
}

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
