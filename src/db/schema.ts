// The whole database, declared once. Content lives here (the service worker's precache holds only
// the app shell); so do the user's settings.
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { ContentManifest, Model, National, NationalCollection, ProvinceIndex, ProvincePlaces } from '../content/schema.ts';
import type { NoticeKind } from '../notice/format.ts';
import type { PublicJwk } from '../notice/jwk.ts';
import type { TrustFile } from '../notice/trust-list.ts';

export const DB_NAME = 'antq';
export const DB_VERSION = 4;

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
 * The list of every commune, in the same store under the key 'places' (the store is keyed by
 * collection name, so it needed no schema change). It is read only by the screens that need it,
 * never before the first render.
 */
export interface PlacesRecord {
  collection: 'places';
  version: string;
  items: ProvincePlaces[];
}

/**
 * The model listings of one (province, slot) record: the chunk files c of the province with
 * c % STORE_SLOTS = slot (src/content/model-chunk.ts), so a province has at most 32 records however
 * many chunk files it is served in, and an update that changes one listing rewrites one record.
 * Measured in headless Chromium, 10,000 listings in one transaction: one record per listing with
 * province/chunk/ward indexes 1.1–2.0 s; one record per chunk (1,088) with multiEntry id and ward
 * indexes 0.4–0.7 s; without them 0.13–0.3 s. At 50,000 listings, 2,176 records took 1.7× as long
 * as 1,088 (per-record cost), hence slots. So no secondary index: the key [province, slot] gives a
 * province's listings by key range, a listing by id is found through its slot (a hash of the id and
 * the province's chunk count), and a ward's listings are a filter over its province's few hundred.
 * `chunk` holds the slot (records stored before slots are the same: 32 chunks then).
 */
export interface StoredShard {
  province: string;
  chunk: number;
  version: string;
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

/** The search index built from the stored content, kept so a new page load need not rebuild it. */
export interface StoredSearchIndex {
  /** What it was built from (content versions, index format): used only while it still matches. */
  key: string;
  data: unknown;
}

/** The root-signed ward list last accepted, exactly as downloaded: checked again whenever it is read. */
export interface StoredTrust {
  version: string;
  file: TrustFile;
  /** The list's own date (from inside the signed text): a list older than this is refused. */
  issuedAt: string;
}

/**
 * A notice the resident saved. The token is what counts (it is verified again on every display, so
 * a revocation shows); the other fields only index and sort it. Not content: no sync touches it.
 */
export interface SavedNotice {
  /** `<kid>.<kind>.<seq>` */
  id: string;
  token: string;
  kid: string;
  ward: string;
  kind: NoticeKind;
  seq: number;
  /** Unix seconds. */
  issuedAt: number;
  expiresAt: number;
  savedAt: string;
}

/** A ward officer's signing key made on this phone; the private key cannot be exported. */
export interface OfficerKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: PublicJwk;
  ward: string;
  unit: string;
  createdAt: string;
  /** Last sequence number used. */
  seq: number;
}

export interface AntqDB extends DBSchema {
  settings: { key: 'settings'; value: Settings };
  meta: { key: MetaKey; value: MetaValue };
  national: { key: NationalCollection | 'places'; value: NationalRecord | PlacesRecord };
  models: { key: [string, number]; value: StoredShard };
  search: { key: 'index'; value: StoredSearchIndex };
  trust: { key: 'list'; value: StoredTrust };
  notices: { key: string; value: SavedNotice };
  officer: { key: string; value: OfficerKey };
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
  if (oldVersion < 2) db.createObjectStore('models', { keyPath: ['province', 'chunk'] });
  // v3: the search index, saved after it is first built.
  if (oldVersion < 3) db.createObjectStore('search');
  // v4: verified notices — the signed ward list, notices the resident saved, officer keys made here.
  if (oldVersion < 4) {
    db.createObjectStore('trust');
    db.createObjectStore('notices', { keyPath: 'id' });
    db.createObjectStore('officer', { keyPath: 'kid' });
  }
}
