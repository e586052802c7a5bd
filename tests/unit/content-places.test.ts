// The list of every commune: the generator's slug rules (synthetic lists and the real data set), the
// committed seeds/places.json (counts per unit type, the collisions the data README lists), and the
// content checks that tie it to provinces.json. The generator reads ../shared only when it is there.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { communeSlugs, placesFromUnits, placesJson } from '../../src/content/places/from-units.ts';
import { problemsAfter, SEEDS_DIR, seedInput } from './content-fixtures.ts';

const compiled = compileContent(seedInput);
const places = compiled.places;
const commune = (province: string, id: string) => places.find((p) => p.id === province)?.communes.find((c) => c.id === id);
const UNITS = resolve(import.meta.dirname, '../../../shared/data/vn-units/units.json');

const unit = (Code: string, Name: string, kind = 'Xã', ProvinceCode = '01') => ({ Code, Name, AdministrativeUnitShortName: kind, ProvinceCode });

describe('commune slugs', () => {
  it('are the folded name when no other commune of the province folds alike', () => {
    const slugs = communeSlugs([
      { code: '00001', name: 'Hà Đông' },
      { code: '00002', name: 'Hà Giang 1' },
    ]);
    expect([...slugs.values()]).toEqual(['ha-dong', 'ha-giang-1']);
  });

  it('give every one of two names that fold alike the official code, whatever their order', () => {
    const a = communeSlugs([
      { code: '02143', name: 'Văn Lang' },
      { code: '05665', name: 'Văn Lăng' },
    ]);
    const b = communeSlugs([
      { code: '05665', name: 'Văn Lăng' },
      { code: '02143', name: 'Văn Lang' },
    ]);
    expect(a.get('02143')).toBe('van-lang-02143');
    expect(a.get('05665')).toBe('van-lang-05665');
    expect(b).toEqual(a);
  });

  it('keep a name unique in one province plain even where another province has it too', () => {
    const list = placesFromUnits([
      { Code: '01', Name: 'Hà Nội', AdministrativeUnitShortName: 'Thành phố', Wards: [unit('00001', 'Tân Thành')] },
      { Code: '02', Name: 'Tây Ninh', AdministrativeUnitShortName: 'Tỉnh', Wards: [unit('00002', 'Tân Thành', 'Xã', '02'), unit('00003', 'Tân Thạnh', 'Xã', '02')] },
    ]);
    expect(list.map((p) => p.communes.map((c) => c.id))).toEqual([['tan-thanh'], ['tan-thanh-00002', 'tan-thanh-00003']]);
  });

  it('reject an unknown unit type, a ward filed under the wrong province and a repeated code', () => {
    const province = (wards: unknown[]) => [{ Code: '01', Name: 'Hà Nội', AdministrativeUnitShortName: 'Thành phố', Wards: wards }];
    expect(() => placesFromUnits(province([unit('00001', 'A', 'Huyện')]))).toThrow(/00001 "A": unknown unit type "Huyện"/);
    expect(() => placesFromUnits(province([unit('00001', 'A', 'Xã', '02')]))).toThrow(/ProvinceCode 02 but listed under 01/);
    expect(() => placesFromUnits(province([unit('00001', 'A'), unit('00001', 'B')]))).toThrow(/00001 "B": code listed twice/);
    expect(() => placesFromUnits({})).toThrow(/expected an array/);
    expect(() => placesFromUnits([{ Code: '01', Name: 'Hà Nội', AdministrativeUnitShortName: 'Thủ đô', Wards: [unit('00001', 'A')] }])).toThrow(/province 01 "Hà Nội": unknown unit type "Thủ đô"/);
  });

  it('carry each province’s unit type as the list gives it: Thành phố → thanh-pho, Tỉnh → tinh', () => {
    const list = placesFromUnits([
      { Code: '75', Name: 'Đồng Nai', AdministrativeUnitShortName: 'Thành phố', Wards: [unit('26041', 'Biên Hòa', 'Phường', '75')] },
      { Code: '04', Name: 'Cao Bằng', AdministrativeUnitShortName: 'Tỉnh', Wards: [unit('01273', 'Thục Phán', 'Phường', '04')] },
    ]);
    expect(list.map((p) => [p.id, p.kind])).toEqual([['cao-bang', 'tinh'], ['dong-nai', 'thanh-pho']]);
    expect(placesJson(list)).toContain('"name": "Đồng Nai",\n    "kind": "thanh-pho",');
  });
});

describe('seeds/places.json', () => {
  it('holds 34 provinces and 3,321 communes: 2,611 xã, 697 phường, 13 đặc khu (F-DVHC-LIST)', () => {
    expect(places).toHaveLength(34);
    const kinds: Record<string, number> = {};
    for (const p of places) for (const c of p.communes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
    expect(kinds).toEqual({ xa: 2611, phuong: 697, 'dac-khu': 13 });
    expect(places.every((p) => p.sources.some((s) => 'fact' in s && s.fact === 'F-DVHC-LIST'))).toBe(true);
  });

  it('gives the communes whose names fold alike in one province unique slugs with their official code', () => {
    expect(commune('thai-nguyen', 'van-lang-02143')?.name).toBe('Văn Lang');
    expect(commune('thai-nguyen', 'van-lang-05665')?.name).toBe('Văn Lăng');
    expect(commune('hai-phong', 'cam-giang-10888')?.name).toBe('Cẩm Giang');
    expect(commune('hai-phong', 'cam-giang-10903')?.name).toBe('Cẩm Giàng');
    expect(commune('dong-thap', 'my-tho-28261')).toMatchObject({ name: 'Mỹ Tho', kind: 'phuong' });
    expect(commune('dong-thap', 'my-tho-30076')).toMatchObject({ name: 'Mỹ Thọ', kind: 'xa' });
    for (const p of places) expect(new Set(p.communes.map((c) => c.id)).size, p.id).toBe(p.communes.length);
  });

  it('gives every province the unit type of the official list, and provinces.json says the same for all 34', () => {
    const units = JSON.parse(readFileSync(UNITS, 'utf8')) as { Code: string; AdministrativeUnitShortName: string }[];
    const types: Record<string, string> = { 'Thành phố': 'thanh-pho', 'Tỉnh': 'tinh' };
    for (const p of places) expect(p.kind, p.id).toBe(types[units.find((u) => u.Code === p.code)!.AdministrativeUnitShortName]);
    for (const p of compiled.national.provinces) expect(p.kind, p.id).toBe(places.find((x) => x.id === p.id)!.kind);
    // The 2026 list: Đồng Nai is a thành phố (a tỉnh when Nghị quyết 202/2025/QH15 took effect).
    expect(places.filter((p) => p.kind === 'thanh-pho').map((p) => p.id).sort()).toEqual(['can-tho', 'da-nang', 'dong-nai', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue']);
  });

  it('keeps the ids provinces.json and older links use (the six Hà Nội wards of F-HADONG)', () => {
    for (const id of ['ha-dong', 'duong-noi', 'yen-nghia', 'phu-luong', 'kien-hung', 'chuong-my']) expect(commune('ha-noi', id)?.kind, id).toBe('phuong');
  });

  it('is exactly what the generator makes of the official list', () => {
    const generated = placesJson(placesFromUnits(JSON.parse(readFileSync(UNITS, 'utf8'))));
    expect(generated).toBe(readFileSync(resolve(SEEDS_DIR, 'places.json'), 'utf8'));
  });
});

describe('content checks on places.json', () => {
  it('name the file, entry and field of a duplicate commune id, a repeated code and an unknown province', () => {
    const problems = problemsAfter((c) => {
      const hanoi = c.places.find((p) => p.id === 'ha-noi')!;
      hanoi.communes.push({ ...hanoi.communes[0], code: '99999' });
      c.places.find((p) => p.id === 'hue')!.communes[0].code = hanoi.communes[1].code;
      c.places.find((p) => p.id === 'ca-mau')!.id = 'bac-lieu';
    });
    expect(problems).toContain('seeds/places.json › ha-noi › communes.126.id: duplicate commune id "ba-dinh" (also communes.0)');
    expect(problems.some((p) => p.startsWith('seeds/places.json › hue › communes.0.code: official code 00008 is also'))).toBe(true);
    expect(problems).toContain('seeds/places.json › bac-lieu › id: unknown province "bac-lieu" (not in provinces.json)');
    expect(problems).toContain('seeds/provinces.json › ca-mau › id: no entry in places.json (run npm run places)');
  });

  it('require every ward provinces.json describes to be a commune of the list, same name and type', () => {
    const problems = problemsAfter((c) => {
      const wards = c.provinces.find((p) => p.id === 'ha-noi')!.wards;
      wards[0].name = 'Hà Đong';
      wards[1].id = 'khong-co';
    });
    expect(problems).toContain('seeds/provinces.json › ha-noi › wards.0: phuong "Hà Đong" differs from places.json: phuong "Hà Đông"');
    expect(problems).toContain('seeds/provinces.json › ha-noi › wards.1.id: "khong-co" is not a commune of ha-noi in places.json');
  });

  it('fail the build naming file, entry and field when provinces.json and places.json give a province different unit types', () => {
    expect(problemsAfter((c) => (c.provinces.find((p) => p.id === 'dong-nai')!.kind = 'tinh'))).toEqual([
      'seeds/provinces.json › dong-nai › kind: "tinh" differs from places.json (F-DVHC-LIST): "thanh-pho"',
    ]);
    expect(problemsAfter((c) => (c.places.find((p) => p.id === 'cao-bang')!.kind = 'thanh-pho'))).toEqual([
      'seeds/provinces.json › cao-bang › kind: "tinh" differs from places.json (F-DVHC-LIST): "thanh-pho"',
    ]);
    expect(problemsAfter((c) => delete (c.places.find((p) => p.id === 'hue') as { kind?: string }).kind)).toEqual([
      expect.stringMatching(/^seeds\/places\.json › hue › kind: /),
    ]);
  });

  it('let a model sit in any commune of the list, and no other', () => {
    expect(() => compileContent({ ...seedInput, collections: { ...seedInput.collections, models: [] } })).not.toThrow();
    const problems = problemsAfter((c) => (c.models[0]!.locality = { province: 'bac-ninh', ward: 'khong-co' }));
    expect(problems.some((p) => p.endsWith('locality.ward: unknown ward "khong-co" in bac-ninh'))).toBe(true);
  });

  it('emit the list as one content-hashed file named in the manifest, outside the national collections', () => {
    const ref = compiled.manifest.places!;
    expect(ref.url).toMatch(/^\/content\/places\.[0-9a-f]{12}\.json$/);
    expect(JSON.parse(compiled.files.get(ref.url.slice(1))!).items).toHaveLength(34);
    expect(Object.keys(compiled.manifest.national)).not.toContain('places');
  });
});
