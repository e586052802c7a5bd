// Runtime validation of what /content/ sends, through the content engineer's parsers
// (src/content/parse.ts; lazy: only the sync loads zod). A file that fails is a ShapeError.
import { parseCollection, parseManifest, parseModelChunk, parsePlaces, parseProvinceIndex, type Parsed } from '../content/parse.ts';
import type { NationalCollection } from '../content/schema.ts';

/** The body was JSON but not what the schema says, or not the version the manifest promised. */
export class ShapeError extends Error {
  override name = 'ShapeError';
}

const take = <T>(url: string, result: Parsed<T>): T => {
  if (!result.ok) throw new ShapeError(`${url}: ${result.error}`);
  return result.data;
};

export const checkManifest = (url: string, json: unknown) => take(url, parseManifest(json));
export const checkCollection = <N extends NationalCollection>(url: string, name: N, json: unknown, version: string) => take(url, parseCollection(name, json, version));
export const checkProvinceIndex = (url: string, json: unknown, version: string) => take(url, parseProvinceIndex(json, version));
export const checkPlaces = (url: string, json: unknown, version: string) => take(url, parsePlaces(json, version));
export const checkChunk = (url: string, json: unknown, version: string) => take(url, parseModelChunk(json, version));
