// What the place pages compute from the list of every commune (seeds/places.json) and the provinces
// content: finding a commune, naming it, grouping a province's communes, and the old names that
// now point at it. Pure, so it is tested in Node.
import type { Commune, CommuneKind, Model, Province, ProvincePlaces } from '../content/schema.ts';
import { modelWardIds, oldUnit } from '../content/old-units.ts';
import { placeKey, resolvePlace, wardLabel } from './places.ts';

export const COMMUNE_KIND_LABELS: Record<CommuneKind, string> = { phuong: 'Phường', xa: 'Xã', 'dac-khu': 'Đặc khu' };
const KIND_ORDER: readonly CommuneKind[] = ['phuong', 'xa', 'dac-khu'];

/** "Phường Hà Đông" (a heading, a title). */
export const communeTitle = (c: Pick<Commune, 'kind' | 'name'>): string => `${COMMUNE_KIND_LABELS[c.kind]} ${c.name}`;
/** "phường Hà Đông" (inside a sentence): the one label of places.ts, for communes of the list too. */
export const communeLabel = wardLabel;

/** The communes of one province, or undefined when the province is unknown. */
export function communesOf(places: readonly ProvincePlaces[], province: string): Commune[] | undefined {
  return places.find((p) => p.id === province)?.communes;
}

/** One commune of one province by its slug. */
export function findCommune(places: readonly ProvincePlaces[], province: string, commune: string): Commune | undefined {
  return communesOf(places, province)?.find((c) => c.id === commune);
}

/** A commune as the place list or provinces.json's wards name it. */
export type CommuneName = Pick<Commune, 'id' | 'kind' | 'name'>;

/**
 * The place a resident follows (settings `province` + `ward`, a commune id of the full list). The
 * commune is named from the list when it is at hand, else from the few wards provinces.json
 * describes; unknown ids give nothing rather than a wrong name.
 */
export function followedPlace(provinces: readonly Province[], places: readonly ProvincePlaces[] | undefined, province: string | null, commune: string | null): { province?: Province; commune?: CommuneName } {
  const found = province ? provinces.find((p) => p.id === province) : undefined;
  if (!found || !commune) return { province: found };
  return { province: found, commune: (places && findCommune(places, found.id, commune)) || found.wards.find((w) => w.id === commune) };
}

/** "phường Hà Đông, Hà Nội", or the province's name alone. */
export const placeName = (province: Province, commune?: CommuneName): string => (commune ? `${communeLabel(commune)}, ${province.name}` : province.name);

/** A province's communes by unit type (phường, xã, đặc khu), each group by name as a Vietnamese reader sorts. */
export function groupCommunes(communes: readonly Commune[]): { kind: CommuneKind; title: string; communes: Commune[] }[] {
  return KIND_ORDER.map((kind) => ({
    kind,
    title: COMMUNE_KIND_LABELS[kind],
    communes: communes.filter((c) => c.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  })).filter((g) => g.communes.length > 0);
}

/** A pre-2025 name that now (wholly or partly) belongs to this commune. */
export interface OldName {
  name: string;
  /** Only part of the old unit went to this commune. */
  partly: boolean;
}

/**
 * Old names of a commune as provinces.json maps them (`oldName` aliases only, never other spellings):
 * an old unit that became several wards names each ("quận Hà Đông" → phường Hà Đông …, and partly
 * phường Chương Mỹ), and a ward's own old names.
 */
export function communeOldNames(province: Province, commune: string): OldName[] {
  const units = province.aliases.filter((a) => a.kind === 'oldName' && (a.wards?.includes(commune) || a.partly?.includes(commune)));
  const own = province.wards.find((w) => w.id === commune)?.aliases.filter((a) => a.kind === 'oldName') ?? [];
  return [...units.map((a) => ({ name: a.name, partly: !a.wards?.includes(commune) })), ...own.map((a) => ({ name: a.name, partly: false }))];
}

/** The pre-2025 provinces merged into this one (not its other spellings, not its old districts): "Bắc Giang" for Bắc Ninh. */
export function provinceOldNames(province: Province): string[] {
  return province.aliases.filter((a) => a.kind === 'oldName' && !a.wards && !a.partly).map((a) => a.name);
}

/** Models located in the commune (directly, or through the old unit it took in) first, then the rest of its province. */
export function splitModels(models: readonly Model[], province: Province, commune: string | null): { here: Model[]; province: Model[] } {
  const byName = (a: Model, b: Model) => a.name.localeCompare(b.name, 'vi');
  const isHere = (m: Model) => commune !== null && modelWardIds(m, province).includes(commune);
  return {
    here: models.filter(isHere).sort(byName),
    province: models.filter((m) => !isHere(m)).sort(byName),
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
/** A typed prefix that names a province or a pre-2025 district: not a commune name then. */
const NOT_COMMUNE = /^(?:tinh|thanh pho|tp|quan|huyen|thi xa|thi tran)\s+/;

/**
 * What a typed name means, best first: an old name (a province that joined another, "Bắc Giang" →
 * Bắc Ninh; a district now several wards, "quận Hà Đông" → each of them), a province, then communes
 * whose name is exactly the text (diacritics optional: "van lang" → Văn Lang and Văn Lăng), then
 * communes whose name starts with it. At most `limit` answers, each place once.
 */
export function findPlaces(text: string, provinces: readonly Province[], places: readonly ProvincePlaces[], limit = 30): PlaceHit[] {
  const key = placeKey(text);
  if (key.length < 2) return [];
  const bare = key.replace(ADMIN_PREFIX, '');
  const hits: PlaceHit[] = [];
  for (const m of resolvePlace(text, provinces)) {
    if (m.ward && m.old) {
      const commune = findCommune(places, m.province.id, m.ward.id);
      const partly = oldUnit(m.province, m.matched)?.partly?.includes(m.ward.id) ?? false;
      if (commune) hits.push({ province: m.province, commune, oldName: m.matched, partly });
    } else if (!m.ward && (m.old || [key, bare].includes(placeKey(m.province.name)))) {
      hits.push({ province: m.province, oldName: m.old ? m.matched : undefined });
    }
  }
  if (!NOT_COMMUNE.test(key)) {
    const named = (match: (k: string) => boolean) => {
      for (const p of places) {
        const province = provinces.find((x) => x.id === p.id);
        if (province) for (const c of p.communes) if (match(placeKey(c.name))) hits.push({ province, commune: c });
      }
    };
    named((k) => k === bare);
    if (bare.length >= 3) named((k) => k !== bare && k.startsWith(bare));
  }
  const seen = new Set<string>();
  return hits
    .filter((h) => {
      const id = `${h.province.id}/${h.commune?.id ?? ''}`;
      if (seen.has(id)) return false;
      seen.add(id);
      return true;
    })
    .slice(0, limit);
}
