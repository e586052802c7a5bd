import { PartialDate } from '../schema.ts';

/** Days in a month; February counts 29 when no year is given (a yearly date may fall on a leap day). */
export function daysInMonth(month: number, year = 2000): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day a partial date can mean: "2023" → "2023-01-01". */
export function earliestDay(date: PartialDate): string {
  const [y, m = '01', d = '01'] = date.split('-');
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: "2023" → "2023-12-31", "2023-02" → "2023-02-28". */
export function latestDay(date: PartialDate): string {
  const [y = '', m, d] = date.split('-');
  const month = m ?? '12';
  return `${y}-${month}-${d ?? pad(daysInMonth(Number(month), Number(y)))}`;
}
