// What can be found, and where it leads: one search document per article, campaign, model listing,
// figure and hotline, with the text that matches strongly (title) and weakly (body).
import type { Model, National } from '../content/schema.ts';
import { modelOldUnitPlace, modelWardIds } from '../content/old-units.ts';

export const KINDS = ['campaign', 'article', 'model', 'figure', 'hotline'] as const;
export type SearchKind = (typeof KINDS)[number];

export interface SearchDoc {
  kind: SearchKind;
  id: string;
  /** Shown as the result's heading; matches weigh most here. */
  title: string;
  /** Further text that matches (not kept after indexing). */
  body: string;
  /** A short line under the title (place, date, value). */
  detail?: string;
}

export const urlOf = (kind: SearchKind, id: string): string =>
  ({ article: `/bai-viet/${id}/`, campaign: `/chien-dich/${id}/`, model: `/mo-hinh/${id}/`, figure: `/so-lieu/${id}/`, hotline: `/duong-day-nong/#${id}` })[kind];

const join = (...parts: (string | null | undefined | false)[]): string => parts.filter(Boolean).join(' ');

/** The search documents for national content plus the listings stored on this device. */
export function searchDocs(national: National, models: Iterable<Model>): SearchDoc[] {
  const provinceName = new Map(national.provinces.map((p) => [p.id, p.name]));
  const provinces = new Map(national.provinces.map((p) => [p.id, p]));
  const docs: SearchDoc[] = [];
  for (const c of national.campaigns) {
    docs.push({ kind: 'campaign', id: c.id, title: join(c.name, c.shortName), body: join(c.description, ...c.actions), detail: c.province ? provinceName.get(c.province) : 'Toàn quốc' });
  }
  for (const a of national.articles) {
    docs.push({ kind: 'article', id: a.id, title: a.title, body: join(a.summary, ...a.paragraphs.map((p) => p.text)), detail: provinceName.get(a.province) });
  }
  for (const m of models) {
    const province = provinces.get(m.locality.province);
    // An old unit's model is found by the names of all the wards it became.
    const wards = modelWardIds(m, province).map((id) => province?.wards.find((w) => w.id === id)?.name);
    const place = join(modelOldUnitPlace(m, province) ?? join(...wards), province?.name);
    docs.push({ kind: 'model', id: m.id, title: m.name, body: join(m.description, m.locality.asInSource, place), detail: place || undefined });
  }
  for (const f of national.figures) {
    docs.push({ kind: 'figure', id: f.id, title: f.label, body: join(`${f.value} ${f.unit}`, f.period.label, f.note, f.province && provinceName.get(f.province)), detail: `${f.value.toLocaleString('vi-VN')} ${f.unit} — ${f.period.label}` });
  }
  for (const h of national.hotlines) {
    docs.push({ kind: 'hotline', id: h.id, title: `${h.number} ${h.name}`, body: h.description, detail: h.number });
  }
  return docs;
}
