// Calendar days as people in Vietnam live them (Asia/Ho_Chi_Minh: UTC+7 all year, no DST since 1975).
// A Day is an integer count of days since 1970-01-01, so "is X in the range" is `start <= x && x <= end`
// and "how many days until" is a subtraction. Nothing here reads the machine's time zone: an instant
// is shifted by +7 h and divided in UTC, and calendar fields come from integer arithmetic, never from
// the local-time Date getters (which would give the visitor's day, not Vietnam's).

declare const dayBrand: unique symbol;
/** A calendar day in Vietnam: days since 1970-01-01 (0 = 1/1/1970). Compare with `<`, subtract for a difference. */
export type Day = number & { readonly [dayBrand]: true };

/** Calendar fields of a day: year, month 1–12, day of month 1–31. */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const MS_PER_DAY = 86_400_000;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** True for Gregorian leap years (2024, 2000; not 1900, 2100). */
export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Number of days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** The Day for a calendar date; expects a real date (validate untrusted input with `parseIsoDay`). */
export function dayFromYmd(y: number, m: number, d: number): Day {
  // Howard Hinnant's days_from_civil: years start in March so the leap day is the last day of a year.
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return (era * 146_097 + doe - 719_468) as Day;
}

/** Calendar fields of a Day. */
export function ymdOf(day: Day): Ymd {
  // Inverse of dayFromYmd (Hinnant's civil_from_days).
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
}

/** The day it is in Vietnam at the instant `now`, whatever the machine's time zone. */
export function todayInVietnam(now: Date = new Date()): Day {
  const ms = now.getTime();
  if (Number.isNaN(ms)) throw new RangeError('todayInVietnam: invalid Date');
  return Math.floor((ms + VIETNAM_OFFSET_MS) / MS_PER_DAY) as Day;
}

/** The day `n` days after `day` (negative `n` goes back). */
export function addDays(day: Day, n: number): Day {
  return (day + n) as Day;
}

/** Days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: Day, to: Day): number {
  return to - from;
}

/** Day of the week, JavaScript's convention: 0 = Sunday (Chủ nhật) … 6 = Saturday (thứ Bảy). */
export function dayOfWeek(day: Day): number {
  return (((day + 4) % 7) + 7) % 7; // 1/1/1970 was a Thursday
}

/** Parse a strict ISO "YYYY-MM-DD"; undefined for anything else or an impossible date like 2026-02-30. */
export function parseIsoDay(s: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return dayFromYmd(y, m, d);
}

/** ISO "YYYY-MM-DD" for a day, as used in URLs and content. */
export function formatIsoDay(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const WEEKDAYS_VN = ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'] as const;

/** Vietnamese weekday name: "thứ Sáu", "Chủ nhật" (capitalised, as Vietnamese writes it). */
export function weekdayVn(day: Day): string {
  return WEEKDAYS_VN[dayOfWeek(day)] ?? '';
}

/** Short Vietnamese date without leading zeros: "26/6/2026". */
export function formatVnDate(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${d}/${m}/${y}`;
}

/** Day and month only, for things that recur every year: "26/6". */
export function formatVnDayMonth(day: Day): string {
  const { m, d } = ymdOf(day);
  return `${d}/${m}`;
}

/** Date with its weekday: "thứ Sáu, 26/6/2026". */
export function formatVnDateLong(day: Day): string {
  return `${weekdayVn(day)}, ${formatVnDate(day)}`;
}

/** The month a day falls in: "tháng 6/2026". */
export function formatVnMonth(day: Day): string {
  const { y, m } = ymdOf(day);
  return `tháng ${m}/${y}`;
}

/** An inclusive range, the year written once when shared: "10/11–10/12/2026", "15/12/2026–15/1/2027", "26/6/2026". */
export function formatVnRange(start: Day, end: Day): string {
  if (start === end) return formatVnDate(start);
  const sameYear = ymdOf(start).y === ymdOf(end).y;
  return `${sameYear ? formatVnDayMonth(start) : formatVnDate(start)}–${formatVnDate(end)}`;
}
