// The lazily loaded search module: index the content on this device, then answer queries.
import type { Model, National, ProvincePlaces } from '../content/schema.ts';
import { todayInVietnam, type Day } from '../lib/vn-date.ts';
import { searchDocs } from './documents.ts';
import { buildIndex, type IndexData } from './inverted-index.ts';
import { withScratch } from './rank.ts';
import { recencyRanks } from './recency.ts';
import { searchIndex, type SearchResults } from './results.ts';

export { INDEX_FORMAT, isIndexData, type IndexData } from './inverted-index.ts';

export type Searcher = (text: string, limit: number) => SearchResults;

/** The index of national content, `models` and every commune of `places`, as data that can be stored and reused. */
export function indexContent(national: National, models: Iterable<Model>, places: readonly ProvincePlaces[] = []): IndexData {
  return buildIndex(searchDocs(national, models, places));
}

/** Answer queries, synchronously, from an index; "recent" and "ongoing" as seen on `today`. */
export function searcherFor(data: IndexData, today: Day = todayInVietnam()): Searcher {
  const index = withScratch(data, recencyRanks(data.docs, today));
  return (text, limit) => searchIndex(index, text, limit);
}

/** Index national content and `models`; the returned function answers queries synchronously. */
export function createSearcher(national: National, models: Iterable<Model>, today?: Day): Searcher {
  return searcherFor(indexContent(national, models), today);
}
