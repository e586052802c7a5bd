import type { Report, SeedEntries } from './collections.ts';
import { shown } from './content-error.ts';
import type { Known } from './cross-check.ts';

/**
 * The generated list of communes (places.json) agrees with the hand-written provinces.json: one entry
 * per province, ids and official codes unique, and every ward that provinces.json describes (old
 * names, notes) is a commune of the list with the same name and unit type. A province's own unit type
 * (thành phố / tỉnh) is the list's: the hand-written file cannot call a city a tỉnh.
 */
export function checkPlaces(entries: SeedEntries, known: Known, report: Report): void {
  // Ids from the raw files, so one broken entry does not make its counterpart fail too.
  const provinces = known.ids.provinces;
  const listed = new Map(entries.places.map((e) => [e.value.id, e]));
  const codes = new Map<string, string>();
  for (const { label, value: p } of entries.places) {
    if (!provinces.has(p.id)) report('places.json', label, 'id', `unknown province ${shown(p.id)} (not in provinces.json)`);
    const ids = new Map<string, number>();
    p.communes.forEach((c, i) => {
      const first = ids.get(c.id);
      if (first !== undefined) report('places.json', label, `communes.${i}.id`, `duplicate commune id ${shown(c.id)} (also communes.${first})`);
      else ids.set(c.id, i);
      const other = codes.get(c.code);
      if (other !== undefined) report('places.json', label, `communes.${i}.code`, `official code ${c.code} is also ${other}`);
      else codes.set(c.code, `${p.id}/${c.id}`);
    });
  }
  for (const { label, value: p } of entries.provinces) {
    const place = listed.get(p.id);
    if (!known.ids.places.has(p.id)) report('provinces.json', label, 'id', 'no entry in places.json (run npm run places)');
    if (!place) continue;
    if (place.value.kind !== p.kind) {
      report('provinces.json', label, 'kind', `${shown(p.kind)} differs from places.json (F-DVHC-LIST): ${shown(place.value.kind)}`);
    }
    p.wards.forEach((w, i) => {
      const commune = place.value.communes.find((c) => c.id === w.id);
      if (!commune) report('provinces.json', label, `wards.${i}.id`, `${shown(w.id)} is not a commune of ${p.id} in places.json`);
      else if (commune.name !== w.name || commune.kind !== w.kind) {
        report('provinces.json', label, `wards.${i}`, `${w.kind} ${shown(w.name)} differs from places.json: ${commune.kind} ${shown(commune.name)}`);
      }
    });
  }
}
