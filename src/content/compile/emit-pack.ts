import type { ContentManifest, Model, National, NationalCollection, ProvinceIndex, ProvincePlaces } from '../schema.ts';
import { NATIONAL_COLLECTIONS } from '../schema.ts';
import { bucketsFor, modelChunk } from '../model-chunk.ts';
import { CHUNK_VERSION_LENGTH, encodeProvinceIndex } from '../province-index.ts';
import { canonicalJson, contentVersion } from './hash.ts';

/** Everything the app downloads: the manifest and every file under `content/`, by path. */
export interface Pack {
  manifest: ContentManifest;
  /** Paths relative to the site root (`content/manifest.json`) → file text. */
  files: Map<string, string>;
}

type FileRef = ContentManifest['provinces'][string];

function writer(files: Map<string, string>) {
  return (path: string, body: unknown): Omit<FileRef, 'version' | 'count'> => {
    const text = canonicalJson(body);
    files.set(path, text);
    return { url: `/${path}`, bytes: new TextEncoder().encode(text).byteLength };
  };
}

/** Per province: its bucket count and its listings by chunk. */
function groupModels(models: readonly Model[]): Map<string, { buckets: number; chunks: Map<number, Model[]> }> {
  const listed = new Map<string, Model[]>();
  for (const model of models) listed.set(model.locality.province, [...(listed.get(model.locality.province) ?? []), model]);
  const byProvince = new Map<string, { buckets: number; chunks: Map<number, Model[]> }>();
  for (const [province, list] of listed) {
    const buckets = bucketsFor(list.length);
    const chunks = new Map<number, Model[]>();
    for (const model of list) {
      const chunk = modelChunk(model.id, buckets);
      chunks.set(chunk, [...(chunks.get(chunk) ?? []), model]);
    }
    byProvince.set(province, { buckets, chunks });
  }
  return byProvince;
}

/** Emits the content pack for already-validated data: same input, same bytes (only `builtAt` varies, and no version depends on it). */
export function emitPack(national: National, models: readonly Model[], options: { builtAt: string; places?: readonly ProvincePlaces[]; trust?: unknown }): Pack {
  const places = options.places ?? [];
  const files = new Map<string, string>();
  const write = writer(files);
  const nationalRefs = {} as Record<NationalCollection, FileRef>;
  for (const collection of NATIONAL_COLLECTIONS) {
    const items = national[collection];
    const version = contentVersion({ collection, items });
    const ref = write(`content/${collection}.${version}.json`, { collection, version, items });
    nationalRefs[collection] = { ...ref, version, count: items.length };
  }
  const byProvince = groupModels(models);
  const provinceIds = [...new Set([...national.provinces.map((p) => p.id), ...byProvince.keys()])].sort();
  const provinceRefs: Record<string, FileRef> = {};
  for (const province of provinceIds) {
    const { buckets, chunks: chunkMap } = byProvince.get(province) ?? { buckets: 1, chunks: new Map<number, Model[]>() };
    const chunks: ProvinceIndex['chunks'] = [...chunkMap.keys()].sort((a, b) => a - b).map((chunk) => {
      const items = [...(chunkMap.get(chunk) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      const version = contentVersion({ province, chunk, items }).slice(0, CHUNK_VERSION_LENGTH);
      write(`content/models/${province}/${chunk}.${version}.json`, { province, chunk, version, items });
      return { chunk, version, count: items.length };
    });
    const version = contentVersion({ province, buckets, chunks });
    const index: ProvinceIndex = { province, version, buckets, chunks };
    const count = chunks.reduce((sum, c) => sum + c.count, 0);
    provinceRefs[province] = { ...write(`content/models/${province}.${version}.json`, encodeProvinceIndex(index)), version, count };
  }
  const placesVersion = contentVersion({ collection: 'places', items: places });
  const placesRef: FileRef = { ...write(`content/places.${placesVersion}.json`, { collection: 'places', version: placesVersion, items: places }), version: placesVersion, count: places.length };
  // The signed ward list ships as it was signed; it changes the manifest version like any collection.
  let trust: FileRef | undefined;
  if (options.trust !== undefined) {
    const trustVersion = contentVersion(options.trust);
    trust = { ...write(`content/trust.${trustVersion}.json`, options.trust), version: trustVersion, count: 1 };
  }
  const refs = { national: nationalRefs, provinces: provinceRefs, places: placesRef };
  const version = contentVersion(trust ? { ...refs, trust } : refs);
  const manifest: ContentManifest = { format: 1, version, builtAt: options.builtAt, ...refs, ...(trust ? { trust } : {}) };
  write('content/manifest.json', manifest);
  return { manifest, files };
}
