// What the home screen shows, computed from content and the day. No zod here: home is the first load.
import type { Article, Campaign, Hotline } from '../content/schema.ts';
import { campaignStatus, type CurrentOccurrence, type UpcomingOccurrence } from '../lib/campaign-status.ts';
import type { Day } from '../lib/vn-date.ts';
import { comparePartialDateDesc } from '../ui/format.ts';

export interface Today {
  onNow: CurrentOccurrence<Campaign>[];
  next: UpcomingOccurrence<Campaign>[];
}

/** National campaigns (plus those of the followed province) on now, and the next few coming. */
export function todayCampaigns(campaigns: readonly Campaign[], today: Day, followed: string | null, nextCount = 4): Today {
  const relevant = campaigns.filter((c) => c.province === null || c.province === followed);
  const { onNow, next } = campaignStatus(relevant, today, { behindDays: 0 });
  return { onNow, next: next.slice(0, nextCount) };
}

/** The newest articles first. */
export function latestArticles(articles: readonly Article[], count = 3): Article[] {
  return [...articles].sort((a, b) => comparePartialDateDesc(a.date, b.date) || a.title.localeCompare(b.title, 'vi')).slice(0, count);
}

/** The emergency numbers for the hotline bar, in the order people know them. */
export function emergencyHotlines(hotlines: readonly Hotline[], numbers: readonly string[] = ['113', '114', '115']): Hotline[] {
  return numbers.map((n) => hotlines.find((h) => h.number === n)).filter((h): h is Hotline => h !== undefined);
}
