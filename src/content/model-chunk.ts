// Which chunk file a model listing lives in. Shared by the content build (which writes the chunks)
// and the browser store (which finds a listing by id); dependency-free so the first load stays small.

/**
 * Listings per chunk file, at most: one edited listing re-downloads its chunk, so chunks stay small
 * (≤ 16 on average, ~1.2 KB gzip) however large a province grows; a province with few listings has few files.
 */
export const CHUNK_LISTINGS = 16;
/** The chunk count of province indexes stored before it was written in them. */
export const LEGACY_BUCKETS = 32;

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** How many chunks (a power of two) a province of `count` listings is split into. */
export function bucketsFor(count: number): number {
  let buckets = 1;
  while (buckets * CHUNK_LISTINGS < count) buckets *= 2;
  return buckets;
}

/** The bucket (0 … buckets − 1) of a model id, so one edited listing changes one chunk file. */
export function modelChunk(id: string, buckets: number): number {
  return fnv1a(id) % buckets;
}

/** Where a chunk file is served: its content version is in the name, so it can be cached for good. */
export const chunkUrl = (province: string, chunk: number, version: string): string => `/content/models/${province}/${chunk}.${version}.json`;

/**
 * IndexedDB keeps a province's listings in this many records, whatever its chunk count: a record
 * holds the chunks c with c % STORE_SLOTS = its slot. Writing costs per record (2,176 records of
 * 50,000 listings took 1.7× as long to store as 1,088), so downloads get smaller as a province grows
 * and records do not get more numerous. Equal to the chunk count of old indexes: their records are slots already.
 */
export const STORE_SLOTS = 32;

/** The record (slot) a chunk is stored in. */
export const storeSlot = (chunk: number): number => chunk % STORE_SLOTS;
