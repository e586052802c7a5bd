import { describe, it, expect } from 'vitest';
import { Recurrence as RecurrenceSchema } from '../../src/content/schema.ts';
import {
  type DayRange,
  type Recurrence,
  currentOrNextOccurrence,
  occurrenceInYear,
  occurrences,
  partialDateRange,
} from '../../src/lib/recurrence.ts';
import { type Day, formatIsoDay, parseIsoDay } from '../../src/lib/vn-date.ts';

const iso = (s: string): Day => {
  const day = parseIsoDay(s);
  if (day === undefined) throw new Error(`bad test date ${s}`);
  return day;
};
const show = (ranges: readonly (DayRange | undefined)[]): (string | undefined)[] =>
  ranges.map((r) => r && `${formatIsoDay(r.start)}..${formatIsoDay(r.end)}`);
const between = (rule: Recurrence, from: string, to: string) => show(occurrences(rule, iso(from), iso(to)));

const hivMonth: Recurrence = { kind: 'yearly-period', start: { month: 11, day: 10 }, end: { month: 12, day: 10 }, since: 2000 };
const tetPeak: Recurrence = { kind: 'yearly-period', start: { month: 12, day: 15 }, end: { month: 1, day: 15 }, since: 2000 };
const leapDay: Recurrence = { kind: 'yearly-day', month: 2, day: 29, since: 2000 };

describe('schema compatibility', () => {
  it('takes a Recurrence validated by the content schema as it is', () => {
    // Compile-time half: the schema's inferred type must be assignable to lib's structural one.
    const fromSchema: Recurrence = RecurrenceSchema.parse({ kind: 'yearly-day', month: 8, day: 19, since: 2005 });
    expect(between(fromSchema, '2026-01-01', '2026-12-31')).toEqual(['2026-08-19..2026-08-19']);
  });
});

describe('yearly-day', () => {
  const antqDay: Recurrence = { kind: 'yearly-day', month: 8, day: 19, since: 2005 };

  it('happens every year from `since`', () => {
    expect(between(antqDay, '2003-01-01', '2007-12-31')).toEqual([
      '2005-08-19..2005-08-19',
      '2006-08-19..2006-08-19',
      '2007-08-19..2007-08-19',
    ]);
    expect(occurrenceInYear(antqDay, 2004)).toBeUndefined();
  });

  it('includes occurrences on the window edges', () => {
    expect(between(antqDay, '2026-08-19', '2026-08-19')).toEqual(['2026-08-19..2026-08-19']);
    expect(between(antqDay, '2026-08-20', '2027-08-18')).toEqual([]);
  });

  it('falls on 29/2 only in leap years', () => {
    expect(between(leapDay, '2023-01-01', '2029-12-31')).toEqual(['2024-02-29..2024-02-29', '2028-02-29..2028-02-29']);
    expect(occurrenceInYear(leapDay, 2100)).toBeUndefined();
    expect(show([occurrenceInYear(leapDay, 2000)])).toEqual(['2000-02-29..2000-02-29']);
  });

  it('never produces an impossible date', () => {
    expect(between({ kind: 'yearly-day', month: 4, day: 31, since: 2000 }, '2020-01-01', '2030-12-31')).toEqual([]);
  });
});

describe('yearly-period', () => {
  it('returns a period inside one year whole, even when the window cuts it', () => {
    expect(between(hivMonth, '2026-11-22', '2026-11-22')).toEqual(['2026-11-10..2026-12-10']);
    expect(between(hivMonth, '2026-01-01', '2027-12-31')).toEqual(['2026-11-10..2026-12-10', '2027-11-10..2027-12-10']);
    expect(between(hivMonth, '2026-12-11', '2027-11-09')).toEqual([]);
  });

  it('handles a period crossing the year end', () => {
    expect(show([occurrenceInYear(tetPeak, 2026)])).toEqual(['2026-12-15..2027-01-15']);
    expect(between(tetPeak, '2027-01-10', '2027-01-20')).toEqual(['2026-12-15..2027-01-15']);
    expect(between(tetPeak, '2027-01-01', '2027-12-31')).toEqual(['2026-12-15..2027-01-15', '2027-12-15..2028-01-15']);
    expect(between(tetPeak, '2027-01-16', '2027-12-14')).toEqual([]);
  });

  it('counts `since` from the year the period starts', () => {
    const since2027: Recurrence = { ...tetPeak, since: 2027 };
    expect(between(since2027, '2027-01-01', '2027-01-31')).toEqual([]);
    expect(between(since2027, '2027-12-31', '2028-01-01')).toEqual(['2027-12-15..2028-01-15']);
  });

  it('moves a 29/2 boundary to 28/2 outside leap years instead of dropping the period', () => {
    const february: Recurrence = { kind: 'yearly-period', start: { month: 2, day: 1 }, end: { month: 2, day: 29 }, since: 2000 };
    expect(show([occurrenceInYear(february, 2027), occurrenceInYear(february, 2028)])).toEqual([
      '2027-02-01..2027-02-28',
      '2028-02-01..2028-02-29',
    ]);
  });

  it('treats equal start and end as a single day', () => {
    const oneDay: Recurrence = { kind: 'yearly-period', start: { month: 6, day: 26 }, end: { month: 6, day: 26 }, since: 2000 };
    expect(show([occurrenceInYear(oneDay, 2026)])).toEqual(['2026-06-26..2026-06-26']);
  });
});

describe('once', () => {
  it('expands year and month precision to whole years and months', () => {
    expect(show([partialDateRange('2023')])).toEqual(['2023-01-01..2023-12-31']);
    expect(show([partialDateRange('2023-07')])).toEqual(['2023-07-01..2023-07-31']);
    expect(show([partialDateRange('2024-02')])).toEqual(['2024-02-01..2024-02-29']);
    expect(show([partialDateRange('2023-02')])).toEqual(['2023-02-01..2023-02-28']);
    expect(show([partialDateRange('2023-07-05')])).toEqual(['2023-07-05..2023-07-05']);
    for (const bad of ['23', '2023-13', '2023-02-29', '2023-7', '']) expect(partialDateRange(bad), bad).toBeUndefined();
  });

  it('runs from the first day of start to the last day of end', () => {
    expect(between({ kind: 'once', start: '2023', end: '2023' }, '2000-01-01', '2099-12-31')).toEqual([
      '2023-01-01..2023-12-31',
    ]);
    expect(between({ kind: 'once', start: '2023-07', end: '2023-09' }, '2023-08-15', '2023-08-15')).toEqual([
      '2023-07-01..2023-09-30',
    ]);
    expect(between({ kind: 'once', start: '2023-03-21', end: '2025' }, '2025-12-31', '2026-01-01')).toEqual([
      '2023-03-21..2025-12-31',
    ]);
  });

  it('is outside windows it does not touch, and empty when it ends before it starts', () => {
    const july: Recurrence = { kind: 'once', start: '2023-07', end: '2023-07' };
    expect(between(july, '2023-08-01', '2023-12-31')).toEqual([]);
    expect(between(july, '2023-06-01', '2023-06-30')).toEqual([]);
    expect(between({ kind: 'once', start: '2024', end: '2023' }, '2020-01-01', '2030-01-01')).toEqual([]);
  });

  it('belongs to the year it starts in', () => {
    const rule: Recurrence = { kind: 'once', start: '2023-11', end: '2024-02' };
    expect(show([occurrenceInYear(rule, 2023)])).toEqual(['2023-11-01..2024-02-29']);
    expect(occurrenceInYear(rule, 2024)).toBeUndefined();
  });
});

describe('windows and the next occurrence', () => {
  it('returns nothing for a reversed window', () => {
    expect(between(hivMonth, '2026-12-31', '2026-01-01')).toEqual([]);
  });

  it('gives the running occurrence, else the next one', () => {
    expect(show([currentOrNextOccurrence(hivMonth, iso('2026-11-22'))])).toEqual(['2026-11-10..2026-12-10']);
    expect(show([currentOrNextOccurrence(hivMonth, iso('2026-12-11'))])).toEqual(['2027-11-10..2027-12-10']);
    expect(show([currentOrNextOccurrence(tetPeak, iso('2027-01-15'))])).toEqual(['2026-12-15..2027-01-15']);
    expect(show([currentOrNextOccurrence(leapDay, iso('2096-03-01'))])).toEqual(['2104-02-29..2104-02-29']);
  });

  it('has no next occurrence once a once-range is over, however far ahead it was', () => {
    const rule: Recurrence = { kind: 'once', start: '2031', end: '2035' };
    expect(show([currentOrNextOccurrence(rule, iso('2026-01-01'))])).toEqual(['2031-01-01..2035-12-31']);
    expect(currentOrNextOccurrence(rule, iso('2036-01-01'))).toBeUndefined();
  });
});
