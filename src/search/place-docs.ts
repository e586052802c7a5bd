// Places as search results: each province and ward under its current name, and under each old name
// it absorbed, so "Bắc Giang" answers "Bắc Giang nay thuộc Bắc Ninh" with Bắc Ninh's page. Built
// from the provinces content only: wards (communes) added there become searchable as data.
import type { Province } from '../content/schema.ts';
import { bareKey, isOldName, placeKey, unitLabel, type UnitKind } from '../lib/place-names.ts';
import type { SearchDoc } from './search-doc.ts';

interface Unit {
  /** `<province>` or `<province>/<ward>`: see placeUrl. */
  id: string;
  kind: UnitKind;
  name: string;
  aliases: readonly string[];
  note?: string | undefined;
  /** The province a ward is in. */
  within?: string;
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Old names grouped by how they read without prefix and punctuation: "quận Hà Đông" and "Q. Hà Đông" are one place. */
function oldNameGroups(unit: Unit): string[][] {
  const groups = new Map<string, string[]>();
  for (const alias of unit.aliases) {
    if (!isOldName(alias, unit.name)) continue;
    const key = bareKey(placeKey(alias));
    groups.set(key, [...(groups.get(key) ?? []), alias]);
  }
  return [...groups.values()];
}

function unitDocs(unit: Unit): SearchDoc[] {
  const label = unitLabel(unit.kind, unit.name);
  const where = unit.within ? `${label}, ${unit.within}` : label;
  const old = oldNameGroups(unit);
  const spellings = unit.aliases.filter((a) => !isOldName(a, unit.name));
  const before = old.length ? `Trước năm 2025: ${old.map((g) => g[0]).join(', ')}` : undefined;
  const current: SearchDoc = { kind: 'place', id: unit.id, title: capital(where), names: [unit.name, label, ...spellings], body: [unit.within, ...old.flat()].filter(Boolean).join(' '), detail: unit.note ?? before };
  const renamed = old.map((names): SearchDoc => {
    // An old province was a province ("tỉnh Bắc Giang"); an old district's name carries its prefix already.
    const typed = unit.within ? names : [...names, ...names.map((n) => unitLabel('tinh', n))];
    const to = unit.within ? where : unit.name;
    return { kind: 'place', id: unit.id, title: `${capital(names[0]!)} nay thuộc ${to}`, names: typed, body: where, detail: unit.note ?? 'Tên trước năm 2025' };
  });
  return [current, ...renamed];
}

/** Search documents for every province and ward of `provinces`. */
export function placeDocs(provinces: readonly Province[]): SearchDoc[] {
  return provinces.flatMap((p) => [
    ...unitDocs({ id: p.id, kind: p.kind, name: p.name, aliases: p.aliases }),
    ...p.wards.flatMap((w) => unitDocs({ id: `${p.id}/${w.id}`, kind: w.kind, name: w.name, aliases: w.aliases, note: w.note, within: p.name })),
  ]);
}
