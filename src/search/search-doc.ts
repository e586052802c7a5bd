// What search finds and where each result leads.
import type { MonthDay } from '../lib/recurrence.ts';
import type { Day } from '../lib/vn-date.ts';

export const KINDS = ['place', 'campaign', 'article', 'model', 'figure', 'hotline', 'guidance'] as const;
export type SearchKind = (typeof KINDS)[number];

/** Vietnamese name of each kind: group headings, and the kind of each best result. */
export const KIND_LABELS: Record<SearchKind, string> = {
  place: 'Địa phương',
  campaign: 'Chiến dịch, ngày lễ',
  article: 'Bài viết',
  model: 'Mô hình',
  figure: 'Số liệu',
  hotline: 'Đường dây nóng',
  guidance: 'Hướng dẫn',
};

/** When a document's subject happens or happened: a yearly window, or days. */
export type When = { yearly: { start: MonthDay; end: MonthDay } } | { from: Day; to: Day };

export interface SearchDoc {
  kind: SearchKind;
  /** With `kind`, names its page; several documents may lead to one page (a place under each of its old names). */
  id: string;
  /** Shown as the result's heading. */
  title: string;
  /**
   * What the document is called, matched as strongly as a title: its own name first, then short
   * names, its place, dates, legal documents. Defaults to [title]. Not kept after indexing.
   */
  names?: string[];
  /** Further text that matches weakly (not kept after indexing). */
  body: string;
  /** A short line under the title (place, date, value). */
  detail?: string | undefined;
  when?: When | undefined;
}

/**
 * The page of a place, from its id `<province>` or `<province>/<commune>`: issue 9's place pages,
 * the same addresses as placePath in src/ui/paths.ts (not imported: search sits below the UI).
 */
export function placeUrl(id: string): string {
  const [province, commune] = id.split('/');
  return commune ? `/dia-phuong/${province}/${commune}/` : `/dia-phuong/${province}/`;
}

export const urlOf = (kind: SearchKind, id: string): string =>
  kind === 'place'
    ? placeUrl(id)
    : { article: `/bai-viet/${id}/`, campaign: `/chien-dich/${id}/`, model: `/mo-hinh/${id}/`, figure: `/so-lieu/${id}/`, hotline: `/duong-day-nong/#${id}`, guidance: `/huong-dan/#${id}` }[kind];
