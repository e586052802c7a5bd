// Run-time checks for what the app downloads from /content/ (browser side, zod/mini only).
import * as z from 'zod/mini';
import { decodeProvinceIndex, ProvinceIndexFile } from './province-index.ts';
import { ContentManifest, ModelChunk, NATIONAL_ITEM_SCHEMAS, PlacesFile, ProvincePlaces, type ProvinceIndex } from './schema.ts';
import type { National, NationalCollection } from './schema.ts';

/** Typed data, or a short reason that the data layer can log and show. */
export type Parsed<T> = { ok: true; data: T } | { ok: false; error: string };

/** A downloaded national collection file. */
export interface CollectionFile<N extends NationalCollection> {
  collection: N;
  version: string;
  items: National[N];
}

function parsed<T>(what: string, schema: z.ZodMiniType<T>, json: unknown, version?: string): Parsed<T> {
  const result = schema.safeParse(json);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const where = first?.path.length ? first.path.join('.') : '(top level)';
    const why = first?.message && first.message !== 'Invalid input' ? first.message : (first?.code ?? 'invalid');
    return { ok: false, error: `${what}: ${where}: ${why}${rest.length ? ` (+${rest.length} more)` : ''}` };
  }
  const got = (result.data as { version?: unknown }).version;
  if (version !== undefined && got !== version) return { ok: false, error: `${what}: version ${String(got)}, expected ${version}` };
  return { ok: true, data: result.data };
}

/** Validates `/content/manifest.json`. */
export function parseManifest(json: unknown): Parsed<ContentManifest> {
  return parsed('manifest', ContentManifest, json);
}

const collectionSchemas = new Map<NationalCollection, z.ZodMiniType>();
function collectionSchema(name: NationalCollection): z.ZodMiniType {
  let schema = collectionSchemas.get(name);
  if (!schema) {
    schema = z.object({ collection: z.literal(name), version: z.string(), items: z.array(NATIONAL_ITEM_SCHEMAS[name]) });
    collectionSchemas.set(name, schema);
  }
  return schema;
}

/** Validates a national collection file; with `version`, also that it is the one the manifest lists. */
export function parseCollection<N extends NationalCollection>(name: N, json: unknown, version?: string): Parsed<CollectionFile<N>> {
  return parsed(name, collectionSchema(name), json, version) as Parsed<CollectionFile<N>>;
}

/** Validates a province's model index (`/content/models/<province>.<version>.json`). */
export function parseProvinceIndex(json: unknown, version?: string): Parsed<ProvinceIndex> {
  const file = parsed('province index', ProvinceIndexFile, json, version);
  return file.ok ? { ok: true, data: decodeProvinceIndex(file.data) } : file;
}

/** Validates one chunk of a province's models (`/content/models/<province>/<chunk>.<version>.json`). */
export function parseModelChunk(json: unknown, version?: string): Parsed<ModelChunk> {
  return parsed('model chunk', ModelChunk, json, version);
}

/** Validates the list of every commune (`/content/places.<version>.json`). */
export function parsePlaces(json: unknown, version?: string): Parsed<PlacesFile> {
  return parsed('places', PlacesFile, json, version);
}

/** The places file around its provinces (collection, version format), each province left to parsePlacesInTurns. */
const PlacesEnvelope = z.extend(PlacesFile, { items: z.array(z.unknown()) });

/**
 * parsePlaces a province at a time, awaiting `pause()` between provinces: checking all 3,321 communes
 * at once is one task of ~18 ms on a fast machine the first time (4× that on a cheap phone), while
 * the resident may be tapping. Same result as parsePlaces, errors included (a bad file is reported by
 * parsePlaces itself, with its full path).
 */
export async function parsePlacesInTurns(json: unknown, version: string | undefined, pause: () => Promise<void>): Promise<Parsed<PlacesFile>> {
  const envelope = parsed('places', PlacesEnvelope, json, version);
  if (!envelope.ok) return parsePlaces(json, version);
  const items: ProvincePlaces[] = [];
  for (const item of envelope.data.items) {
    await pause();
    const province = ProvincePlaces.safeParse(item);
    if (!province.success) return parsePlaces(json, version);
    items.push(province.data);
  }
  return { ok: true, data: { ...envelope.data, items } };
}
