// What can be found, and where it leads: one search document per place (and old place name),
// campaign, article, model listing, figure, hotline and piece of guidance, with the names that match
// strongly and the text that matches weakly.
import { modelOldUnitPlace, modelWardIds } from '../content/old-units.ts';
import type { Campaign, Model, National, ProvincePlaces } from '../content/schema.ts';
import { unitLabel } from '../lib/place-names.ts';
import { partialDateRange } from '../lib/recurrence.ts';
import { dateNames, legalNames } from './doc-keys.ts';
import { communeDocs, placeDocs } from './place-docs.ts';
import type { SearchDoc, When } from './search-doc.ts';

export { KINDS, urlOf, type SearchDoc, type SearchKind } from './search-doc.ts';

const join = (...parts: (string | null | undefined | false)[]): string => parts.filter(Boolean).join(' ');

function campaignWhen({ recurrence: r }: Campaign): When | undefined {
  if (r.kind === 'yearly-day') return { yearly: { start: r, end: r } };
  if (r.kind === 'yearly-period') return { yearly: r };
  const [from, to] = [partialDateRange(r.start), partialDateRange(r.end)];
  return from && to ? { from: from.start, to: to.end } : undefined;
}

function dated(iso: string | undefined): When | undefined {
  const range = iso ? partialDateRange(iso) : undefined;
  return range && { from: range.start, to: range.end };
}

/** The search documents for national content, the listings stored on this device and every commune (when stored). */
export function searchDocs(national: National, models: Iterable<Model>, places: readonly ProvincePlaces[] = []): SearchDoc[] {
  const provinceName = new Map(national.provinces.map((p) => [p.id, p.name]));
  const provinces = new Map(national.provinces.map((p) => [p.id, p]));
  const docs: SearchDoc[] = placeDocs(national.provinces);
  for (const c of national.campaigns) {
    docs.push({
      kind: 'campaign',
      id: c.id,
      title: c.name,
      names: [c.name, c.shortName ?? '', ...dateNames(c.recurrence), ...c.legalBasis.flatMap(legalNames)],
      body: join(c.description, ...c.legalBasis, ...c.actions, c.province && provinceName.get(c.province)),
      detail: c.province ? provinceName.get(c.province) : 'Toàn quốc',
      when: campaignWhen(c),
    });
  }
  for (const a of national.articles) {
    const text = join(a.summary, ...a.paragraphs.map((p) => p.text));
    docs.push({ kind: 'article', id: a.id, title: a.title, names: [a.title, ...legalNames(join(a.title, text))], body: join(text, provinceName.get(a.province)), detail: provinceName.get(a.province), when: dated(a.date) });
  }
  for (const m of models) {
    const province = provinces.get(m.locality.province);
    // An old unit's model is found by the names of all the wards it became.
    const wards = modelWardIds(m, province).flatMap((id) => province?.wards.filter((w) => w.id === id).map((w) => unitLabel(w.kind, w.name)) ?? []);
    const place = [modelOldUnitPlace(m, province) ?? wards.join(', '), province?.name].filter(Boolean).join(', ');
    // Where a listing is belongs to what it is called: "tổ tự quản Hà Đông" should find it as strongly as its name.
    docs.push({ kind: 'model', id: m.id, title: m.name, names: [m.name, ...wards, province?.name ?? '', m.locality.oldName ?? '', m.locality.asInSource ?? ''], body: m.description, detail: place || undefined });
  }
  for (const f of national.figures) {
    docs.push({ kind: 'figure', id: f.id, title: f.label, body: join(`${f.value} ${f.unit}`, f.period.label, f.note, f.province && provinceName.get(f.province)), detail: `${f.value.toLocaleString('vi-VN')} ${f.unit} — ${f.period.label}`, when: dated(f.period.to ?? f.period.from) });
  }
  for (const h of national.hotlines) {
    docs.push({ kind: 'hotline', id: h.id, title: `${h.number} ${h.name}`, names: [h.number, h.name], body: h.description, detail: h.number });
  }
  for (const g of national.guidance) {
    docs.push({ kind: 'guidance', id: g.id, title: g.title, body: join(...g.paragraphs, ...(g.steps ?? [])) });
  }
  docs.push(...communeDocs(national.provinces, places));
  return docs;
}
