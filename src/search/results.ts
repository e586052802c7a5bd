// Search results grouped by kind, each with the URL of its page.
import { urlOf, type SearchKind } from './documents.ts';
import { query, type SearchIndex } from './inverted-index.ts';

export interface SearchResult {
  kind: SearchKind;
  id: string;
  title: string;
  detail?: string;
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
  /** The group holding the best match first. */
  groups: SearchGroup[];
}

export const KIND_LABELS: Record<SearchKind, string> = {
  campaign: 'Chiến dịch, ngày lễ',
  article: 'Bài viết',
  model: 'Mô hình',
  figure: 'Số liệu',
  hotline: 'Đường dây nóng',
  place: 'Địa phương',
};

/** Run `text` against the index: the best `limit` results, grouped by kind. */
export function searchIndex(index: SearchIndex, text: string, limit: number): SearchResults {
  const hits = query(index, text, limit);
  const groups = new Map<SearchKind, SearchGroup>();
  for (const hit of hits) {
    let group = groups.get(hit.kind);
    if (!group) groups.set(hit.kind, (group = { kind: hit.kind, label: KIND_LABELS[hit.kind], results: [] }));
    group.results.push({ kind: hit.kind, id: hit.id, title: hit.title, detail: hit.detail, url: urlOf(hit.kind, hit.id) });
  }
  // Hits come best first, so the groups are already in the order of their best match.
  return { query: text, total: hits.length, groups: [...groups.values()] };
}
