// Turns the official list of administrative units (../shared/data/vn-units/units.json, F-DVHC-LIST)
// into seeds/places.json: the 34 provincial units and their 3,321 communes, each with a URL slug.
// Pure (no file access), so the slug rules are tested on synthetic lists as well as on the real one.
import { slugify } from '../../lib/slug.ts';

/** The fields of units.json this generator reads (the file has more: English names, CodeName…). */
export interface SourceUnit {
  Code: string;
  Name: string;
  AdministrativeUnitShortName: string;
  ProvinceCode?: string;
  Wards?: SourceUnit[];
}

export type CommuneKind = 'phuong' | 'xa' | 'dac-khu';
export type ProvinceKind = 'thanh-pho' | 'tinh';

export interface PlaceCommune {
  /** URL slug, unique within its province: the folded name, plus the official code where two names fold alike. */
  id: string;
  /** The government's unit code (5 digits). */
  code: string;
  name: string;
  kind: CommuneKind;
}

export interface PlaceProvince {
  /** The province id of seeds/provinces.json (the folded name). */
  id: string;
  code: string;
  name: string;
  /** The unit type the list gives (Thành phố / Tỉnh); provinces.json must say the same (the compiler checks). */
  kind: ProvinceKind;
  communes: PlaceCommune[];
  sources: [{ fact: 'F-DVHC-LIST' }];
}

const COMMUNE_KINDS: Record<string, CommuneKind> = { 'Phường': 'phuong', 'Xã': 'xa', 'Đặc khu': 'dac-khu' };
const PROVINCE_KINDS: Record<string, ProvinceKind> = { 'Thành phố': 'thanh-pho', 'Tỉnh': 'tinh' };

function provinceKind(province: SourceUnit): ProvinceKind {
  const kind = PROVINCE_KINDS[province.AdministrativeUnitShortName];
  if (!kind) throw new Error(`province ${province.Code} "${province.Name}": unknown unit type "${province.AdministrativeUnitShortName}"`);
  return kind;
}

/**
 * Slugs of one province's communes. The folded name is the slug unless another commune of the same
 * province folds to it too (Văn Lang / Văn Lăng, Mỹ Tho / Mỹ Thọ): then EVERY one of them gets its
 * official code appended (`van-lang-02143`, `van-lang-05665`), so neither depends on which came first
 * and both stay the same as long as the names do.
 */
export function communeSlugs(units: readonly { code: string; name: string }[]): Map<string, string> {
  const byFold = new Map<string, string[]>();
  for (const unit of units) {
    const slug = slugify(unit.name);
    if (!slug) throw new Error(`unit ${unit.code} "${unit.name}": no slug`);
    byFold.set(slug, [...(byFold.get(slug) ?? []), unit.code]);
  }
  const slugs = new Map<string, string>();
  for (const [slug, codes] of byFold) for (const code of codes) slugs.set(code, codes.length > 1 ? `${slug}-${code}` : slug);
  const taken = new Map<string, string>();
  for (const [code, slug] of slugs) {
    const other = taken.get(slug);
    if (other) throw new Error(`units ${other} and ${code}: both get the slug "${slug}"`);
    taken.set(slug, code);
  }
  return slugs;
}

function commune(unit: SourceUnit, province: SourceUnit, slugs: Map<string, string>): PlaceCommune {
  const kind = COMMUNE_KINDS[unit.AdministrativeUnitShortName];
  if (!kind) throw new Error(`unit ${unit.Code} "${unit.Name}": unknown unit type "${unit.AdministrativeUnitShortName}"`);
  if (unit.ProvinceCode !== undefined && unit.ProvinceCode !== province.Code) {
    throw new Error(`unit ${unit.Code} "${unit.Name}": ProvinceCode ${unit.ProvinceCode} but listed under ${province.Code}`);
  }
  if (!/^\d{5}$/.test(unit.Code)) throw new Error(`unit "${unit.Name}": code "${unit.Code}" is not 5 digits`);
  return { id: slugs.get(unit.Code)!, code: unit.Code, name: unit.Name.normalize('NFC').trim(), kind };
}

/** The places seed for a units.json document; throws naming the unit on anything unexpected. */
export function placesFromUnits(data: unknown): PlaceProvince[] {
  if (!Array.isArray(data)) throw new Error('units.json: expected an array of provincial units');
  const codes = new Set<string>();
  return (data as SourceUnit[])
    .map((province) => {
      if (!/^\d{2}$/.test(province.Code)) throw new Error(`province "${province.Name}": code "${province.Code}" is not 2 digits`);
      const wards = province.Wards ?? [];
      const slugs = communeSlugs(wards.map((w) => ({ code: w.Code, name: w.Name.normalize('NFC') })));
      const communes = wards.map((w) => commune(w, province, slugs)).sort((a, b) => a.code.localeCompare(b.code));
      for (const c of communes) {
        if (codes.has(c.code)) throw new Error(`unit ${c.code} "${c.name}": code listed twice`);
        codes.add(c.code);
      }
      const place: PlaceProvince = {
        id: slugify(province.Name),
        code: province.Code,
        name: province.Name.normalize('NFC'),
        kind: provinceKind(province),
        communes,
        sources: [{ fact: 'F-DVHC-LIST' }],
      };
      return place;
    })
    .sort((a, b) => a.code.localeCompare(b.code));
}

/** seeds/places.json text: one commune per line, so a change to the list reads as a small diff. */
export function placesJson(places: readonly PlaceProvince[]): string {
  const province = (p: PlaceProvince) =>
    [
      '  {',
      `    "id": ${JSON.stringify(p.id)},`,
      `    "code": ${JSON.stringify(p.code)},`,
      `    "name": ${JSON.stringify(p.name)},`,
      `    "kind": ${JSON.stringify(p.kind)},`,
      `    "sources": ${JSON.stringify(p.sources)},`,
      '    "communes": [',
      p.communes.map((c) => `      ${JSON.stringify(c)}`).join(',\n'),
      '    ]',
      '  }',
    ].join('\n');
  return `[\n${places.map(province).join(',\n')}\n]\n`;
}
