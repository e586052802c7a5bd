// The one write of content, and the on-demand province write. Its own module so that the first
// load (which only reads, content.ts) does not carry it: only the lazy sync imports it.
import type { IDBPObjectStore, StoreNames } from 'idb';
import { modelChunk, storeSlot } from '../content/model-chunk.ts';
import type { ContentManifest, Model, ProvinceIndex } from '../content/schema.ts';
import { provinceRange } from './content.ts';
import type { AntqDB, Database, NationalRecord, PlacesRecord, StoredShard, StoredTrust } from './schema.ts';

/** A downloaded chunk file's listings. */
export interface ChunkItems {
  chunk: number;
  items: Model[];
}

/** A province's new index and the chunks whose version changed. */
export interface ProvinceUpdate {
  index: ProvinceIndex;
  chunks: ChunkItems[];
  /** Every chunk is here: the stored records of the province are replaced, not patched. */
  replace: boolean;
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
  const tx = db.transaction(['meta', 'national', 'models', 'trust'] as StoreNames<AntqDB>[], 'readwrite');
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
    for (const province of update.provinces) {
      const { puts, deletes } = await provinceWrites(models, province);
      report.shardsDeleted += deletes.length;
      report.shardsWritten += puts.length;
      track(...deletes.map((key) => models.delete(key)), ...puts.map((shard) => models.put(shard)));
      track(meta.put(province.index, `province:${province.index.province}`));
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

type ModelStore = IDBPObjectStore<AntqDB, StoreNames<AntqDB>[], 'models', 'readwrite'>;

/** The slot records of a whole province, from all its chunks. */
function slotRecords({ index, chunks }: ProvinceUpdate): StoredShard[] {
  const slots = new Map<number, Model[]>();
  for (const { chunk, items } of chunks) slots.set(storeSlot(chunk), [...(slots.get(storeSlot(chunk)) ?? []), ...items]);
  return [...slots].map(([slot, items]) => ({ province: index.province, chunk: slot, version: index.version, items }));
}

/**
 * The records to write and delete for a province's update: all of them anew when it is replaced;
 * otherwise the slots holding a changed or removed chunk, each read back, patched and written once.
 */
async function provinceWrites(models: ModelStore, update: ProvinceUpdate): Promise<{ puts: StoredShard[]; deletes: [string, number][] }> {
  const { index } = update;
  const stored = (await models.getAllKeys(provinceRange(index.province))) as [string, number][];
  if (update.replace) {
    const puts = slotRecords(update);
    const written = new Set(puts.map((r) => r.chunk));
    return { puts, deletes: stored.filter(([, slot]) => !written.has(slot)) };
  }
  const live = new Set(index.chunks.map((c) => c.chunk));
  const changed = new Map(update.chunks.map((c) => [c.chunk, c.items]));
  const puts: StoredShard[] = [];
  const deletes: [string, number][] = [];
  for (const [, slot] of stored) {
    const record = (await models.get([index.province, slot]))!;
    const kept = record.items.filter((m) => {
      const chunk = modelChunk(m.id, index.buckets);
      return live.has(chunk) && !changed.has(chunk);
    });
    const added = [...changed].filter(([chunk]) => storeSlot(chunk) === slot).flatMap(([, items]) => items);
    if (kept.length === record.items.length && added.length === 0) continue;
    if (kept.length + added.length === 0) deletes.push([index.province, slot]);
    else puts.push({ ...record, version: index.version, items: [...kept, ...added] });
  }
  // Chunks of a slot that held nothing before.
  const had = new Set(stored.map(([, slot]) => slot));
  const fresh = slotRecords({ ...update, chunks: update.chunks.filter((c) => !had.has(storeSlot(c.chunk))) });
  return { puts: [...puts, ...fresh], deletes };
}

/** Store one more province's listings (fetched on demand, every chunk) in one transaction. */
export async function writeProvince(db: Database, update: ProvinceUpdate): Promise<void> {
  const tx = db.transaction(['meta', 'models'], 'readwrite');
  let requests: Promise<unknown>[];
  try {
    requests = [
      tx.objectStore('models').delete(provinceRange(update.index.province)),
      ...slotRecords(update).map((shard) => tx.objectStore('models').put(shard)),
      tx.objectStore('meta').put(update.index, `province:${update.index.province}`),
    ];
  } catch (error) {
    abort(tx);
    throw error;
  }
  await Promise.all([...requests.map((r) => r.catch(() => {})), tx.done]);
}
