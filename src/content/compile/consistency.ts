import type { CollectionName, Report, SeedEntries } from './collections.ts';
import { COLLECTION_NAMES } from './collections.ts';
import { checkModelOldName } from './check-aliases.ts';
import { checkModelMentioned } from './check-model-status.ts';
import { shown } from './content-error.ts';
import type { Known } from './cross-check.ts';
import { checkPlaces } from './check-places.ts';

const idOf = (raw: unknown): unknown => (raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined);

/** The raw `id` strings of a seed file, in order, with their entry index. */
function rawIds(data: unknown): { id: string; index: number }[] {
  if (!Array.isArray(data)) return [];
  return data.flatMap((raw: unknown, index) => {
    const id = idOf(raw);
    return typeof id === 'string' && id !== '' ? [{ id, index }] : [];
  });
}

/** What the cross-reference checks may look up, taken from the raw files (see `Known`). */
export function knownFrom(collections: Partial<Record<CollectionName, unknown>>, seeds: Known['seeds']): Known {
  const ids = Object.fromEntries(COLLECTION_NAMES.map((name) => [name, new Set(rawIds(collections[name]).map((r) => r.id))]));
  const wards = new Map<string, Set<string>>();
  const provinces: unknown[] = Array.isArray(collections.provinces) ? collections.provinces : [];
  for (const raw of provinces) {
    const id = idOf(raw);
    const list = (raw as { wards?: unknown } | null)?.wards;
    if (typeof id === 'string' && Array.isArray(list)) wards.set(id, new Set(rawIds(list).map((w) => w.id)));
  }
  // Every commune of the official list is a place a model may be located in.
  const places: unknown[] = Array.isArray(collections.places) ? collections.places : [];
  for (const raw of places) {
    const id = idOf(raw);
    const list = (raw as { communes?: unknown } | null)?.communes;
    if (typeof id !== 'string' || !Array.isArray(list)) continue;
    const known = wards.get(id) ?? new Set<string>();
    for (const c of rawIds(list)) known.add(c.id);
    wards.set(id, known);
  }
  return { seeds, ids: ids as unknown as Known['ids'], wards };
}

/** Ids are unique within each seed file (they are the URL slugs). */
export function checkDuplicateIds(collections: Partial<Record<CollectionName, unknown>>, report: Report): void {
  for (const name of COLLECTION_NAMES) {
    const first = new Map<string, number>();
    for (const { id, index } of rawIds(collections[name])) {
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, index);
      else report(`${name}.json`, id, 'id', `duplicate id (entry #${index} repeats entry #${earlier})`);
    }
  }
}

/** A figure sits in its article's province; a chart group stays within one article. */
function checkFigures(entries: SeedEntries, report: Report): void {
  const articleProvince = new Map(entries.articles.map(({ value }) => [value.id, value.province]));
  const groupArticle = new Map<string, string | undefined>();
  for (const { label, value: f } of entries.figures) {
    const expected = f.article === undefined ? undefined : articleProvince.get(f.article);
    if (expected !== undefined && f.province !== expected) {
      report('figures.json', label, 'province', `${shown(f.province)} differs from its article's province ${shown(expected)}`);
    }
    if (f.group === undefined) continue;
    if (!groupArticle.has(f.group)) groupArticle.set(f.group, f.article);
    else if (groupArticle.get(f.group) !== f.article) report('figures.json', label, 'group', `group ${shown(f.group)} already belongs to another article`);
  }
}

/** An old place name resolves to one province only. */
function checkAliases(entries: SeedEntries, report: Report): void {
  const owner = new Map<string, string>();
  for (const { label, value: p } of entries.provinces) {
    p.aliases.forEach(({ name }, i) => {
      const key = name.toLocaleLowerCase('vi');
      const other = owner.get(key);
      if (other !== undefined && other !== p.id) report('provinces.json', label, `aliases.${i}.name`, `${shown(name)} is also an alias of ${other}`);
      else owner.set(key, p.id);
    });
  }
}

/** A hotline number is listed once. */
function checkHotlineNumbers(entries: SeedEntries, report: Report): void {
  const owner = new Map<string, string>();
  for (const { label, value: h } of entries.hotlines) {
    const other = owner.get(h.number);
    if (other !== undefined) report('hotlines.json', label, 'number', `${h.number} is already listed as ${other}`);
    else owner.set(h.number, h.id);
  }
}

/** Agreements between entries; `articleSeeds` are the raw `seed` fields, so one broken article does not also report its seed as uncovered. */
export function checkConsistency(entries: SeedEntries, known: Known, articleSeeds: readonly unknown[], report: Report): void {
  checkFigures(entries, report);
  checkPlaces(entries, known, report);
  checkAliases(entries, report);
  const provinces = new Map(entries.provinces.map(({ value }) => [value.id, value]));
  const articleDateBySeed = new Map(entries.articles.map(({ value }) => [value.seed, value.date]));
  for (const { label, value: m } of entries.models) {
    const say = (path: string, what: string) => report('models.json', label, path, what);
    checkModelOldName(m, provinces.get(m.locality.province), say);
    checkModelMentioned(m, articleDateBySeed, say);
  }
  checkHotlineNumbers(entries, report);
  const covered = new Set(articleSeeds);
  for (const seed of known.seeds.keys()) if (!covered.has(seed)) report('articles.json', null, '', `no article for the seed ${seed}`);
}
