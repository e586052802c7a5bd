// Localities after the 2025 reorganisation, and the old names people still use. A resident may type
// "Bắc Giang" (now part of Bắc Ninh) or "quận Hà Đông" (now five wards and part of a sixth): both
// resolve through the aliases in the provinces content. Only an `oldName` alias counts as "tên cũ";
// a `spelling` ("TP.HCM") is the current place written another way.
import type { Province, Ward } from '../content/schema.ts';
import { fold } from '../lib/fold.ts';
import { oldUnit, oldUnitWards } from '../content/old-units.ts';

export interface PlaceMatch {
  province: Province;
  ward?: Ward | undefined;
  /** The name or alias that matched, as written in the content. */
  matched: string;
  /** True when the match was an old (pre-2025) name (an `oldName` alias), not a current name or its spelling. */
  old: boolean;
}

const ADMIN_PREFIX = /^(?:tinh|thanh pho|tp|quan|huyen|thi xa|thi tran|phuong|xa|dac khu)\s+/;

/** Folded, punctuation-free form: "TP. Hồ Chí Minh" → "tp ho chi minh". */
export function placeKey(text: string): string {
  return fold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The key without an administrative prefix: "quan ha dong" → "ha dong". */
const bareKey = (key: string): string => key.replace(ADMIN_PREFIX, '');

const WARD_PREFIX: Record<Ward['kind'], string> = { phuong: 'phường', xa: 'xã', 'dac-khu': 'đặc khu' };
const PROVINCE_PREFIX: Record<Province['kind'], string> = { 'thanh-pho': 'thành phố', tinh: 'tỉnh' };

/** "phường Hà Đông", "xã Tam Hưng", "đặc khu Phú Quốc". */
export const wardLabel = (ward: Pick<Ward, 'kind' | 'name'>): string => `${WARD_PREFIX[ward.kind]} ${ward.name}`;
/** "thành phố Hà Nội", "tỉnh Cao Bằng". */
export const provinceLabel = (province: Province): string => `${PROVINCE_PREFIX[province.kind]} ${province.name}`;

type Candidate = { province: Province; ward?: Ward; name: string; old: boolean };

function candidates(provinces: readonly Province[]): Candidate[] {
  const out: Candidate[] = [];
  for (const province of provinces) {
    out.push({ province, name: province.name, old: false }, { province, name: provinceLabel(province), old: false });
    for (const alias of province.aliases) {
      const old = alias.kind === 'oldName';
      // An old unit now split into wards resolves to every one of them, never to one.
      const unit = oldUnit(province, alias.name);
      if (unit) for (const ward of oldUnitWards(province, unit)) out.push({ province, ward, name: alias.name, old });
      else out.push({ province, name: alias.name, old });
    }
    for (const ward of province.wards) {
      out.push({ province, ward, name: ward.name, old: false }, { province, ward, name: wardLabel(ward), old: false });
      for (const alias of ward.aliases) out.push({ province, ward, name: alias.name, old: alias.kind === 'oldName' });
    }
  }
  return out;
}

/**
 * Localities a typed name refers to: exact names first ("quận Hà Đông" → the wards that were that
 * district), then the same name without "tỉnh/quận/phường…" ("Hà Đông" → phường Hà Đông), then, if
 * nothing matched, names that contain what was typed. At most one entry per province or ward.
 */
export function resolvePlace(text: string, provinces: readonly Province[]): PlaceMatch[] {
  const key = placeKey(text);
  if (key.length < 2) return [];
  const all = candidates(provinces);
  const passes: ((c: Candidate) => boolean)[] = [
    (c) => placeKey(c.name) === key,
    (c) => bareKey(placeKey(c.name)) === bareKey(key),
    (c) => bareKey(key).length >= 3 && placeKey(c.name).includes(bareKey(key)),
  ];
  for (const pass of passes) {
    const found = dedupe(all.filter(pass));
    if (found.length) return found;
  }
  return [];
}

function dedupe(list: Candidate[]): PlaceMatch[] {
  const seen = new Map<string, PlaceMatch>();
  for (const c of list) {
    const id = `${c.province.id}/${c.ward?.id ?? ''}`;
    const prev = seen.get(id);
    // Prefer reporting the current name when both an old and a new name matched.
    if (!prev || (prev.old && !c.old)) seen.set(id, { province: c.province, ward: c.ward, matched: c.name, old: c.old });
  }
  return [...seen.values()];
}

export { findLocality } from './find-locality.ts';

/** Province name by id; null means national ("Cả nước"). The id itself when unknown (the content build forbids that). */
export function provinceName(provinces: readonly Province[], id: string | null): string {
  if (id === null) return 'Cả nước';
  return provinces.find((p) => p.id === id)?.name ?? id;
}

/** Provinces sorted the way a Vietnamese reader expects. */
export function sortProvinces(provinces: readonly Province[]): Province[] {
  return [...provinces].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
}

/**
 * Whether the source's name for a place says more than the current name: a different name
 * ("Bắc Giang" for Bắc Ninh), or a district-level unit that no longer exists ("quận Hà Đông" for
 * phường Hà Đông). "TP.Hà Nội" for Hà Nội says nothing more.
 */
export function sourceNameDiffers(asInSource: string | undefined, currentName: string): boolean {
  if (asInSource === undefined) return false;
  const key = placeKey(asInSource);
  return bareKey(key) !== bareKey(placeKey(currentName)) || /^(?:quan|huyen|thi xa|thi tran)\s/.test(key);
}
