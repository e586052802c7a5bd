// Downloads for the sync: every file fetched with a timeout, checked against the content schema and
// against the version the manifest promised.
import { chunkUrl } from '../content/model-chunk.ts';
import type { ContentManifest, National, NationalCollection, ProvinceIndex } from '../content/schema.ts';
import type { ChunkItems, ProvinceUpdate } from '../db/content-write.ts';
import type { NationalRecord, PlacesRecord } from '../db/schema.ts';
import { checkChunk, checkCollection, checkManifest, checkPlacesInTurns, checkProvinceIndex } from './content-files.ts';
import { DownloadError, fetchJson, OfflineError } from './fetch-json.ts';
import { changedChunks } from './sync-plan.ts';
import { yieldToMain } from '../lib/yield-to-main.ts';

export const MANIFEST_URL = '/content/manifest.json';
/** How long to wait for the manifest (a few KB: no answer means no usable network) and for a file. */
export const timeouts = { manifestMs: 10_000, fileMs: 30_000 };

// Validated files by URL for this page's life: URLs are content-hashed, so a file downloaded for
// the first render is not downloaded again by the background sync that stores it.
const validated = new Map<string, unknown>();
let lastManifest: { at: number; manifest: ContentManifest } | null = null;
/** Files downloaded and their characters, reset by each sync: for its report. */
export const counts = { files: 0, chars: 0 };

/**
 * Files downloading at once, at most. A whole national pack is thousands of chunk files, and that
 * many requests at once fail in Chromium (net::ERR_INSUFFICIENT_RESOURCES); a host serves 6 at a
 * time over HTTP/1.1 anyway, and a province's few dozen still go in two or three round trips over HTTP/2.
 */
const PARALLEL = 24;
let active = 0;
const waiting: (() => void)[] = [];

async function inTurn<T>(task: () => Promise<T>): Promise<T> {
  while (active >= PARALLEL) await new Promise<void>((resolve) => waiting.push(resolve));
  active++;
  try {
    return await task();
  } finally {
    active--;
    waiting.shift()?.();
  }
}

/** Download and check a content-hashed file; `check` throws on anything but the promised data. */
async function download<T>(url: string, check: (json: unknown) => T | Promise<T>): Promise<T> {
  const cached = validated.get(url) as T | undefined;
  if (cached) return cached;
  // Past the manifest, a lost connection is a failed update (the notice), not "offline".
  const { data, size } = await inTurn(() => fetchJson(url, timeouts.fileMs)).catch((error: unknown) => {
    throw error instanceof OfflineError ? new DownloadError(error.message) : error;
  });
  // Parsing and checking a file are tasks of their own, not one long task with the next file's.
  await yieldToMain();
  const value = await check(data);
  validated.set(url, value);
  counts.chars += size;
  counts.files += 1;
  return value;
}

/** The manifest, validated; reused when fetched less than `maxAgeMs` ago. */
export async function fetchManifest(maxAgeMs = 0): Promise<ContentManifest> {
  if (lastManifest && Date.now() - lastManifest.at <= maxAgeMs) return lastManifest.manifest;
  const { data, size } = await fetchJson(MANIFEST_URL, timeouts.manifestMs, 'no-cache');
  const manifest = checkManifest(MANIFEST_URL, data);
  counts.chars += size;
  counts.files += 1;
  lastManifest = { at: Date.now(), manifest };
  return manifest;
}

/** National collections of `manifest`, validated. */
export async function downloadNational(manifest: ContentManifest, names: NationalCollection[]): Promise<NationalRecord[]> {
  return Promise.all(
    names.map(async (name) => {
      const ref = manifest.national[name]!;
      const file = await download(ref.url, (json) => checkCollection(ref.url, name, json, ref.version));
      return { collection: name, version: file.version, items: file.items } as NationalRecord;
    }),
  );
}

/** The list of every commune, validated; undefined when the manifest has none. */
export async function downloadPlaces(manifest: ContentManifest): Promise<PlacesRecord | undefined> {
  const ref = manifest.places;
  if (!ref) return undefined;
  const file = await download(ref.url, (json) => checkPlacesInTurns(ref.url, json, ref.version));
  return { collection: 'places', version: file.version, items: file.items };
}

/** A province's index and the chunks that differ from `stored`, validated. */
export async function downloadProvince(manifest: ContentManifest, province: string, stored?: ProvinceIndex): Promise<ProvinceUpdate> {
  const ref = manifest.provinces[province]!;
  const index = await download(ref.url, (json) => checkProvinceIndex(ref.url, json, ref.version));
  if (index.province !== province) throw new Error(`${ref.url}: index of ${index.province}, expected ${province}`);
  // A province split into a new number of chunks is stored anew: its chunk numbers mean other listings now.
  const base = stored?.buckets === index.buckets ? stored : undefined;
  const chunks = await Promise.all(
    changedChunks(index, base).map(async (c): Promise<ChunkItems> => {
      const url = chunkUrl(province, c.chunk, c.version);
      const file = await download(url, (json) => checkChunk(url, json, c.version));
      if (file.province !== province || file.chunk !== c.chunk) throw new Error(`${url}: chunk ${file.province}/${file.chunk}, expected ${province}/${c.chunk}`);
      return { chunk: c.chunk, items: file.items };
    }),
  );
  return { index, chunks, replace: !base };
}

/** Forget validated files once stored (they are in IndexedDB now). */
export function forgetDownloads(): void {
  validated.clear();
}

/** First visit: the manifest and national content from the network, validated, for the first render. */
export async function downloadInitial(): Promise<{ manifest: ContentManifest; national: National }> {
  const manifest = await fetchManifest();
  const records = await downloadNational(manifest, Object.keys(manifest.national) as NationalCollection[]);
  return { manifest, national: Object.fromEntries(records.map((r) => [r.collection, r.items])) as unknown as National };
}

