// The whole database, declared once. Content lives here (the service worker's precache holds only
// the app shell); so do the user's settings.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ContentManifest, Model, National, NationalCollection, ProvinceIndex } from '../content/schema.ts';

export const DB_NAME = 'antq';
export const DB_VERSION = 2;

export type TextSize = 'normal' | 'large' | 'x-large';
export interface Settings {
  /** Followed province (post-2025 id) and ward; null when none. */
  province: string | null;
  ward: string | null;
  textSize: TextSize;
}
export const DEFAULT_SETTINGS: Settings = { province: null, ward: null, textSize: 'normal' };

/**
 * One record per national collection, keyed by its name. Screens read national content whole and
 * synchronously (useNational), never one item at a time, so per-item stores would only add seven
 * getAll calls, seven upgrade steps for seven new collections, and thousands of writes per update.
 */
export interface NationalRecord<C extends NationalCollection = NationalCollection> {
  collection: C;
  version: string;
  items: National[C];
}

/**
 * The model listings of one (province, chunk) bucket, stored as one record: exactly the file the
 * server sends, so an update that changes one listing rewrites one record of ~10 listings.
 * Measured in headless Chromium for 10,000 listings in one transaction: one record per listing
 * with province/chunk/ward indexes 1.1–2.0 s, one record per chunk (544–1,088 records) with the
 * multiEntry `id` index 0.1–0.27 s — only the latter fits the 600 ms budget. The key
 * [province, chunk] answers "listings of a province" with a key range; `id` and `ward` are indexes.
 */
export interface StoredShard {
  province: string;
  chunk: number;
  version: string;
  /** Ids and wards of the listings inside, for the multiEntry indexes. */
  ids: string[];
  wards: string[];
  items: Model[];
}

/** What the device holds of the content: the manifest it last applied and when. */
export interface MetaRecords {
  manifest: { manifest: ContentManifest; syncedAt: string };
  /** Per stored province: its index, so only chunks whose version changed are fetched. */
  province: ProvinceIndex;
}
export type MetaKey = 'manifest' | `province:${string}`;
export type MetaValue = MetaRecords['manifest'] | MetaRecords['province'];

export interface AntqDB extends DBSchema {
  settings: { key: 'settings'; value: Settings };
  meta: { key: MetaKey; value: MetaValue };
  national: { key: NationalCollection; value: NationalRecord };
  models: {
    key: [string, number];
    value: StoredShard;
    indexes: { id: string; ward: string };
  };
}

export type Database = IDBPDatabase<AntqDB>;
export type ContentTx = IDBPTransaction<AntqDB, StoreNames<AntqDB>[], 'readwrite'>;

/** Upgrade steps; each runs once, in order, on a database older than its version. */
export function upgrade(db: IDBPDatabase<AntqDB>, oldVersion: number): void {
  // v1 (first release): settings and the national content.
  if (oldVersion < 1) {
    db.createObjectStore('settings');
    db.createObjectStore('meta');
    db.createObjectStore('national', { keyPath: 'collection' });
  }
  // v2: model listings, one record per (province, chunk) shard.
  if (oldVersion < 2) {
    const models = db.createObjectStore('models', { keyPath: ['province', 'chunk'] });
    models.createIndex('id', 'ids', { multiEntry: true });
    models.createIndex('ward', 'wards', { multiEntry: true });
  }
}
