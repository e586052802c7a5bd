// The calendar feeds as .ics text: for dist/lich/ at build time and for the campaign page's downloads.
import type { Campaign, Province } from '../content/schema.ts';
import { icsCalendar } from '../lib/ics.ts';
import { type CalendarFeed, calendarFeeds, NO_DAYS } from './calendar-feeds.ts';

/** The .ics text of a feed. */
export function feedText(feed: CalendarFeed): string {
  return icsCalendar({ name: feed.name, description: `${feed.description} ${NO_DAYS}`, events: feed.events });
}

/** The feed files for dist/: `lich/antq.ics` → text. Same content, same bytes. */
export function calendarFeedFiles(campaigns: readonly Campaign[], provinces: readonly Pick<Province, 'id' | 'name'>[], origin: string): Map<string, string> {
  return new Map(calendarFeeds(campaigns, provinces, origin).map((feed) => [feed.path.slice(1), feedText(feed)]));
}
