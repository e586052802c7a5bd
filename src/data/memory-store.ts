import type { Model, National, ProvincePlaces } from '../content/schema.ts';
import type { ContentMeta, ContentStore } from './content-store.ts';

/** A ContentStore over content already in memory: the build-time prerender and unit tests. */
export function memoryStore(national: National, models: Model[], meta: ContentMeta | null = null, places: ProvincePlaces[] = []): ContentStore {
  const byProvince = new Map<string, Model[]>();
  for (const model of models) {
    const list = byProvince.get(model.locality.province) ?? [];
    list.push(model);
    byProvince.set(model.locality.province, list);
  }
  const modelCounts = Object.fromEntries([...byProvince].map(([id, list]) => [id, list.length]));
  return {
    national,
    meta,
    modelCounts,
    modelsOf: async (province) => byProvince.get(province) ?? [],
    model: async (id) => models.find((m) => m.id === id),
    places: async () => places,
  };
}
