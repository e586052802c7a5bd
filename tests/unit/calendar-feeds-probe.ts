// Run by calendar-feeds-ical.test.ts in child processes under several TZ values (TZ is read when a
// process starts). Builds the feeds from the real seeds, then prints, as JSON: each feed's SHA-256,
// the occurrences ical.js expands from it for the next three years, and what the app's own calendar
// logic (recurrence.ts, campaign-status.ts) says for the same campaigns and window.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import ICAL from 'ical.js';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { loadSeeds } from '../../src/content/compile/load-seeds.ts';
import type { Campaign } from '../../src/content/schema.ts';
import { campaignStatus } from '../../src/lib/campaign-status.ts';
import { occurrences } from '../../src/lib/recurrence.ts';
import { type Day, addDays, dayFromYmd, formatIsoDay, parseIsoDay, todayInVietnam } from '../../src/lib/vn-date.ts';
import { feedText } from '../../src/routes/calendar-feed-files.ts';
import { calendarFeeds } from '../../src/routes/calendar-feeds.ts';
import { calendarShape } from '../../src/routes/campaign-events.ts';

const ORIGIN = 'https://antq.example';
const { national } = compileContent({ ...(await loadSeeds(resolve(import.meta.dirname, '../../seeds'))), builtAt: '2025-01-01T00:00:00.000Z' });
const campaigns = national.campaigns;
// "Today" may be pinned (so a test can look at a known day) and is otherwise the real Vietnam day.
const today = (process.env['PROBE_TODAY'] ? parseIsoDay(process.env['PROBE_TODAY']) : undefined) ?? todayInVietnam();
const to = addDays(today, 3 * 365);
const range = (start: Day, end: Day) => `${formatIsoDay(start)}..${formatIsoDay(end)}`;
/** A DATE value as a Vietnam day: calendar apps show it on the same day in every zone. */
const dayOf = (t: ICAL.Time): Day => dayFromYmd(t.year, t.month, t.day);

/** Occurrences in [today, to] by ical.js: `uid start..end` (end inclusive), plus each uid's first one after today. */
function expand(text: string): { occurrences: string[]; onNow: string[]; next: string[] } {
  const found: string[] = [];
  const onNow: string[] = [];
  const next: string[] = [];
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const vevent of calendar.getAllSubcomponents('vevent')) {
    const event = new ICAL.Event(vevent);
    const length = dayOf(event.endDate) - dayOf(event.startDate); // exclusive DTEND: days in the event
    const it = event.iterator();
    let seenNext = false;
    for (let start = it.next(); start; start = it.next()) {
      const first = dayOf(start);
      if (first > to) break;
      const last = addDays(first, length - 1);
      if (last < today) continue;
      found.push(`${event.uid} ${range(first, last)}`);
      if (first <= today) onNow.push(`${event.uid} ${range(first, last)}`);
      else if (!seenNext) {
        next.push(`${event.uid} ${range(first, last)}`);
        seenNext = true;
      }
    }
  }
  return { occurrences: found.sort(), onNow: onNow.sort(), next: next.sort() };
}

/** The same, from the app's calendar logic, for the campaigns a feed is meant to hold. */
function appSide(members: readonly Campaign[]): { occurrences: string[]; onNow: string[]; next: string[] } {
  const dated = members.filter((c) => calendarShape(c) === 'yearly' || calendarShape(c) === 'range');
  const found = dated.flatMap((c) => occurrences(c.recurrence, today, to).map((r) => `${c.id}@antq ${range(r.start, r.end)}`));
  const status = campaignStatus(dated, today, { aheadDays: to - today, behindDays: 0 });
  return {
    occurrences: found.sort(),
    onNow: status.onNow.map((o) => `${o.campaign.id}@antq ${range(o.start, o.end)}`).sort(),
    next: status.next.map((o) => `${o.campaign.id}@antq ${range(o.start, o.end)}`).sort(),
  };
}

/** Which campaigns a feed holds, said again here from the words rather than read from the feed code. */
function membersOf(path: string): Campaign[] {
  if (path === '/lich/antq.ics') return campaigns;
  const topic = /^\/lich\/chu-de\/([a-z-]+)\.ics$/.exec(path)?.[1];
  if (topic) return campaigns.filter((c) => c.topic === topic && c.province === null);
  const province = /^\/lich\/tinh\/([a-z-]+)\.ics$/.exec(path)?.[1];
  return campaigns.filter((c) => c.province === province);
}

const feeds = calendarFeeds(campaigns, national.provinces, ORIGIN);
console.log(
  JSON.stringify({
    offsetMinutes: new Date(Date.UTC(2026, 10, 22)).getTimezoneOffset(),
    window: range(today, to),
    sha256: Object.fromEntries(feeds.map((f) => [f.path, createHash('sha256').update(feedText(f)).digest('hex')])),
    ical: Object.fromEntries(feeds.map((f) => [f.path, expand(feedText(f))])),
    app: Object.fromEntries(feeds.map((f) => [f.path, appSide(membersOf(f.path))])),
  }),
);
