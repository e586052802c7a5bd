// What is on, what comes next and what just ended, for the home screen and the campaign calendar.
import { type Recurrence, type DayRange, occurrences } from './recurrence.ts';
import { type Day, addDays } from './vn-date.ts';

/** One occurrence of a campaign (inclusive days). */
export interface CampaignOccurrence<C> extends DayRange {
  campaign: C;
}

/** An occurrence running on the given day; `daysLeft` is 0 on its last day. */
export interface CurrentOccurrence<C> extends CampaignOccurrence<C> {
  daysLeft: number;
}

/** An occurrence that starts after the given day; `daysUntil` is at least 1. */
export interface UpcomingOccurrence<C> extends CampaignOccurrence<C> {
  daysUntil: number;
}

/** An occurrence that ended before the given day; `daysAgo` is 1 when it ended yesterday. */
export interface PastOccurrence<C> extends CampaignOccurrence<C> {
  daysAgo: number;
}

/** The campaigns' occurrences relative to one day. */
export interface CampaignStatus<C> {
  /** Every occurrence covering the day, ending soonest first. */
  onNow: CurrentOccurrence<C>[];
  /** The soonest upcoming occurrence of each campaign within `aheadDays`, earliest first. */
  next: UpcomingOccurrence<C>[];
  /** Occurrences that ended within `behindDays` before the day, most recent first. */
  past: PastOccurrence<C>[];
}

/** How far `campaignStatus` looks; the defaults catch each yearly campaign (29/2 aside) once either way. */
export interface StatusWindow {
  aheadDays?: number;
  behindDays?: number;
}

const byStartThenEnd = (a: DayRange, b: DayRange): number => a.start - b.start || a.end - b.end;

/** Split the campaigns' occurrences into on now / next / past as seen on `today`. */
export function campaignStatus<C extends { recurrence: Recurrence }>(
  campaigns: readonly C[],
  today: Day,
  { aheadDays = 366, behindDays = 365 }: StatusWindow = {},
): CampaignStatus<C> {
  const onNow: CurrentOccurrence<C>[] = [];
  const next: UpcomingOccurrence<C>[] = [];
  const past: PastOccurrence<C>[] = [];
  for (const campaign of campaigns) {
    let seenNext = false;
    const inWindow = occurrences(campaign.recurrence, addDays(today, -behindDays), addDays(today, aheadDays));
    for (const { start, end } of inWindow) {
      if (end < today) past.push({ campaign, start, end, daysAgo: today - end });
      else if (start <= today) onNow.push({ campaign, start, end, daysLeft: end - today });
      // Only the soonest: a campaign that is on now still shows when it comes back, but once.
      else if (!seenNext) {
        next.push({ campaign, start, end, daysUntil: start - today });
        seenNext = true;
      }
    }
  }
  onNow.sort((a, b) => a.end - b.end || a.start - b.start);
  next.sort(byStartThenEnd);
  past.sort((a, b) => b.end - a.end || b.start - a.start);
  return { onNow, next, past };
}
