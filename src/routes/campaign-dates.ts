// When a campaign happens, in words. No zod, no ics code: home uses the wording (the calendar
// events are src/routes/campaign-events.ts, loaded with the .ics writer on demand).
import type { Campaign } from '../content/schema.ts';
import { type DayRange, occurrenceInYear, partialDateRange } from '../lib/recurrence.ts';
import { formatPartialDate } from '../ui/format.ts';

type Rule = Campaign['recurrence'];

/** "19/8 hằng năm (từ năm 2005)", "10/11–10/12 hằng năm (từ năm 2008)", "tháng 7/2023 – tháng 9/2023". */
export function describeRecurrence(rule: Rule): string {
  const since = rule.kind === 'once' ? '' : ` (từ năm ${rule.since})`;
  switch (rule.kind) {
    case 'yearly-day':
      return `${rule.day}/${rule.month} hằng năm${since}`;
    case 'yearly-period':
      return `${rule.start.day}/${rule.start.month}–${rule.end.day}/${rule.end.month} hằng năm${since}`;
    case 'once':
      return rule.start === rule.end ? formatPartialDate(rule.start) : `${formatPartialDate(rule.start)} – ${formatPartialDate(rule.end)}`;
  }
}

/** The campaign's occurrence in each of the given years (undefined where it has none). */
export function occurrencesInYears(rule: Rule, years: readonly number[]): { year: number; range: DayRange | undefined }[] {
  return years.map((year) => ({ year, range: occurrenceInYear(rule, year) }));
}

/** The days of a one-off campaign, or undefined for recurring ones. */
export function onceRange(rule: Rule): DayRange | undefined {
  if (rule.kind !== 'once') return undefined;
  const from = partialDateRange(rule.start);
  const to = partialDateRange(rule.end);
  return from && to ? { start: from.start, end: to.end } : undefined;
}
