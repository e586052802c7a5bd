// Search results grouped by kind, each with the URL of its page.
import { query, type SearchIndex } from './rank.ts';
import { KIND_LABELS, urlOf, type SearchKind } from './search-doc.ts';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  detail?: string | undefined;
  url: string;
}
export interface SearchGroup {
  kind: SearchKind;
  /** Vietnamese heading of the group. */
  label: string;
  results: SearchResult[];
}
export interface SearchResults {
  query: string;
  /** Results shown (at most the limit). */
  total: number;
  /** Every result, best first. */
  ranked: SearchResult[];
  /** The best TOP results, shown first as they rank: a resident looks at the first three. */
  top: SearchResult[];
  /** The other results by kind, the group holding the best of them first. */
  groups: SearchGroup[];
}

export const TOP = 3;


/** Run `text` against the index: the best `limit` results, grouped by kind. */
export function searchIndex(index: SearchIndex, text: string, limit: number): SearchResults {
  // A place has a document per name (current and old) and one page: the best of them stands for it.
  const pages = new Set<string>();
  const ranked = query(index, text, limit * 2)
    .map(({ kind, id, title, detail }): SearchResult => ({ kind, id, title, detail, url: urlOf(kind, id) }))
    .filter((result) => !pages.has(result.url) && pages.add(result.url))
    .slice(0, limit);
  const groups = new Map<SearchKind, SearchGroup>();
  for (const result of ranked.slice(TOP)) {
    let group = groups.get(result.kind);
    if (!group) groups.set(result.kind, (group = { kind: result.kind, label: KIND_LABELS[result.kind], results: [] }));
    group.results.push(result);
  }
  // Results come best first, so the groups are already in the order of their best match.
  return { query: text, total: ranked.length, ranked, top: ranked.slice(0, TOP), groups: [...groups.values()] };
}
