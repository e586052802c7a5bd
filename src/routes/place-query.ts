// What the place pages compute from the list of every commune (seeds/places.json) and the provinces
// content: finding a commune, naming it, grouping a province's communes, and the old names that
// now point at it. Pure, so it is tested in Node.
import type { Commune, CommuneKind, Model, Province, ProvincePlaces } from '../content/schema.ts';
import { fold } from '../lib/fold.ts';
import { placeKey, resolvePlace } from './places.ts';

export const COMMUNE_KIND_LABELS: Record<CommuneKind, string> = { phuong: 'Phường', xa: 'Xã', 'dac-khu': 'Đặc khu' };
const GROUP_TITLES: Record<CommuneKind, string> = { phuong: 'Phường', xa: 'Xã', 'dac-khu': 'Đặc khu' };
const KIND_ORDER: readonly CommuneKind[] = ['phuong', 'xa', 'dac-khu'];

/** "Phường Hà Đông" (a heading, a title). */
export const communeTitle = (c: Pick<Commune, 'kind' | 'name'>): string => `${COMMUNE_KIND_LABELS[c.kind]} ${c.name}`;
/** "phường Hà Đông" (inside a sentence). */
export const communeLabel = (c: Pick<Commune, 'kind' | 'name'>): string => `${COMMUNE_KIND_LABELS[c.kind].toLowerCase()} ${c.name}`;

/** The communes of one province, or undefined when the province is unknown. */
export function communesOf(places: readonly ProvincePlaces[], province: string): Commune[] | undefined {
  return places.find((p) => p.id === province)?.communes;
}

/** One commune of one province by its slug. */
export function findCommune(places: readonly ProvincePlaces[], province: string, commune: string): Commune | undefined {
  return communesOf(places, province)?.find((c) => c.id === commune);
}

/** A province's communes by unit type (phường, xã, đặc khu), each group by name as a Vietnamese reader sorts. */
export function groupCommunes(communes: readonly Commune[]): { kind: CommuneKind; title: string; communes: Commune[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    title: GROUP_TITLES[kind],
    communes: communes.filter((c) => c.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  })).filter((g) => g.communes.length > 0);
}

/** A pre-2025 name that now (wholly or partly) belongs to this commune. */
export interface OldName {
  name: string;
  /** Only part of the old unit went to this commune. */
  partly: boolean;
}

/** Old names of a commune as provinces.json maps them ("quận Hà Đông" → phường Hà Đông …). */
export function communeOldNames(province: Province, commune: string): OldName[] {
  const ward = province.wards.find((w) => w.id === commune);
  return (ward?.aliases ?? []).map((name) => ({ name, partly: false }));
}

/** The pre-2025 provinces merged into this one (not its other spellings): "Bắc Giang" for Bắc Ninh. */
export function provinceOldNames(province: Province): string[] {
  const own = placeKey(province.name).replace(/^tp /, '');
  return province.aliases.filter((alias) => {
    const key = placeKey(alias);
    return !key.includes(own) && !/^(?:tp|thanh pho|thu do)\b|hcm$/.test(key) && !/^(?:quan|huyen|thi xa)\s/.test(key);
  });
}

/** Models located in the commune first, then the rest of its province (each list by name). */
export function splitModels(models: readonly Model[], commune: string | null): { here: Model[]; province: Model[] } {
  const byName = (a: Model, b: Model) => a.name.localeCompare(b.name, 'vi');
  return {
    here: commune ? models.filter((m) => m.locality.ward === commune).sort(byName) : [],
    province: models.filter((m) => m.locality.ward !== commune).sort(byName),
  };
}

/** One answer to "where do you live?". */
export interface PlaceHit {
  province: Province;
  commune?: Commune | undefined;
  /** The old name typed, when that is how it matched ("Bắc Giang", "quận Hà Đông"). */
  oldName?: string | undefined;
  partly?: boolean;
}

const ADMIN_PREFIX = /^(?:tinh|thanh pho|tp|quan|huyen|thi xa|thi tran|phuong|xa|dac khu)\s+/;

/**
 * What a typed name means: a province (by name or old name, "Bắc Giang" → Bắc Ninh), the communes an
 * old district became ("quận Hà Đông" → its wards), or communes by name, diacritics optional
 * ("van lang" → Văn Lang and Văn Lăng). Exact names before names that merely start with the text.
 */
export function findPlaces(text: string, provinces: readonly Province[], places: readonly ProvincePlaces[], limit = 30): PlaceHit[] {
  const key = placeKey(text);
  if (key.length < 2) return [];
  const bare = key.replace(ADMIN_PREFIX, '');
  const hits: PlaceHit[] = [];
  const communeHits = (match: (k: string) => boolean) => {
    for (const p of places) {
      const province = provinces.find((x) => x.id === p.id);
      if (!province) continue;
      for (const c of p.communes) if (match(placeKey(c.name))) hits.push({ province, commune: c });
    }
  };
  for (const m of resolvePlace(text, provinces)) {
    if (!m.ward && !m.old && placeKey(m.province.name) !== key && placeKey(m.province.name) !== bare) continue;
    if (m.ward) {
      const commune = findCommune(places, m.province.id, m.ward.id);
      if (commune && m.old) hits.push({ province: m.province, commune, oldName: m.matched, partly: false });
    } else hits.push({ province: m.province, oldName: m.old ? m.matched : undefined });
  }
  if (!hits.some((h) => h.oldName)) {
    communeHits((k) => k === bare);
    if (hits.length === 0 || bare.length >= 3) communeHits((k) => k !== bare && (k.startsWith(bare) || fold(k).includes(` ${bare}`)));
  }
  const seen = new Set<string>();
  return hits.filter((h) => {
    const id = `${h.province.id}/${h.commune?.id ?? ''}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  }).slice(0, limit);
}
