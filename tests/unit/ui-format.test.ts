// Vietnamese formatting: dates with their precision, numbers, figures, counts, bytes.
import { describe, expect, it } from 'vitest';
import { figureParts, figureSentence } from '../../src/ui/figure-format.ts';
import { comparePartialDateDesc, daysLeftText, daysUntilText, formatNumber, formatPartialDate } from '../../src/ui/format.ts';
import { formatBytes, formatVnDateTime } from '../../src/ui/storage-format.ts';

describe('format', () => {
  it('writes a date with the precision the source gives', () => {
    expect(formatPartialDate('2022-01-21')).toBe('21/1/2022');
    expect(formatPartialDate('2023-03')).toBe('tháng 3/2023');
    expect(formatPartialDate('2018')).toBe('năm 2018');
  });

  it('sorts mixed precisions newest first', () => {
    expect(['2018', '2023-03', '2023-07-21', '2022'].sort(comparePartialDateDesc)).toEqual(['2023-07-21', '2023-03', '2022', '2018']);
  });

  it('uses Vietnamese separators', () => {
    expect(formatNumber(1101)).toBe('1.101');
    expect(formatNumber(443000)).toBe('443.000');
    expect(formatNumber(9.25)).toBe('9,25');
  });

  it('writes finite numbers under 10^12 exactly as Intl.NumberFormat vi-VN (max. 2 decimals) does, rounding included', () => {
    const intl = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    const edges = [0, -0, 1, -1, 0.5, 1.005, 2.675, 0.125, 1.995, 9.999, -3.5, -0.001, 0.004, 0.005, 999.995, 1234, 12345.678,
      1e6, 123456789.123, 123456789.125, 999999999999.995, 5e-7, -5e-7, NaN];
    // A seeded generator: the same numbers every run, every magnitude from 1e-4 to 1e12, 0–4 decimals.
    let seed = 1;
    const next = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const random = Array.from({ length: 20_000 }, () => {
      const x = next() * 10 ** Math.floor(next() * 16 - 4);
      const rounded = Math.round(x * 10 ** Math.floor(next() * 5)) / 10 ** Math.floor(next() * 5);
      return next() < 0.1 ? -rounded : next() < 0.5 ? rounded : x;
    });
    for (const n of [...edges, ...random.filter((n) => Math.abs(n) < 1e12)]) expect(formatNumber(n), String(n)).toBe(intl.format(n));
  });

  it('does not repeat the unit when the label starts with it, and keeps "hơn"', () => {
    expect(figureParts({ value: 23, qualifier: 'exact', unit: 'đối tượng', label: 'đối tượng bị bắt' })).toEqual({ prefix: '', number: '23', text: 'đối tượng bị bắt' });
    expect(figureParts({ value: 64, qualifier: 'exact', unit: 'khẩu', label: 'súng bị thu giữ' }).text).toBe('khẩu súng bị thu giữ');
    expect(figureParts({ value: 9.25, qualifier: 'exact', unit: '%', label: 'mức giảm' })).toEqual({ prefix: '', number: '9,25%', text: 'mức giảm' });
    expect(figureSentence({ value: 1000, qualifier: 'over', unit: 'người', label: 'người đi cai nghiện' })).toBe('hơn 1.000 người đi cai nghiện');
    // Unit compared folded: "Người" / "nguoi" spellings meet.
    expect(figureParts({ value: 2, qualifier: 'exact', unit: 'Vụ', label: 'vụ án' }).text).toBe('vụ án');
  });

  it('counts days in words', () => {
    expect(daysUntilText(1)).toBe('ngày mai');
    expect(daysUntilText(9)).toBe('còn 9 ngày');
    expect(daysUntilText(1200)).toBe('còn 1.200 ngày');
    expect(daysLeftText(0)).toBe('hôm nay là ngày cuối');
    expect(daysLeftText(18)).toBe('còn 18 ngày nữa');
  });

  it('writes storage sizes', () => {
    expect(formatBytes(300)).toBe('1 KB');
    expect(formatBytes(850 * 1024)).toBe('850 KB');
    expect(formatBytes(1.25 * 1024 * 1024)).toBe('1,3 MB');
  });

  it('writes an instant in Vietnam time, whatever the machine’s zone', () => {
    expect(formatVnDateTime('2026-11-22T18:05:00Z')).toBe('01:05, 23/11/2026');
    expect(formatVnDateTime('not a date')).toBe('');
  });
});
