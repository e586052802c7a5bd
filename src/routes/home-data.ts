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

/** One card of home's "on now and next" list. */
export type AgendaItem = ({ status: 'now' } & CurrentOccurrence<Campaign>) | ({ status: 'next' } & UpcomingOccurrence<Campaign>);

/** Cards home shows on every day: the page keeps its height whichever day corrects the prerendered one. */
export const AGENDA_SLOTS = 4;

/**
 * What is on now (ending soonest first), then what comes next, `slots` cards in all: always the same
 * number, whatever the day, so the list is as tall on the day the page was built as on the day it
 * is read (each card has a fixed height).
 */
export function todayAgenda(campaigns: readonly Campaign[], today: Day, followed: string | null, slots = AGENDA_SLOTS): AgendaItem[] {
  const { onNow, next } = todayCampaigns(campaigns, today, followed, slots);
  const now = onNow.slice(0, slots).map((o) => ({ status: 'now' as const, ...o }));
  return [...now, ...next.slice(0, slots - now.length).map((o) => ({ status: 'next' as const, ...o }))];
}

/** The newest articles first. */
export function latestArticles(articles: readonly Article[], count = 3): Article[] {
  return [...articles].sort((a, b) => comparePartialDateDesc(a.date, b.date) || a.title.localeCompare(b.title, 'vi')).slice(0, count);
}

/** The emergency numbers for the hotline bar, in the order people know them. */
export function emergencyHotlines(hotlines: readonly Hotline[], numbers: readonly string[] = ['113', '114', '115']): Hotline[] {
  return numbers.map((n) => hotlines.find((h) => h.number === n)).filter((h): h is Hotline => h !== undefined);
}
