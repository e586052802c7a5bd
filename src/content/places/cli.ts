// `npm run places [-- <units.json>]`: regenerates seeds/places.json from the official list of
// administrative units (F-DVHC-LIST, default ../shared/data/vn-units/units.json). The build reads
// only seeds/places.json; run this when the list changes and commit the result.
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { placesFromUnits, placesJson } from './from-units.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const input = resolve(process.argv[2] ?? resolve(ROOT, '../shared/data/vn-units/units.json'));
const output = resolve(ROOT, 'seeds/places.json');

const places = placesFromUnits(JSON.parse(await readFile(input, 'utf8')));
await writeFile(output, placesJson(places));
const kinds: Record<string, number> = {};
for (const p of places) for (const c of p.communes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
const renamed = places.flatMap((p) => p.communes.filter((c) => /-\d{5}$/.test(c.id)).map((c) => `${p.id}/${c.id}`));
console.log(`${output}: ${places.length} provinces, ${Object.values(kinds).reduce((a, b) => a + b, 0)} communes`, kinds);
// provinces.json is written by hand: say where its unit type now differs (the build fails until it agrees).
const written: { id: string; kind: string }[] = JSON.parse(await readFile(resolve(ROOT, 'seeds/provinces.json'), 'utf8'));
for (const p of places) {
  const kind = written.find((w) => w.id === p.id)?.kind;
  if (kind !== p.kind) console.log(`seeds/provinces.json › ${p.id} › kind: ${JSON.stringify(kind)}, the list says ${JSON.stringify(p.kind)}: update it (cite F-DVHC-LIST)`);
}
console.log(`slugs with the official code (names that fold alike): ${renamed.join(', ')}`);
