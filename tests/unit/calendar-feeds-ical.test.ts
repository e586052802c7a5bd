// The real seeds' calendar feeds, read by an independent RFC 5545 parser (ical.js): every feed parses,
// its lines are well-formed, its occurrences for the next three years match the app's own calendar
// logic under several machine time zones, and a rebuild changes bytes only where content changed.
// dist/ itself (the files the build writes, served with their type) is checked in tests/browser/calendar-feeds.test.ts.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import type { Campaign } from '../../src/content/schema.ts';
import { calendarFeedFiles } from '../../src/routes/calendar-feed-files.ts';
import { calendarFeeds } from '../../src/routes/calendar-feeds.ts';
import { type Collections, editedInput, seedInput } from './content-fixtures.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ORIGIN = 'https://antq.example';
const build = (input = seedInput) => {
  const { national } = compileContent(input);
  return calendarFeedFiles(national.campaigns, national.provinces, ORIGIN);
};
const { national } = compileContent(seedInput);
const feeds = calendarFeeds(national.campaigns, national.provinces, ORIGIN);
const files = build();
const parse = (text: string) => new ICAL.Component(ICAL.parse(text));
const textValue = (value: unknown): string => String(value).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('every feed, read by ical.js', () => {
  it('offers the whole calendar, the topics and the provinces with dated campaigns of their own', () => {
    expect(feeds.map((f) => f.path)).toEqual([
      '/lich/antq.ics',
      '/lich/chu-de/ma-tuy.ics',
      '/lich/chu-de/mua-ban-nguoi.ics',
      '/lich/chu-de/antq.ics',
      '/lich/chu-de/pccc.ics',
      '/lich/chu-de/hiv-aids.ics',
      '/lich/tinh/cao-bang.ics',
    ]);
    // Reported in the issue note: the feeds and their event counts.
    console.log(feeds.map((f) => `${f.path}: ${f.events.length} events`).join('\n'));
  });

  for (const feed of feeds) {
    it(`${feed.path} parses, with the calendar and event properties subscribers need`, () => {
      const calendar = parse(files.get(feed.path.slice(1))!);
      expect(calendar.name).toBe('vcalendar');
      expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
      // ical.js leaves X- and RFC 7986 properties as raw "unknown" values; RFC 5545 §3.8.8.2 makes them TEXT.
      expect(textValue(calendar.getFirstPropertyValue('x-wr-calname'))).toBe(feed.name);
      expect(textValue(calendar.getFirstPropertyValue('name'))).toBe(feed.name);
      expect(calendar.getFirstPropertyValue('x-wr-timezone')).toBe('Asia/Ho_Chi_Minh');
      expect(String(calendar.getFirstPropertyValue('refresh-interval'))).toBe('P1D');
      expect(calendar.getFirstProperty('refresh-interval')?.type).toBe('duration');
      expect(calendar.getFirstPropertyValue('x-published-ttl')).toBe('P1D');
      const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
      expect(events.map((e) => e.uid)).toEqual(feed.events.map((e) => e.uid));
      expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
      for (const event of events) {
        const id = event.uid.replace(/@antq$/, '');
        const campaign = national.campaigns.find((c) => c.id === id);
        expect(campaign, event.uid).toBeDefined();
        expect(event.startDate.isDate && event.endDate.isDate, event.uid).toBe(true);
        expect(event.endDate.compare(event.startDate), event.uid).toBe(1);
        expect(event.component.getFirstPropertyValue('dtstamp'), event.uid).toBeTruthy();
        expect(event.summary).toBe(event.summary.normalize('NFC'));
        // Calendar apps ignore URL: the page is the last line of DESCRIPTION.
        expect(event.description.split('\n').at(-1)).toBe(`${ORIGIN}/chien-dich/${id}/`);
        expect(event.isRecurring()).toBe(campaign!.recurrence.kind !== 'once');
        if (event.isRecurring()) {
          expect(String(event.component.getFirstPropertyValue('rrule'))).toBe('FREQ=YEARLY');
          expect(event.startDate.year).toBe((campaign!.recurrence as { since: number }).since);
        }
      }
    });
  }

  it('writes CRLF lines of at most 75 octets, never cutting a UTF-8 character, in NFC', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    for (const [path, text] of files) {
      expect(text.endsWith('\r\n'), path).toBe(true);
      expect(text.replace(/\r\n/g, ''), path).not.toMatch(/[\r\n]/);
      expect(text, path).toBe(text.normalize('NFC'));
      for (const line of text.slice(0, -2).split('\r\n')) {
        const bytes = new TextEncoder().encode(line);
        expect(bytes.length, `${path}: ${line}`).toBeLessThanOrEqual(75);
        expect(() => strict.decode(bytes)).not.toThrow();
      }
      // Folding happens: Vietnamese descriptions are longer than a line.
      expect(text.split('\r\n').some((line) => line.startsWith(' ')), path).toBe(true);
    }
  });

  it('never invents days: a one-off campaign is in the feed only with both ends to the day, and then on exactly those days', () => {
    const all = new Map(
      parse(files.get('lich/antq.ics')!)
        .getAllSubcomponents('vevent')
        .map((v) => new ICAL.Event(v))
        .map((e) => [e.uid, `${e.startDate.toString()}..${e.endDate.toString()}`]),
    );
    const onceCampaigns = national.campaigns.filter((c) => c.recurrence.kind === 'once');
    expect(onceCampaigns.length).toBeGreaterThanOrEqual(3);
    for (const c of onceCampaigns) {
      const r = c.recurrence as { start: string; end: string };
      const dayPrecise = /^\d{4}-\d{2}-\d{2}$/.test(r.start) && /^\d{4}-\d{2}-\d{2}$/.test(r.end);
      if (!dayPrecise) expect(all.has(`${c.id}@antq`), `${c.id} (${r.start} – ${r.end}) has no sourced day`).toBe(false);
      else expect(all.get(`${c.id}@antq`)?.split('..')[0], c.id).toBe(r.start);
    }
    // The Cao Bằng peak, 1/7–30/9/2023: DTEND is the day after its last day.
    expect(all.get('cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023@antq')).toBe('2023-07-01..2023-10-01');
    // Plans given only by their years are left out: Hà Nội's 2023 đề án, the 2016–2025 strategy.
    expect(all.has('de-an-chuyen-hoa-dia-ban-trong-diem-ha-noi-2023@antq')).toBe(false);
    expect(all.has('chien-luoc-quoc-gia-phong-chong-toi-pham-2016-2025@antq')).toBe(false);
  });
});

describe('rebuilds', () => {
  it('give identical bytes and UIDs for unchanged content', () => {
    const again = build(structuredClone(seedInput));
    expect([...again.keys()]).toEqual([...files.keys()]);
    for (const [path, text] of files) expect(again.get(path), path).toBe(text);
    const uids = (text: string) => parse(text).getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('uid'));
    for (const [path, text] of files) expect(uids(again.get(path)!), path).toEqual(uids(text));
  });

  const changedAfter = (edit: (c: Collections) => void): string[] => {
    const edited = build(editedInput(edit));
    return [...new Set([...files.keys(), ...edited.keys()])].filter((path) => files.get(path) !== edited.get(path)).sort();
  };
  const campaignNamed = (c: Collections, id: string) => c.campaigns.find((x) => x['id'] === id) as Campaign;

  it('change only the feeds that hold an edited campaign', () => {
    expect(changedAfter((c) => (campaignNamed(c, 'ngay-toan-dan-phong-chay-chua-chay').description += ' Cập nhật.'))).toEqual(['lich/antq.ics', 'lich/chu-de/pccc.ics']);
    // A provincial campaign is in its province's feed, not in the national topic feed.
    expect(changedAfter((c) => (campaignNamed(c, 'cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023').name += ' (sửa)'))).toEqual(['lich/antq.ics', 'lich/tinh/cao-bang.ics']);
    // A campaign no feed can show (no sourced day) changes nothing.
    expect(changedAfter((c) => (campaignNamed(c, 'chien-luoc-quoc-gia-phong-chong-toi-pham-2016-2025').description += ' Cập nhật.'))).toEqual([]);
  });

  it('fail the build naming the campaign when a yearly one has no `since`', () => {
    expect(() =>
      build(
        editedInput((c) => {
          delete (campaignNamed(c, 'ngay-toan-dan-phong-chay-chua-chay').recurrence as { since?: number }).since;
        }),
      ),
    ).toThrow(/seeds\/campaigns\.json › ngay-toan-dan-phong-chay-chua-chay › recurrence\.since/);
  });
});

// ---- Occurrences for the next three years, in child processes under several machine time zones ----

type Side = { occurrences: string[]; onNow: string[]; next: string[] };
type Probe = { offsetMinutes: number; window: string; sha256: Record<string, string>; ical: Record<string, Side>; app: Record<string, Side> };

async function probe(tz: string, today?: string): Promise<Probe> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'tests/unit/calendar-feeds-probe.ts'], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz, ...(today ? { PROBE_TODAY: today } : {}) },
    timeout: 60_000,
  });
  return JSON.parse(stdout) as Probe;
}

describe('occurrences for the next three years', () => {
  it('are the same from ical.js and from the app’s calendar, under zones west of, at and east of UTC', { timeout: 120_000 }, async () => {
    const zones = ['America/Los_Angeles', 'UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'];
    // The real next three years, plus a pinned day inside the June month and on 26/6 itself.
    const runs = await Promise.all([...zones.map((tz) => probe(tz)), probe('America/Los_Angeles', '2027-06-26')]);
    expect(runs.map((r) => r.offsetMinutes)).toEqual([480, 0, -420, -840, 480]);
    const [first] = runs;
    for (const [i, run] of runs.entries()) {
      const label = `${i < zones.length ? zones[i] : 'pinned'} ${run.window}`;
      // The bytes do not depend on the machine's zone (nor on the day the build runs).
      expect(run.sha256, label).toEqual(first!.sha256);
      expect(Object.keys(run.ical), label).toEqual(feeds.map((f) => f.path));
      for (const path of Object.keys(run.ical)) expect(run.ical[path], `${label} ${path}`).toEqual(run.app[path]);
    }
    // Not vacuous: every yearly campaign shows up three times, and the pinned day has things on now.
    expect(first!.ical['/lich/antq.ics']!.occurrences.length).toBeGreaterThanOrEqual(3 * 7);
    expect(runs[4]!.ical['/lich/antq.ics']!.onNow).toEqual([
      'ngay-toan-dan-phong-chong-ma-tuy@antq 2027-06-26..2027-06-26',
      'thang-hanh-dong-phong-chong-ma-tuy@antq 2027-06-01..2027-06-30',
    ]);
  });
});
