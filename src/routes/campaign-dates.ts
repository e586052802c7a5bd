// When a campaign happens, in words and as the events of its calendar file. No zod, no ics code:
// home uses the wording, and the .ics text itself is made by src/lib/ics.ts, loaded on demand.
import type { Campaign, Topic } from '../content/schema.ts';
import type { IcsEvent } from '../lib/ics.ts';
import { type DayRange, occurrenceInYear, occurrences, partialDateRange } from '../lib/recurrence.ts';
import { type Day, dayFromYmd, formatIsoDay } from '../lib/vn-date.ts';
import { formatPartialDate } from '../ui/format.ts';
import { campaignPath } from '../ui/paths.ts';

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

/** How many years a calendar file covers for recurring campaigns: this year and the next two. */
export const ICS_YEARS = 3;

/** Calendar events for one campaign: its occurrences from `fromYear` for ICS_YEARS years (a one-off: its own dates). */
export function campaignEvents(campaign: Campaign, fromYear: number, origin: string): IcsEvent[] {
  const from = dayFromYmd(fromYear, 1, 1);
  const to = dayFromYmd(fromYear + ICS_YEARS - 1, 12, 31);
  const ranges = campaign.recurrence.kind === 'once' ? [onceRange(campaign.recurrence)].filter((r) => r !== undefined) : occurrences(campaign.recurrence, from, to).filter((r) => r.start >= from);
  const url = origin + campaignPath(campaign.id);
  return ranges.map((r) => ({
    uid: `${campaign.id}-${formatIsoDay(r.start as Day)}@antq`,
    summary: campaign.name,
    description: `${campaign.description}\n${url}`,
    start: r.start,
    end: r.end,
    url,
  }));
}

/** Calendar events for every campaign of a topic, earliest first. */
export function topicEvents(campaigns: readonly Campaign[], topic: Topic, fromYear: number, origin: string): IcsEvent[] {
  return campaigns
    .filter((c) => c.topic === topic)
    .flatMap((c) => campaignEvents(c, fromYear, origin))
    .sort((a, b) => a.start - b.start || a.uid.localeCompare(b.uid));
}
