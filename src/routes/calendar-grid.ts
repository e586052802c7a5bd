// The calendar's shapes, computed from the campaigns' recurrences: a month as weeks (Monday first,
// as Vietnamese calendars are printed) with multi-day periods laid out as bars in lanes, and a year
// as a list grouped by month.
import type { Recurrence } from '../lib/recurrence.ts';
import { occurrences } from '../lib/recurrence.ts';
import { type Day, addDays, dayFromYmd, dayOfWeek, daysInMonth, ymdOf } from '../lib/vn-date.ts';

export interface Occurrence<C> {
  campaign: C;
  start: Day;
  end: Day;
}

export interface GridDay {
  day: Day;
  /** Day of the month, 1–31. */
  d: number;
  inMonth: boolean;
  isToday: boolean;
}

/** One occurrence drawn across (part of) a week: columns 1–7, Monday = 1. */
export interface GridBar<C> {
  occurrence: Occurrence<C>;
  col: number;
  span: number;
  lane: number;
  /** It started before this week / goes on after it (drawn with an open end). */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

export interface GridWeek<C> {
  days: GridDay[];
  bars: GridBar<C>[];
  lanes: number;
}

type WithRecurrence = { recurrence: Recurrence; name: string };

/** Every occurrence overlapping [from, to], earliest first, longer first on the same day, then by name. */
export function occurrencesBetween<C extends WithRecurrence>(campaigns: readonly C[], from: Day, to: Day): Occurrence<C>[] {
  const out: Occurrence<C>[] = [];
  for (const campaign of campaigns) for (const r of occurrences(campaign.recurrence, from, to)) out.push({ campaign, ...r });
  return out.sort((a, b) => a.start - b.start || b.end - a.end || a.campaign.name.localeCompare(b.campaign.name, 'vi'));
}

/** Monday = 0 … Sunday = 6. */
const mondayIndex = (day: Day): number => (dayOfWeek(day) + 6) % 7;

/** The first and last day of a month. */
export function monthRange(year: number, month: number): { start: Day; end: Day } {
  return { start: dayFromYmd(year, month, 1), end: dayFromYmd(year, month, daysInMonth(year, month)) };
}

/** Weeks in every month's grid: the most a month spans (31 days from a Sunday). */
export const GRID_WEEKS = 6;

/**
 * The month as GRID_WEEKS full weeks (padded with the next month's days), each with the bars of
 * the occurrences it shows. Always six rows: every month's grid is as tall as any other's, so the
 * page does not move when the app swaps the prerendered month for the reader's.
 */
export function monthGrid<C extends WithRecurrence>(year: number, month: number, campaigns: readonly C[], today: Day): GridWeek<C>[] {
  const { start, end } = monthRange(year, month);
  const gridStart = addDays(start, -mondayIndex(start));
  const gridEnd = addDays(gridStart, GRID_WEEKS * 7 - 1);
  const all = occurrencesBetween(campaigns, gridStart, gridEnd);
  const weeks: GridWeek<C>[] = [];
  for (let weekStart = gridStart; weekStart <= gridEnd; weekStart = addDays(weekStart, 7)) {
    const weekEnd = addDays(weekStart, 6);
    const days: GridDay[] = [];
    for (let i = 0; i < 7; i++) {
      const day = addDays(weekStart, i);
      days.push({ day, d: ymdOf(day).d, inMonth: day >= start && day <= end, isToday: day === today });
    }
    const bars = layoutBars(
      all.filter((o) => o.end >= weekStart && o.start <= weekEnd),
      weekStart,
      weekEnd,
    );
    weeks.push({ days, bars, lanes: bars.reduce((n, b) => Math.max(n, b.lane + 1), 0) });
  }
  return weeks;
}

/** Place each occurrence in the lowest lane where it overlaps nothing (input sorted by start). */
function layoutBars<C>(list: Occurrence<C>[], weekStart: Day, weekEnd: Day): GridBar<C>[] {
  const laneEnds: number[] = []; // last column used in each lane
  return list.map((occurrence) => {
    const from = occurrence.start < weekStart ? weekStart : occurrence.start;
    const to = occurrence.end > weekEnd ? weekEnd : occurrence.end;
    const col = from - weekStart + 1;
    const span = to - from + 1;
    let lane = laneEnds.findIndex((last) => last < col);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = col + span - 1;
    return { occurrence, col, span, lane, continuesBefore: occurrence.start < weekStart, continuesAfter: occurrence.end > weekEnd };
  });
}

/** A year as twelve months, each listing the occurrences that start in it (or, in January, run into it). */
export function yearAgenda<C extends WithRecurrence>(year: number, campaigns: readonly C[]): { month: number; items: Occurrence<C>[] }[] {
  const first = dayFromYmd(year, 1, 1);
  const months = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, items: [] as Occurrence<C>[] }));
  for (const o of occurrencesBetween(campaigns, first, dayFromYmd(year, 12, 31))) {
    const month = ymdOf(o.start < first ? first : o.start).m;
    months[month - 1]!.items.push(o);
  }
  return months;
}

/** Weekday headings, Monday first: short (for the grid) and full (for screen readers). */
export const WEEKDAYS = [
  ['T2', 'Thứ Hai'],
  ['T3', 'Thứ Ba'],
  ['T4', 'Thứ Tư'],
  ['T5', 'Thứ Năm'],
  ['T6', 'Thứ Sáu'],
  ['T7', 'Thứ Bảy'],
  ['CN', 'Chủ nhật'],
] as const;
