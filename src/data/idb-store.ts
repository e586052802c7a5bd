// The browser's ContentStore: national content in memory (read once from IndexedDB, or downloaded
// on a first visit), model listings read from IndexedDB by province, and fetched on demand when a
// province is not stored yet and the device is online.
import type { ContentManifest, Model, National, ProvincePlaces } from '../content/schema.ts';
import { readAllModels, readModel, readModelsOf, readPlaces } from '../db/content.ts';
import type { Database } from '../db/schema.ts';
import type { ContentStore } from './content-store.ts';
import { SMALL_PACK, totalModels } from './pack-size.ts';

/** A province's listings are neither stored nor reachable (offline). */
export class ContentUnavailableError extends Error {
  override name = 'ContentUnavailableError';
}

export interface StoreSource {
  /** null when IndexedDB is unavailable: listings then live in memory for the session. */
  db: Database | null;
  manifest: ContentManifest;
  /** When the content was stored on this device; null for content straight from the network. */
  syncedAt: string | null;
  national: National;
}

/** The ContentStore plus what search needs. */
export interface BrowserStore extends ContentStore {
  /** Every listing this device holds, without touching the network. */
  storedModels(): Promise<Model[]>;
}

export function idbStore({ db, manifest, syncedAt, national }: StoreSource): BrowserStore {
  const modelCounts = Object.fromEntries(Object.entries(manifest.provinces).map(([id, ref]) => [id, ref.count]));
  const fetched = new Map<string, Promise<Model[]>>();

  const fetchProvince = (province: string): Promise<Model[]> => {
    let pending = fetched.get(province);
    if (!pending) {
      pending = import('./fetch-province.ts').then((on) => on.fetchProvince(province, manifest));
      pending.catch(() => fetched.delete(province));
      fetched.set(province, pending);
    }
    return pending;
  };
  const stored = async <T>(read: (db: Database) => Promise<T>): Promise<T | undefined> => {
    if (!db) return undefined;
    try {
      return await read(db);
    } catch (error) {
      console.warn('[antq] IndexedDB read failed:', error);
      return undefined;
    }
  };

  async function modelsOf(province: string): Promise<Model[]> {
    const local = await stored((d) => readModelsOf(d, province));
    if (local) return local;
    if (!modelCounts[province]) return [];
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ContentUnavailableError('Cần kết nối mạng để tải danh sách mô hình của tỉnh này.');
    return fetchProvince(province);
  }

  async function storedModels(): Promise<Model[]> {
    const local = (await stored(readAllModels)) ?? [];
    const seen = new Set(local.map((m) => m.id));
    for (const pending of fetched.values()) for (const m of await pending.catch(() => [])) if (!seen.has(m.id)) local.push(m);
    return local;
  }

  const inFetched = async (id: string) => {
    for (const pending of fetched.values()) {
      const found = (await pending.catch(() => [])).find((m) => m.id === id);
      if (found) return found;
    }
    return undefined;
  };

  async function model(id: string): Promise<Model | undefined> {
    const local = (await stored((d) => readModel(d, id))) ?? (await inFetched(id));
    if (local) return local;
    // A deep link to a listing of a province not stored: nothing tells which province holds it, so
    // for a small pack fetch the missing provinces (a few KB each); a large pack has them on demand only.
    if (totalModels(manifest) > SMALL_PACK || (typeof navigator !== 'undefined' && navigator.onLine === false)) return undefined;
    const lists = await Promise.all(Object.keys(modelCounts).map((p) => modelsOf(p).catch(() => [])));
    return lists.flat().find((m) => m.id === id);
  }

  let placesFetch: Promise<ProvincePlaces[]> | undefined;
  async function places(): Promise<ProvincePlaces[]> {
    const local = await stored(readPlaces);
    if (local) return local;
    if (!manifest.places) return [];
    if (typeof navigator !== 'undefined' && navigator.onLine === false) throw new ContentUnavailableError('Cần kết nối mạng để tải danh sách phường, xã.');
    // Downloaded and validated for this page; the background sync stores the same file without downloading it again.
    placesFetch ??= import('./sync-download.ts').then(async (d) => (await d.downloadPlaces(manifest))?.items ?? []);
    placesFetch.catch(() => (placesFetch = undefined));
    return placesFetch;
  }

  return {
    national,
    places,
    meta: { version: manifest.version, builtAt: manifest.builtAt, syncedAt },
    modelCounts,
    modelsOf,
    model,
    storedModels,
  };
}
