// The models list: its URL (validated against the provinces content) and its filters.
import { describe, expect, it } from 'vitest';
import { filterModels, modelsHref, parseModelsQuery, provincesByCount } from '../../src/routes/models-query.ts';
import { fixtureStore, models, provinces } from './routes-fixture.ts';

describe('parseModelsQuery', () => {
  it('reads province, ward, kind, status and a typed place', () => {
    const q = parseModelsQuery({ tinh: 'ha-noi', phuong: 'ha-dong', loai: 'tuyen-truyen', 'trang-thai': 'ke-hoach', noi: '  quận Hà Đông ' }, provinces);
    expect([q.province?.id, q.ward?.id, q.kind, q.status, q.place]).toEqual(['ha-noi', 'ha-dong', 'tuyen-truyen', 'ke-hoach', 'quận Hà Đông']);
  });

  it('ignores unknown ids, a ward of another province, malformed values and markup', () => {
    expect(parseModelsQuery({ tinh: 'atlantis' }, provinces).province).toBeUndefined();
    expect(parseModelsQuery({ tinh: 'bac-ninh', phuong: 'ha-dong' }, provinces)).toMatchObject({ ward: undefined });
    expect(parseModelsQuery({ tinh: 'Ha-Noi' }, provinces).province).toBeUndefined();
    expect(parseModelsQuery({ loai: 'hack', 'trang-thai': '<b>' }, provinces)).toMatchObject({ kind: undefined, status: undefined });
    expect(parseModelsQuery({ noi: '   ' }, provinces).place).toBeUndefined();
    expect(parseModelsQuery({ noi: 'x'.repeat(81) }, provinces).place).toBeUndefined();
  });
});

describe('models list', () => {
  it('builds links with the ward only under its province', () => {
    expect(modelsHref({ province: 'ha-noi', ward: 'ha-dong', kind: 'tuyen-truyen' })).toBe('/mo-hinh/?tinh=ha-noi&phuong=ha-dong&loai=tuyen-truyen');
    expect(modelsHref({ ward: 'ha-dong' })).toBe('/mo-hinh/');
    expect(modelsHref({ province: 'bac-ninh', place: 'Bắc Giang' })).toBe('/mo-hinh/?tinh=bac-ninh&noi=B%E1%BA%AFc+Giang');
  });

  it('filters a province’s models by ward, kind and status, sorted by name', () => {
    const haNoi = models.filter((m) => m.locality.province === 'ha-noi');
    const [haNoiProvince] = provinces;
    const all = { province: haNoiProvince, ward: undefined, kind: undefined, status: undefined };
    expect(filterModels(haNoi, all).map((m) => m.id)).toEqual(['cong-an-phuong-dien-hinh-kieu-mau-ha-noi', 'diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023']);
    expect(filterModels(haNoi, { ...all, kind: 'cong-an-kieu-mau', status: 'dang-hoat-dong' })).toHaveLength(1);
    expect(filterModels(haNoi, { ...all, status: 'da-to-chuc' })).toEqual([]);
  });

  it('shows an old district’s model in every ward it became, whole or in part, and in no other', () => {
    const [haNoiProvince] = provinces;
    const inWard = (id: string) =>
      filterModels(models, { province: haNoiProvince, ward: haNoiProvince!.wards.find((w) => w.id === id), kind: undefined, status: undefined }).map((m) => m.id);
    for (const ward of ['ha-dong', 'duong-noi', 'chuong-my']) expect(inWard(ward)).toEqual(['diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023']);
    expect(inWard('tay-mo')).toEqual([]);
  });

  it('ranks provinces by their number of listings', () => {
    const ranked = provincesByCount(provinces, fixtureStore().modelCounts);
    expect(ranked.slice(0, 2).map((r) => [r.province.id, r.count])).toEqual([
      ['ha-noi', 2],
      ['cao-bang', 1],
    ]);
    expect(ranked.at(-1)?.count).toBe(0);
  });
});
