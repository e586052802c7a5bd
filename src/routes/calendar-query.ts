// The calendar's address: `/lich/?xem=thang|danh-sach&thang=2026-11&chu-de=ma-tuy`.
import * as z from 'zod/mini';
import type { Topic } from '../content/schema.ts';
import { queryString, readParam, TopicParam } from './query.ts';

export type CalendarView = 'thang' | 'danh-sach';

export interface CalendarQuery {
  view: CalendarView;
  year: number;
  /** 1–12 */
  month: number;
  topic: Topic | undefined;
}

/** Years the calendar offers; recurrences are computed, so any of them works. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const View = z.enum(['thang', 'danh-sach']);
const Month = z.string().check(
  z.regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  z.refine((s) => {
    const y = Number(s.slice(0, 4));
    return y >= MIN_YEAR && y <= MAX_YEAR;
  }),
);

/** Parse the query; anything invalid falls back to the month view of the current month, all topics. */
export function parseCalendarQuery(query: Record<string, string | undefined>, today: { y: number; m: number }): CalendarQuery {
  const month = readParam(Month, query['thang']);
  return {
    view: readParam(View, query['xem']) ?? 'thang',
    year: month ? Number(month.slice(0, 4)) : today.y,
    month: month ? Number(month.slice(5, 7)) : today.m,
    topic: readParam(TopicParam, query['chu-de']),
  };
}

/** `2026-11` */
export const monthParam = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;

/** The month `delta` months away (negative goes back). */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The calendar URL for a query; the default view is left out so links stay short. */
export function calendarHref(q: CalendarQuery): string {
  return (
    '/lich/' +
    queryString({ xem: q.view === 'thang' ? undefined : q.view, thang: monthParam(q.year, q.month), 'chu-de': q.topic })
  );
}

/** Whether a year can be shown (for disabling the previous/next links at the ends). */
export const yearInRange = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;
