import type { Model, National, ProvincePlaces } from '../content/schema.ts';

/** What the app knows about the content it holds. */
export interface ContentMeta {
  /** Content version (manifest hash) and when the content was built. */
  version: string;
  builtAt: string;
  /** When this device last stored an update; null for content rendered at build time. */
  syncedAt: string | null;
}

/**
 * The one interface screens read content through. The browser implementation reads IndexedDB
 * (src/data/idb-store.ts); the prerender and unit tests use the in-memory one.
 */
export interface ContentStore {
  /** National collections, loaded before the first render: small, and needed by every screen. */
  national: National;
  meta: ContentMeta | null;
  /** Number of model listings per province id, known from the manifest even for shards not stored. */
  modelCounts: Record<string, number>;
  /** Model listings of one province (post-2025 id). */
  modelsOf(province: string): Promise<Model[]>;
  /** One model by id (= its slug); undefined when unknown. */
  model(id: string): Promise<Model | undefined>;
  /** Every commune, by province: read when a screen needs it, never before the first render. */
  places(): Promise<ProvincePlaces[]>;
}
