// An old unit now split into wards (quận Hà Đông, F-HADONG): its model belongs to every one of them.
import { describe, expect, it } from 'vitest';
import { modelOldUnitPlace, modelWardIds, oldUnit, oldUnitNow } from '../../src/content/old-units.ts';
import { models, provinces } from './routes-fixture.ts';

const [haNoi] = provinces;
const byId = (id: string) => models.find((m) => m.id === id)!;

describe('old units', () => {
  it('finds only an old name that lists wards', () => {
    expect(oldUnit(haNoi!, 'quận Hà Đông')?.kind).toBe('oldName');
    expect(oldUnit(haNoi!, 'TP. Hà Nội')).toBeUndefined();
    expect(oldUnit(haNoi!, undefined)).toBeUndefined();
  });

  it('says what the unit is now, whole wards first, then the ward it went to in part', () => {
    expect(oldUnitNow(haNoi!, oldUnit(haNoi!, 'quận Hà Đông')!)).toBe('các phường Hà Đông, Dương Nội và một phần phường Chương Mỹ');
  });

  it('gives a model of the old unit every ward it became, and a ward model its own ward only', () => {
    expect(modelWardIds(byId('diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023'), haNoi)).toEqual(['ha-dong', 'duong-noi', 'chuong-my']);
    expect(modelOldUnitPlace(byId('diem-mit-tinh-phong-chong-ma-tuy-ha-dong-2023'), haNoi)).toBe('quận Hà Đông (cũ), nay là các phường Hà Đông, Dương Nội và một phần phường Chương Mỹ');
    expect(modelWardIds({ ...byId('cong-an-phuong-dien-hinh-kieu-mau-ha-noi'), locality: { province: 'ha-noi', ward: 'tay-mo' } }, haNoi)).toEqual(['tay-mo']);
    expect(modelWardIds(byId('cong-an-phuong-dien-hinh-kieu-mau-ha-noi'), haNoi)).toEqual([]);
  });
});
