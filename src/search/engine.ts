// The lazily loaded search module: index the content on this device, then answer queries.
import type { Model, National } from '../content/schema.ts';
import { searchDocs } from './documents.ts';
import { buildIndex } from './inverted-index.ts';
import { searchIndex, type SearchResults } from './results.ts';

export type Searcher = (text: string, limit: number) => SearchResults;

/** Index national content and `models`; the returned function answers queries synchronously. */
export function createSearcher(national: National, models: Iterable<Model>): Searcher {
  const index = buildIndex(searchDocs(national, models));
  return (text, limit) => searchIndex(index, text, limit);
}
