import { Article, Campaign, Fact, Figure, Guidance, Hotline, Model, Province } from '../schema.ts';
import type { ArticleSeed } from '../schema.ts';

/** The structured seed files, `seeds/<name>.json`, each a JSON array of entries. */
export const SEED_SCHEMAS = {
  articles: Article,
  figures: Figure,
  campaigns: Campaign,
  models: Model,
  hotlines: Hotline,
  provinces: Province,
  guidance: Guidance,
  facts: Fact,
} as const;
export type CollectionName = keyof typeof SEED_SCHEMAS;
export const COLLECTION_NAMES = Object.keys(SEED_SCHEMAS) as CollectionName[];

/** One entry that passed its schema, with what a problem line needs to point at it. */
export interface Entry<T> {
  index: number;
  /** The entry's id when it has a usable one, otherwise `#index`. */
  label: string;
  value: T;
}

export interface SeedEntries {
  articles: Entry<ArticleSeed>[];
  figures: Entry<Figure>[];
  campaigns: Entry<Campaign>[];
  models: Entry<Model>[];
  hotlines: Entry<Hotline>[];
  provinces: Entry<Province>[];
  guidance: Entry<Guidance>[];
  facts: Entry<Fact>[];
}

/** Reports one problem: the file in the seeds folder, the entry label (null: the whole file), the dotted field path, what is wrong. */
export type Report = (file: string, entry: string | null, path: string, what: string) => void;
