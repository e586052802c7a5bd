// Finding and describing places over the real content: every commune (seeds/places.json) and the old
// names of seeds/provinces.json. The pages themselves are checked in Chromium (tests/browser/places.test.ts).
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { communeOldNames, findPlaces, followedPlace, groupCommunes, placeName, provinceOldNames, splitModels } from '../../src/routes/place-query.ts';
import { seedInput } from './content-fixtures.ts';

const { national, places, models } = compileContent(seedInput);
const province = (id: string) => national.provinces.find((p) => p.id === id)!;
const find = (text: string) => findPlaces(text, national.provinces, places).map((h) => `${h.province.id}/${h.commune?.id ?? ''}${h.oldName ? ` (${h.oldName}${h.partly ? ', một phần' : ''})` : ''}`);

describe('findPlaces', () => {
  it('takes an old province name to the province it joined: "Bắc Giang" → Bắc Ninh (and its phường Bắc Giang)', () => {
    expect(find('Bắc Giang')).toEqual(['bac-ninh/ (Bắc Giang)', 'bac-ninh/bac-giang']);
    expect(find('bac giang')).toEqual(['bac-ninh/ (Bắc Giang)', 'bac-ninh/bac-giang']);
    expect(find('tỉnh Bắc Giang')).toEqual(['bac-ninh/ (Bắc Giang)']);
  });

  it('takes an old district to every ward it became, never to one: "quận Hà Đông"', () => {
    expect(find('quận Hà Đông').sort()).toEqual(
      ['ha-dong', 'duong-noi', 'yen-nghia', 'phu-luong', 'kien-hung'].map((id) => `ha-noi/${id} (quận Hà Đông)`).concat('ha-noi/chuong-my (quận Hà Đông, một phần)').sort(),
    );
  });

  it('finds communes by name with or without diacritics, both of two names that fold alike', () => {
    expect(find('Văn Lăng')).toEqual(expect.arrayContaining(['thai-nguyen/van-lang-02143', 'thai-nguyen/van-lang-05665']));
    // Phường Hà Đông (Hà Nội) and xã Hà Đông (Hải Phòng).
    expect(find('ha dong')).toEqual(['ha-noi/ha-dong', 'hai-phong/ha-dong']);
    expect(find('phường Hà Đông')).toContain('ha-noi/ha-dong');
    expect(find('x')).toEqual([]);
    expect(find('không có nơi này')).toEqual([]);
  });
});

describe('the followed place (settings province + ward)', () => {
  const named = (list: typeof places | undefined, p: string | null, w: string | null) => {
    const f = followedPlace(national.provinces, list, p, w);
    return f.province ? placeName(f.province, f.commune) : null;
  };

  it('names any commune of the list, the same id the place pages follow', () => {
    expect(named(places, 'dong-nai', 'bien-hoa')).toBe('phường Biên Hoà, Đồng Nai');
    expect(named(places, 'thai-nguyen', 'van-lang-05665')).toBe('xã Văn Lăng, Thái Nguyên');
    expect(followedPlace(national.provinces, places, 'thai-nguyen', 'van-lang-05665').commune).toEqual(places.find((p) => p.id === 'thai-nguyen')!.communes.find((c) => c.id === 'van-lang-05665'));
  });

  it('without the list at hand, names the wards provinces.json describes and otherwise the province alone', () => {
    expect(named(undefined, 'ha-noi', 'ha-dong')).toBe('phường Hà Đông, Hà Nội');
    expect(named(undefined, 'dong-nai', 'bien-hoa')).toBe('Đồng Nai');
    expect(named(places, 'dong-nai', null)).toBe('Đồng Nai');
  });

  it('gives nothing for unknown ids rather than a wrong name', () => {
    expect(named(places, 'khong-co', 'ha-dong')).toBeNull();
    expect(named(places, null, 'ha-dong')).toBeNull();
    expect(named(places, 'dong-nai', 'ha-dong')).toBe('Đồng Nai');
  });
});

describe('what a place page says', () => {
  it('names the old units a commune took in, marking a part', () => {
    expect(communeOldNames(province('ha-noi'), 'duong-noi')).toEqual([{ name: 'quận Hà Đông', partly: false }]);
    expect(communeOldNames(province('ha-noi'), 'chuong-my')).toEqual([{ name: 'quận Hà Đông', partly: true }]);
    expect(communeOldNames(province('ha-noi'), 'ba-dinh')).toEqual([]);
  });

  it('names the provinces merged into a province, not its spellings', () => {
    expect(provinceOldNames(province('bac-ninh'))).toEqual(['Bắc Giang']);
    expect(provinceOldNames(province('ha-noi'))).toEqual([]);
  });

  it('puts a model of an old district at every ward it became', () => {
    const hanoi = models.filter((m) => m.locality.province === 'ha-noi');
    const oldDistrict = hanoi.filter((m) => m.locality.oldName === 'quận Hà Đông').map((m) => m.id);
    expect(oldDistrict.length).toBeGreaterThan(0);
    expect(splitModels(hanoi, province('ha-noi'), 'duong-noi').here.map((m) => m.id)).toEqual(oldDistrict);
    expect(splitModels(hanoi, province('ha-noi'), 'ba-dinh').here).toEqual([]);
    expect(splitModels(hanoi, province('ha-noi'), 'ba-dinh').province).toHaveLength(hanoi.length);
  });

  it('groups a province’s communes by unit type, by name', () => {
    const groups = groupCommunes(places.find((p) => p.id === 'ha-noi')!.communes);
    expect(groups.map((g) => [g.kind, g.communes.length])).toEqual([
      ['phuong', 51],
      ['xa', 75],
    ]);
    expect(groups[0]!.communes[0]!.name).toBe('Ba Đình');
  });
});
