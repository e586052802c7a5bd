// When a campaign happens, as inclusive ranges of Vietnam days.
// The rule types mirror `Recurrence` in src/content/schema.ts structurally (tests/unit/lib-recurrence.test.ts
// checks that the schema's type is assignable), so lib stays at the bottom of the import graph.
import { type Day, addDays, dayFromYmd, daysInMonth, ymdOf } from './vn-date.ts';

/** A month and day that recur every year. */
export interface MonthDay {
  month: number;
  day: number;
}

/** How a campaign recurs; the same shape as the content schema's `Recurrence`. */
export type Recurrence =
  | { kind: 'yearly-day'; month: number; day: number; since: number }
  | { kind: 'yearly-period'; start: MonthDay; end: MonthDay; since: number }
  | { kind: 'once'; start: string; end: string };

/** An inclusive range of days: a one-day event has start === end. */
export interface DayRange {
  start: Day;
  end: Day;
}

/** The days a PartialDate covers: "2023" → 1/1–31/12/2023, "2023-07" → 1/7–31/7/2023, "2023-07-05" → that day. */
export function partialDateRange(s: string): DayRange | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!match) return undefined;
  const y = Number(match[1]);
  if (match[2] === undefined) return { start: dayFromYmd(y, 1, 1), end: dayFromYmd(y, 12, 31) };
  const m = Number(match[2]);
  if (m < 1 || m > 12) return undefined;
  if (match[3] === undefined) return { start: dayFromYmd(y, m, 1), end: dayFromYmd(y, m, daysInMonth(y, m)) };
  const d = Number(match[3]);
  if (d < 1 || d > daysInMonth(y, m)) return undefined;
  const day = dayFromYmd(y, m, d);
  return { start: day, end: day };
}

// A period boundary that does not exist this year (29/2 outside leap years) moves to the month's last
// day, so a period never silently disappears for a year.
const clampedDay = (y: number, md: MonthDay): Day =>
  dayFromYmd(y, md.month, Math.min(md.day, daysInMonth(y, md.month)));

const isBefore = (a: MonthDay, b: MonthDay): boolean => a.month < b.month || (a.month === b.month && a.day < b.day);

/**
 * The occurrence that starts in `year`, or undefined: before `since`, 29/2 of a non-leap year for a
 * yearly day, or a once-range starting in another year. A period crossing the year end (15/12–15/1)
 * belongs to the year it starts in.
 */
export function occurrenceInYear(rule: Recurrence, year: number): DayRange | undefined {
  switch (rule.kind) {
    case 'yearly-day': {
      if (year < rule.since) return undefined;
      // An observance on 29/2 simply does not happen in other years (and a bad 31/4 never does).
      if (rule.day > daysInMonth(year, rule.month)) return undefined;
      const day = dayFromYmd(year, rule.month, rule.day);
      return { start: day, end: day };
    }
    case 'yearly-period': {
      if (year < rule.since) return undefined;
      const endYear = isBefore(rule.end, rule.start) ? year + 1 : year;
      return { start: clampedDay(year, rule.start), end: clampedDay(endYear, rule.end) };
    }
    case 'once': {
      const range = onceRange(rule.start, rule.end);
      return range && ymdOf(range.start).y === year ? range : undefined;
    }
  }
}

function onceRange(start: string, end: string): DayRange | undefined {
  const from = partialDateRange(start);
  const to = partialDateRange(end);
  if (!from || !to || to.end < from.start) return undefined;
  return { start: from.start, end: to.end };
}

/** Every occurrence that overlaps the inclusive window [from, to], whole (not clipped), earliest first. */
export function occurrences(rule: Recurrence, from: Day, to: Day): DayRange[] {
  if (to < from) return [];
  if (rule.kind === 'once') {
    const range = onceRange(rule.start, rule.end);
    return range && range.end >= from && range.start <= to ? [range] : [];
  }
  const found: DayRange[] = [];
  // Start a year early: last year's period may still be running when the window opens.
  for (let y = ymdOf(from).y - 1; y <= ymdOf(to).y; y++) {
    const range = occurrenceInYear(rule, y);
    if (range && range.end >= from && range.start <= to) found.push(range);
  }
  return found;
}

/** The occurrence running on `day` or, if none, the next one to start; undefined when there is none left. */
export function currentOrNextOccurrence(rule: Recurrence, day: Day): DayRange | undefined {
  if (rule.kind === 'once') {
    const range = onceRange(rule.start, rule.end);
    return range && range.end >= day ? range : undefined;
  }
  // Eight years reach the next 29/2 even across a skipped leap year (2096 → 2104).
  return occurrences(rule, day, addDays(day, 8 * 366))[0];
}
