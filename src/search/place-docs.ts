// Places as search results: each province and ward under its current name (and its spellings), and
// under each old name it took in, so "Bắc Giang" answers "Bắc Giang nay thuộc Bắc Ninh" with Bắc
// Ninh's page, and "quận Hà Đông" says which wards it became. Built from the provinces content only:
// wards (communes) and aliases added there become searchable as data.
import { oldUnitNow } from '../content/old-units.ts';
import type { Alias, Province, ProvinceAlias, ProvincePlaces } from '../content/schema.ts';
import { unitLabel, type UnitKind } from '../lib/place-names.ts';
import type { SearchDoc } from './search-doc.ts';

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const oldNames = (aliases: readonly Alias[]): string[] => aliases.filter((a) => a.kind === 'oldName').map((a) => a.name);
/** Old units taken in whole (old provinces), not those now split into wards (old districts). */
const wholeOldNames = (aliases: readonly ProvinceAlias[]): string[] => oldNames(aliases.filter((a) => !a.wards && !a.partly));
const spellings = (aliases: readonly Alias[]): string[] => aliases.filter((a) => a.kind === 'spelling').map((a) => a.name);

/** A unit under its current name: `<province>` or `<province>/<ward>` (see placeUrl). */
function currentDoc(id: string, kind: UnitKind, name: string, aliases: readonly ProvinceAlias[], within?: string, note?: string): SearchDoc {
  const label = unitLabel(kind, name);
  const old = wholeOldNames(aliases);
  return {
    kind: 'place',
    id,
    title: capital(within ? `${label}, ${within}` : label),
    names: [name, label, ...spellings(aliases)],
    body: [within, ...oldNames(aliases)].filter(Boolean).join(' '),
    detail: note ?? (old.length ? `Trước năm 2025 gồm cả: ${old.join(', ')}` : undefined),
  };
}

/** An old unit now split into wards: its page is the first ward's, and it says which wards it became. */
function oldUnitDoc(province: Province, unit: ProvinceAlias): SearchDoc | undefined {
  const first = unit.wards?.[0] ?? unit.partly?.[0];
  if (!first) return undefined;
  return { kind: 'place', id: `${province.id}/${first}`, title: `${capital(unit.name)} nay thuộc ${province.name}`, names: [unit.name], body: province.name, detail: capital(`nay là ${oldUnitNow(province, unit)}`) };
}

/** Search documents for every province and ward of `provinces`, under every name. */
export function placeDocs(provinces: readonly Province[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const p of provinces) {
    docs.push(currentDoc(p.id, p.kind, p.name, p.aliases));
    for (const alias of p.aliases) {
      if (alias.kind !== 'oldName') continue;
      const unit = alias.wards || alias.partly ? oldUnitDoc(p, alias) : undefined;
      // An old province was a province: "tỉnh Bắc Giang" is typed too.
      docs.push(unit ?? { kind: 'place', id: p.id, title: `${alias.name} nay thuộc ${p.name}`, names: [alias.name, unitLabel('tinh', alias.name)], body: p.name, detail: 'Tên trước năm 2025' });
    }
    for (const w of p.wards) {
      const id = `${p.id}/${w.id}`;
      docs.push(currentDoc(id, w.kind, w.name, w.aliases, p.name, w.note));
      for (const old of oldNames(w.aliases)) docs.push({ kind: 'place', id, title: `${capital(old)} nay thuộc ${unitLabel(w.kind, w.name)}, ${p.name}`, names: [old], body: p.name, detail: 'Tên trước năm 2025' });
    }
  }
  return docs;
}

/**
 * A document for each commune of the stored place list (id `<province>/<commune>`), found by its name
 * and (weakly) by the old units it took in, which its detail names. No province documents: placeDocs
 * has them, so a province is found once; a ward placeDocs also describes shares its page, and
 * results keep one result per page.
 */
export function communeDocs(provinces: readonly Province[], places: readonly ProvincePlaces[]): SearchDoc[] {
  const docs: SearchDoc[] = [];
  for (const entry of places) {
    const province = provinces.find((p) => p.id === entry.id);
    if (!province) continue;
    const old = province.aliases.filter((a) => a.kind === 'oldName');
    for (const c of entry.communes) {
      const units = old.filter((a) => a.wards?.includes(c.id) || a.partly?.includes(c.id)).map((a) => (a.wards?.includes(c.id) ? a.name : `một phần ${a.name}`));
      const label = unitLabel(c.kind, c.name);
      docs.push({
        kind: 'place',
        id: `${province.id}/${c.id}`,
        title: capital(label),
        // Matched weakly: 3,321 commune names would otherwise outrank the content a word names
        // ("máy" is also Xã Bản Máy); a ward with models has its strong document in placeDocs.
        names: [],
        body: [label, province.name, ...units].join(' '),
        detail: [province.name, units.length > 0 && `trước 1/7/2025: ${units.join(', ')}`].filter(Boolean).join(' · '),
      });
    }
  }
  return docs;
}
