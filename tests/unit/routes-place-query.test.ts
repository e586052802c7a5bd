// Finding and describing places over the real content: every commune (seeds/places.json) and the old
// names of seeds/provinces.json. The pages themselves are checked in Chromium (tests/browser/places.test.ts).
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { communeOldNames, findPlaces, groupCommunes, provinceOldNames, splitModels } from '../../src/routes/place-query.ts';
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
