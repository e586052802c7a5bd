// A campaign as calendar events, for the subscribed feeds and the campaign page's download alike.
// Only dates the sources give: a yearly observance is one event repeating every year from the first
// year of its legal basis; a one-off range with day-precise ends is one event; a plan known only by
// its years ("2016 – 2025") gets no event at all rather than invented days.
import type { Campaign } from '../content/schema.ts';
import type { IcsEvent } from '../lib/ics.ts';
import { type DayRange, occurrenceInYear, partialDateRange } from '../lib/recurrence.ts';
import { campaignPath } from '../ui/paths.ts';

/** A campaign that cannot be written as calendar events; the message names file, entry and field. */
export class CalendarFeedError extends Error {
  override name = 'CalendarFeedError';
}

/** The alarm apps that honour a feed's alarms (Apple Calendar, ICSx⁵) show: 9:00 the day before. */
const ALARM_MINUTES_BEFORE = 15 * 60;
const DAY_PRECISE = /^\d{4}-\d{2}-\d{2}$/;

const fail = (campaign: Campaign, field: string, what: string): never => {
  throw new CalendarFeedError(`seeds/campaigns.json › ${campaign.id} › ${field}: ${what}`);
};

/** The first occurrence of a yearly campaign: in its `since` year (a 29/2 day: the first leap year from then). */
function firstOccurrence(campaign: Campaign): DayRange {
  const rule = campaign.recurrence;
  if (rule.kind === 'once') return fail(campaign, 'recurrence', 'not a yearly campaign');
  const since = rule.since;
  if (since === undefined) return fail(campaign, 'recurrence.since', 'a yearly campaign needs the first year of its legal basis (the calendar feeds start there)');
  if (rule.kind === 'yearly-period' && [rule.start, rule.end].some((md) => md.month === 2 && md.day === 29)) {
    // The app moves such a boundary to 28/2 in common years; RRULE cannot say that.
    fail(campaign, 'recurrence', 'a yearly period that starts or ends on 29/2 cannot be written as a yearly calendar event');
  }
  for (let year = since; year < since + 8; year++) {
    const range = occurrenceInYear(rule, year);
    if (range) return range;
  }
  return fail(campaign, 'recurrence', 'no occurrence in the eight years from recurrence.since');
}

/** What a campaign becomes in a calendar: a yearly event, its own range, or nothing (no sourced day). */
export function calendarShape(campaign: Campaign): 'yearly' | 'range' | 'none' {
  const rule = campaign.recurrence;
  if (rule.kind !== 'once') return 'yearly';
  return DAY_PRECISE.test(rule.start) && DAY_PRECISE.test(rule.end) ? 'range' : 'none';
}

/** A one-off campaign's days when both ends are day-precise, else undefined (the source gives no days). */
function dayPreciseRange(campaign: Campaign): DayRange | undefined {
  const rule = campaign.recurrence;
  if (rule.kind !== 'once' || !DAY_PRECISE.test(rule.start) || !DAY_PRECISE.test(rule.end)) return undefined;
  const start = partialDateRange(rule.start)?.start;
  const end = partialDateRange(rule.end)?.end;
  if (start === undefined || end === undefined || end < start) return fail(campaign, 'recurrence', `impossible range ${rule.start} – ${rule.end}`);
  return { start, end };
}

function describe(campaign: Campaign): string {
  return [campaign.name, campaign.description, campaign.caveat ? `Lưu ý: ${campaign.caveat}` : ''].filter(Boolean).join('\n\n');
}

/** The campaign's calendar events (none for a plan with no sourced day); `origin` makes the page URL absolute. */
export function campaignIcsEvents(campaign: Campaign, origin: string): IcsEvent[] {
  const base = {
    summary: campaign.shortName ?? campaign.name,
    description: describe(campaign),
    url: origin + campaignPath(campaign.id),
    alarmMinutesBefore: ALARM_MINUTES_BEFORE,
  };
  if (campaign.recurrence.kind !== 'once') {
    const { start, end } = firstOccurrence(campaign);
    return [{ ...base, uid: `${campaign.id}@antq`, when: { kind: 'days', start, end, yearly: true } }];
  }
  const range = dayPreciseRange(campaign);
  return range ? [{ ...base, uid: `${campaign.id}@antq`, when: { kind: 'days', ...range } }] : [];
}
