// Runtime validation of what /content/ sends, through the content engineer's parsers
// (src/content/parse.ts; lazy: only the sync loads zod). A file that fails is a ShapeError.
import { parseCollection, parseManifest, parseModelChunk, parsePlacesInTurns, parseProvinceIndex, type Parsed } from '../content/parse.ts';
import { yieldToMain } from '../lib/yield-to-main.ts';
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
/** The list of every commune, checked a province per task (no long task while the resident uses the page). */
export const checkPlacesInTurns = async (url: string, json: unknown, version: string) => take(url, await parsePlacesInTurns(json, version, yieldToMain));
export const checkChunk = (url: string, json: unknown, version: string) => take(url, parseModelChunk(json, version));
