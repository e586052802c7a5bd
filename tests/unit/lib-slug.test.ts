import { describe, it, expect } from 'vitest';
import { Slug } from '../../src/content/schema.ts';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it('writes Vietnamese without diacritics, words joined by single dashes', () => {
    expect(slugify('Tháng hành động phòng, chống ma túy')).toBe('thang-hanh-dong-phong-chong-ma-tuy');
    expect(slugify('Đắk Lắk')).toBe('dak-lak');
    expect(slugify('Bà Rịa – Vũng Tàu')).toBe('ba-ria-vung-tau');
    expect(slugify('  Ngày hội 19/8 (2025)!  ')).toBe('ngay-hoi-19-8-2025');
    expect(slugify('Phường Hòa'.normalize('NFD'))).toBe('phuong-hoa');
    expect(slugify('HIV/AIDS')).toBe('hiv-aids');
  });

  it('always produces what the content schema accepts as a Slug, or nothing', () => {
    for (const text of ['Thừa Thiên Huế', '--Xã  Đông---Anh--', 'Công an "kiểu mẫu"', 'Ấp 1.101', 'đ', 'A']) {
      const slug = slugify(text);
      expect(Slug.safeParse(slug).success, `${text} → ${slug}`).toBe(true);
    }
    expect(slugify('— !? —')).toBe('');
    expect(slugify('北京')).toBe('');
  });
});
