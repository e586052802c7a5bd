// Old and new place names: what a resident types must find the post-2025 locality.
import { describe, expect, it } from 'vitest';
import { findLocality, placeKey, provinceName, resolvePlace, sourceNameDiffers, wardLabel } from '../../src/routes/places.ts';
import { provinces } from './routes-fixture.ts';

const ids = (text: string) => resolvePlace(text, provinces).map((m) => `${m.province.id}/${m.ward?.id ?? ''}${m.old ? ' (old)' : ''}`);

describe('resolvePlace', () => {
  it('resolves an old province name to the province that absorbed it', () => {
    expect(ids('tỉnh Bắc Giang')).toEqual(['bac-ninh/ (old)', 'bac-ninh/bac-giang']);
    expect(ids('Bình Dương')).toEqual(['ho-chi-minh/ (old)']);
  });

  it('prefers the exact name when one exists: "Bắc Giang" is both an old province and a new ward', () => {
    expect(ids('Bắc Giang')).toEqual(['bac-ninh/ (old)', 'bac-ninh/bac-giang']);
  });

  it('resolves an old district to every ward it became, never to one', () => {
    expect(ids('quận Hà Đông')).toEqual(['ha-noi/ha-dong (old)', 'ha-noi/duong-noi (old)', 'ha-noi/chuong-my (old)']);
    // Without "quận" it is the current ward of that name.
    expect(ids('Hà Đông')).toEqual(['ha-noi/ha-dong']);
  });

  it('finds the current name typed without diacritics, in any case, with decomposed input', () => {
    expect(ids('ha dong')).toEqual(['ha-noi/ha-dong']);
    expect(ids('HÀ ĐÔNG')).toEqual(['ha-noi/ha-dong']);
    expect(ids('Ha\u0300 \u0110o\u0302ng')).toEqual(['ha-noi/ha-dong']);
    expect(ids('phường Dương Nội')).toEqual(['ha-noi/duong-noi']);
  });

  it('understands "TP." and short forms', () => {
    expect(ids('TP. Hồ Chí Minh')).toEqual(['ho-chi-minh/']);
    // A spelling of the current name is not an old name.
    expect(ids('tp hcm')).toEqual(['ho-chi-minh/']);
    expect(ids('Hồ Chí Minh')).toEqual(['ho-chi-minh/']);
    expect(ids('Bà Rịa - Vũng Tàu')).toEqual(['ho-chi-minh/ (old)']);
  });

  it('falls back to names containing what was typed', () => {
    expect(ids('Nguyên')).toEqual(['thai-nguyen/']);
  });

  it('returns nothing for nonsense, one letter or markup', () => {
    expect(ids('x')).toEqual([]);
    expect(ids('Atlantis')).toEqual([]);
    expect(ids('<script>alert(1)</script>')).toEqual([]);
  });
});

describe('place helpers', () => {
  it('folds names to comparable keys', () => {
    expect(placeKey('TP.Hà Nội')).toBe('tp ha noi');
    expect(placeKey('  Đắk   Lắk ')).toBe('dak lak');
  });

  it('finds a province and one of its wards, never a ward of another province', () => {
    expect(findLocality(provinces, 'ha-noi', 'ha-dong').ward?.name).toBe('Hà Đông');
    expect(findLocality(provinces, 'bac-ninh', 'ha-dong')).toEqual({ province: provinces[1], ward: undefined });
    expect(findLocality(provinces, 'khong-co')).toEqual({ province: undefined, ward: undefined });
  });

  it('names places the way they are written', () => {
    expect(wardLabel(provinces[0]!.wards[0]!)).toBe('phường Hà Đông');
    expect(provinceName(provinces, null)).toBe('Cả nước');
    expect(provinceName(provinces, 'cao-bang')).toBe('Cao Bằng');
  });

  it('shows the source name only when it says more than the current one', () => {
    expect(sourceNameDiffers('TP.Hà Nội', 'Hà Nội')).toBe(false);
    expect(sourceNameDiffers('quận Hà Đông', 'Hà Nội')).toBe(true);
    expect(sourceNameDiffers('quận Hà Đông', 'Hà Đông')).toBe(true);
    expect(sourceNameDiffers('Bắc Giang', 'Bắc Ninh')).toBe(true);
    expect(sourceNameDiffers('Cao Bằng', 'Cao Bằng')).toBe(false);
    expect(sourceNameDiffers(undefined, 'Hà Nội')).toBe(false);
  });
});
