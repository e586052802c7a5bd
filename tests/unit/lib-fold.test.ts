import { describe, it, expect } from 'vitest';
import { fold, tokenize } from '../../src/lib/fold.ts';

describe('fold', () => {
  it('makes every spelling of Hòa meet at "hoa"', () => {
    const spellings = [
      'Hòa', // precomposed ò (NFC, new-style tone placement)
      'Ho\u00e0', // "Hoà": old-style tone placement on the a
      'hoa',
      'Ho\u0300a', // decomposed: o + combining grave, as some keyboards send it
      'HÒA',
      'HO\u0300A',
    ];
    expect(spellings[3]).not.toBe(spellings[0]); // the decomposed form really is different input
    for (const s of spellings) expect(fold(s), JSON.stringify(s)).toBe('hoa');
  });

  it('maps đ and Đ, which Unicode does not decompose, to d', () => {
    expect(fold('Đắk Lắk')).toBe('dak lak');
    expect(fold('ĐỒNG ĐĂNG')).toBe('dong dang');
    expect(fold('đường dây nóng')).toBe('duong day nong');
  });

  it('strips stacked marks and leaves the rest of the text alone', () => {
    expect(fold('Nguyễn Thị Ánh')).toBe('nguyen thi anh');
    expect(fold('Thừa Thiên Huế')).toBe('thua thien hue');
    expect(fold('Tuyên truyền, 1.101 vụ; 26/6!')).toBe('tuyen truyen, 1.101 vu; 26/6!');
    expect(fold('')).toBe('');
  });

  it('gives the same result for NFC and NFD forms of a whole sentence', () => {
    const sentence = 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc 19/8 — Phường Bến Thành';
    expect(fold(sentence.normalize('NFD'))).toBe(fold(sentence.normalize('NFC')));
    expect(fold(sentence)).toBe('ngay hoi toan dan bao ve an ninh to quoc 19/8 — phuong ben thanh');
  });
});

describe('tokenize', () => {
  it('splits on anything that is not a letter or digit', () => {
    const tokens = ['phong', 'chong', 'ma', 'tuy', 'pcmt', 'tp', 'hcm'];
    expect(tokenize('Phòng, chống ma túy (PCMT) — tp.HCM')).toEqual(tokens);
    expect(tokenize('Đắk\u00a0Lắk\n\tKrông Pắc')).toEqual(['dak', 'lak', 'krong', 'pac']);
  });

  it('keeps digits and joins separators inside a number', () => {
    expect(tokenize('1.101 vụ, tăng 2,5% so với 2024')).toEqual(['1101', 'vu', 'tang', '25', 'so', 'voi', '2024']);
    expect(tokenize('1.250.000 đồng')).toEqual(['1250000', 'dong']);
    expect(tokenize('1101')).toEqual(tokenize('1.101'));
  });

  it('does not join numbers across other punctuation or spaces', () => {
    expect(tokenize('26/6/2026')).toEqual(['26', '6', '2026']);
    expect(tokenize('năm 2025. 300 vụ')).toEqual(['nam', '2025', '300', 'vu']);
    expect(tokenize('0-113')).toEqual(['0', '113']);
  });

  it('returns nothing for text without letters or digits', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' — , . ')).toEqual([]);
  });
});
