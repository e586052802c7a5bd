// A province's index as served: every bucket's chunk version in one hex string and its listing count
// in one array. A listing edit re-downloads this file with the manifest and one chunk, so its size
// counts: 128 chunk entries as objects were ~1.9 KB gzip, this way ~0.75 KB.
import * as z from 'zod/mini';
import { Slug, type ProvinceIndex } from './schema.ts';

/** Hex digits of a chunk's version: 32 bits tell one version of a chunk from the next. */
export const CHUNK_VERSION_LENGTH = 8;
const EMPTY = '0'.repeat(CHUNK_VERSION_LENGTH);

export const ProvinceIndexFile = z
  .object({
    province: Slug,
    version: z.string().check(z.regex(/^[0-9a-f]{8,64}$/)),
    buckets: z.number().check(z.int(), z.minimum(1)),
    /** Listings in chunk c: counts[c]; 0 for a bucket with none (its version is all zeros). */
    counts: z.array(z.number().check(z.int(), z.minimum(0))),
    /** Chunk c's version: versions.slice(8 c, 8 c + 8). */
    versions: z.string().check(z.regex(/^(?:[0-9a-f]{8})*$/, 'expected 8 hex digits per chunk')),
  })
  .check(z.refine((f) => f.counts.length === f.buckets && f.versions.length === f.buckets * CHUNK_VERSION_LENGTH, 'expected one count and one version per bucket'));
export type ProvinceIndexFile = z.infer<typeof ProvinceIndexFile>;

/** The served form of an index. */
export function encodeProvinceIndex(index: ProvinceIndex): ProvinceIndexFile {
  const counts = new Array<number>(index.buckets).fill(0);
  const versions = new Array<string>(index.buckets).fill(EMPTY);
  for (const c of index.chunks) {
    counts[c.chunk] = c.count;
    versions[c.chunk] = c.version;
  }
  return { province: index.province, version: index.version, buckets: index.buckets, counts, versions: versions.join('') };
}

/** The index as the app uses it: the chunks that hold listings. */
export function decodeProvinceIndex(file: ProvinceIndexFile): ProvinceIndex {
  const chunks: ProvinceIndex['chunks'] = [];
  file.counts.forEach((count, chunk) => {
    if (count > 0) chunks.push({ chunk, count, version: file.versions.slice(chunk * CHUNK_VERSION_LENGTH, (chunk + 1) * CHUNK_VERSION_LENGTH) });
  });
  return { province: file.province, version: file.version, buckets: file.buckets, chunks };
}
