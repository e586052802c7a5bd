// Typed reads of content (the one write is content-write.ts, loaded with the sync, not on first paint).
// Nothing here fetches or validates: what is stored was validated on the way in.
import type { ContentManifest, Model, National, NationalCollection, ProvinceIndex, ProvincePlaces } from '../content/schema.ts';
import { fnv1a, LEGACY_BUCKETS, storeSlot } from '../content/model-chunk.ts';
import type { Database, MetaRecords, PlacesRecord } from './schema.ts';

export interface StoredContent {
  manifest: ContentManifest;
  syncedAt: string;
  national: National;
  /** Index of every province whose listings are stored. */
  provinces: Record<string, ProvinceIndex>;
}

/** Every shard key of one province. */
export const provinceRange = (province: string) => IDBKeyRange.bound([province, -Infinity], [province, Infinity]);

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
  const [keys, values] = await Promise.all([meta.getAllKeys(), meta.getAll()]);
  const { stored, provinces } = splitMeta(keys, values);
  if (!stored) return undefined;
  const names = Object.keys(stored.manifest.national) as NationalCollection[];
  // One read per collection rather than getAll: the store also holds the place list, not needed here.
  const records = await Promise.all(names.map((name) => tx.objectStore('national').get(name)));
  const national = Object.fromEntries(records.flatMap((r) => (r ? [[r.collection, r.items]] : []))) as Partial<National>;
  if (!names.every((name) => national[name])) return undefined;
  return { manifest: stored.manifest, syncedAt: stored.syncedAt, national: national as National, provinces };
}

/** The stored list of every commune; undefined before the first sync stores it. */
export async function readPlaces(db: Database): Promise<ProvincePlaces[] | undefined> {
  const record = (await db.get('national', 'places')) as PlacesRecord | undefined;
  return record?.items;
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
  const meta = tx.objectStore('meta');
  const [keys, values] = await Promise.all([meta.getAllKeys(), meta.getAll()]);
  const fnv = fnv1a(id);
  // Indexes stored before the bucket count was written in them had the fixed count of then.
  const shards = await Promise.all(Object.values(splitMeta(keys, values).provinces).map((index) => tx.objectStore('models').get([index.province, storeSlot(fnv % (index.buckets ?? LEGACY_BUCKETS))])));
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
