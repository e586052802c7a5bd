// The machine's own time zone is varied in lib-timezones.test.ts; here it is whatever the runner has.
import { describe, it, expect } from 'vitest';
import {
  type Day,
  addDays,
  dayFromYmd,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  formatIsoDay,
  formatVnDate,
  formatVnDateLong,
  formatVnDayMonth,
  formatVnMonth,
  formatVnRange,
  isLeapYear,
  parseIsoDay,
  todayInVietnam,
  weekdayVn,
  ymdOf,
} from '../../src/lib/vn-date.ts';

const iso = (s: string): Day => {
  const day = parseIsoDay(s);
  if (day === undefined) throw new Error(`bad test date ${s}`);
  return day;
};

describe('day numbers', () => {
  it('counts days from 1/1/1970', () => {
    expect(dayFromYmd(1970, 1, 1)).toBe(0);
    expect(dayFromYmd(1970, 1, 2)).toBe(1);
    expect(dayFromYmd(1969, 12, 31)).toBe(-1);
    expect(ymdOf(0 as Day)).toEqual({ y: 1970, m: 1, d: 1 });
  });

  it('agrees with Date.UTC and round-trips for every day from 1800 to 2200', () => {
    const first = Date.UTC(1800, 0, 1) / 86_400_000;
    const last = Date.UTC(2200, 11, 31) / 86_400_000;
    for (let n = first; n <= last; n++) {
      const date = new Date(n * 86_400_000);
      const ymd = { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
      if (dayFromYmd(ymd.y, ymd.m, ymd.d) !== n) throw new Error(`dayFromYmd wrong at ${date.toISOString()}`);
      const back = ymdOf(n as Day);
      if (back.y !== ymd.y || back.m !== ymd.m || back.d !== ymd.d) throw new Error(`ymdOf wrong at ${n}`);
      if (dayOfWeek(n as Day) !== date.getUTCDay()) throw new Error(`dayOfWeek wrong at ${n}`);
    }
  });

  it('knows leap years and month lengths', () => {
    expect([2024, 2028, 2000, 1900, 2100, 2026].map(isLeapYear)).toEqual([true, true, true, false, false, false]);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });
});

describe('todayInVietnam', () => {
  it('turns to the next day at 17:00 UTC, Vietnam midnight', () => {
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-21T16:59:59Z')))).toBe('2026-11-21');
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-21T16:59:59.999Z')))).toBe('2026-11-21');
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-21T17:00:00Z')))).toBe('2026-11-22');
  });

  it('crosses year ends, leap days and 1970 correctly', () => {
    expect(formatIsoDay(todayInVietnam(new Date('2026-12-31T16:59:59Z')))).toBe('2026-12-31');
    expect(formatIsoDay(todayInVietnam(new Date('2026-12-31T17:00:00Z')))).toBe('2027-01-01');
    expect(formatIsoDay(todayInVietnam(new Date('2028-02-28T17:00:00Z')))).toBe('2028-02-29');
    expect(formatIsoDay(todayInVietnam(new Date('1969-12-31T16:59:59Z')))).toBe('1969-12-31');
    expect(formatIsoDay(todayInVietnam(new Date('1969-12-31T17:00:00Z')))).toBe('1970-01-01');
  });

  it('reads an offset written in another zone as the same instant', () => {
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-21T09:30:00-08:00')))).toBe('2026-11-22');
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-22T00:00:00+07:00')))).toBe('2026-11-22');
    expect(formatIsoDay(todayInVietnam(new Date('2026-11-21T23:59:59+07:00')))).toBe('2026-11-21');
  });

  it('defaults to now and rejects an invalid Date', () => {
    const before = todayInVietnam(new Date());
    const today = todayInVietnam();
    expect(today - before).toBeGreaterThanOrEqual(0);
    expect(today - before).toBeLessThanOrEqual(1);
    expect(() => todayInVietnam(new Date('nonsense'))).toThrow(RangeError);
  });
});

describe('ISO dates', () => {
  it('parses strict YYYY-MM-DD only', () => {
    expect(parseIsoDay('2026-06-26')).toBe(dayFromYmd(2026, 6, 26));
    expect(parseIsoDay('2028-02-29')).toBe(dayFromYmd(2028, 2, 29));
    const bad = ['2026-02-29', '2026-6-26', '2026-13-01', '2026-00-10', '2026-04-31', '26/6/2026', '2026-06-26T0', ''];
    for (const s of bad) expect(parseIsoDay(s), s).toBeUndefined();
  });

  it('formats with zero padding and round-trips', () => {
    expect(formatIsoDay(dayFromYmd(2026, 6, 5))).toBe('2026-06-05');
    expect(formatIsoDay(dayFromYmd(987, 1, 1))).toBe('0987-01-01');
    for (const s of ['2026-01-01', '2026-12-31', '2028-02-29', '1975-04-30']) expect(formatIsoDay(iso(s))).toBe(s);
  });
});

describe('Vietnamese formatting', () => {
  it('writes dates without leading zeros', () => {
    expect(formatVnDate(iso('2026-06-26'))).toBe('26/6/2026');
    expect(formatVnDayMonth(iso('2026-06-05'))).toBe('5/6');
    expect(formatVnMonth(iso('2026-06-26'))).toBe('tháng 6/2026');
  });

  it('names weekdays, Sunday as Chủ nhật', () => {
    expect(formatVnDateLong(iso('2026-06-26'))).toBe('thứ Sáu, 26/6/2026');
    expect(formatVnDateLong(iso('2026-06-28'))).toBe('Chủ nhật, 28/6/2026');
    expect([22, 23, 24, 25, 26, 27, 28].map((d) => weekdayVn(dayFromYmd(2026, 6, d)))).toEqual([
      'thứ Hai',
      'thứ Ba',
      'thứ Tư',
      'thứ Năm',
      'thứ Sáu',
      'thứ Bảy',
      'Chủ nhật',
    ]);
  });

  it('writes ranges with the year once when it is shared', () => {
    expect(formatVnRange(iso('2026-11-10'), iso('2026-12-10'))).toBe('10/11–10/12/2026');
    expect(formatVnRange(iso('2026-12-15'), iso('2027-01-15'))).toBe('15/12/2026–15/1/2027');
    expect(formatVnRange(iso('2026-06-26'), iso('2026-06-26'))).toBe('26/6/2026');
  });
});

describe('day arithmetic', () => {
  it('adds days across months, years and leap days', () => {
    expect(formatIsoDay(addDays(iso('2026-11-22'), 9))).toBe('2026-12-01');
    expect(formatIsoDay(addDays(iso('2026-12-31'), 1))).toBe('2027-01-01');
    expect(formatIsoDay(addDays(iso('2028-02-28'), 1))).toBe('2028-02-29');
    expect(formatIsoDay(addDays(iso('2027-02-28'), 1))).toBe('2027-03-01');
    expect(formatIsoDay(addDays(iso('2027-01-01'), -1))).toBe('2026-12-31');
  });

  it('measures differences in days', () => {
    expect(daysBetween(iso('2026-11-22'), iso('2026-12-01'))).toBe(9);
    expect(daysBetween(iso('2026-12-01'), iso('2026-11-22'))).toBe(-9);
    expect(daysBetween(iso('2028-01-01'), iso('2029-01-01'))).toBe(366);
    expect(daysBetween(iso('2026-06-26'), iso('2026-06-26'))).toBe(0);
  });
});
