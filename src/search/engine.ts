// The lazily loaded search module: index the content on this device, then answer queries.
import type { Model, National, ProvincePlaces } from '../content/schema.ts';
import { searchDocs } from './documents.ts';
import { buildIndex, withScratch, type IndexData } from './inverted-index.ts';
import { searchIndex, type SearchResults } from './results.ts';

export { INDEX_FORMAT, isIndexData, type IndexData } from './inverted-index.ts';

export type Searcher = (text: string, limit: number) => SearchResults;

/** The index of national content and `models`, as data that can be stored and reused. */
export function indexContent(national: National, models: Iterable<Model>, places: readonly ProvincePlaces[] = []): IndexData {
  const { seen: _seen, scores: _scores, ...data } = buildIndex(searchDocs(national, models, places));
  return data;
}

/** Answer queries, synchronously, from an index. */
export function searcherFor(data: IndexData): Searcher {
  const index = withScratch(data);
  return (text, limit) => searchIndex(index, text, limit);
}

/** Index national content and `models`; the returned function answers queries synchronously. */
export function createSearcher(national: National, models: Iterable<Model>): Searcher {
  return searcherFor(indexContent(national, models));
}
