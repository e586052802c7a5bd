// A campaign as calendar events and the feeds they make up, on hand-made campaigns (the real seeds'
// feeds, parsed by ical.js: calendar-feeds-ical.test.ts).
import { describe, expect, it } from 'vitest';
import type { Campaign } from '../../src/content/schema.ts';
import { formatIsoDay } from '../../src/lib/vn-date.ts';
import { calendarFeedFiles } from '../../src/routes/calendar-feed-files.ts';
import { calendarFeeds, provinceFeed, topicFeed } from '../../src/routes/calendar-feeds.ts';
import { CalendarFeedError, calendarShape, campaignIcsEvents } from '../../src/routes/campaign-events.ts';
import { feedLinks } from '../../src/routes/feed-links.ts';

const ORIGIN = 'https://antq.example';
const campaign = (c: Partial<Campaign> & Pick<Campaign, 'id' | 'recurrence'>): Campaign => ({
  name: `Tên ${c.id}`,
  kind: 'observance',
  topic: 'ma-tuy',
  province: null,
  description: `Mô tả ${c.id}.`,
  legalBasis: [],
  actions: [],
  articles: [],
  sources: [{ fact: 'F-MATUY-DAY' }],
  ...c,
});
const drugDay = campaign({ id: 'ngay-ma-tuy', shortName: 'Ngày 26/6', recurrence: { kind: 'yearly-day', month: 6, day: 26, since: 2001 } });
const hivMonth = campaign({ id: 'thang-hiv', topic: 'hiv-aids', kind: 'period', recurrence: { kind: 'yearly-period', start: { month: 11, day: 10 }, end: { month: 12, day: 10 }, since: 2008 } });
const tet = campaign({ id: 'tet', topic: 'antq', kind: 'period', recurrence: { kind: 'yearly-period', start: { month: 12, day: 15 }, end: { month: 1, day: 15 }, since: 2020 } });
const leapDay = campaign({ id: 'ngay-nhuan', topic: 'antq', recurrence: { kind: 'yearly-day', month: 2, day: 29, since: 2021 } });
const peak = campaign({ id: 'cao-diem-cb', topic: 'mua-ban-nguoi', kind: 'period', province: 'cao-bang', recurrence: { kind: 'once', start: '2023-07-01', end: '2023-09-30' } });
// A plan dated by its launch only (the source gives no span): that one day.
const plan = campaign({
  id: 'nam-hanh-dong-cb',
  name: 'Triển khai Năm hành động (Cao Bằng)',
  topic: 'mua-ban-nguoi',
  kind: 'plan',
  province: 'cao-bang',
  recurrence: { kind: 'once', start: '2023-07-21', end: '2023-07-21' },
  caveat: 'Bài viết không nêu ngày bắt đầu, kết thúc.',
});
const hanoiPlan = campaign({ id: 'de-an-hn', topic: 'toi-pham', kind: 'plan', province: 'ha-noi', recurrence: { kind: 'once', start: '2023', end: '2023' } });
const strategy = campaign({ id: 'chien-luoc', topic: 'toi-pham', kind: 'plan', recurrence: { kind: 'once', start: '2016', end: '2025' } });
const all = [drugDay, hivMonth, peak, plan, hanoiPlan, strategy];
const provinces = [
  { id: 'cao-bang', name: 'Cao Bằng' },
  { id: 'ha-noi', name: 'Hà Nội' },
  { id: 'bac-ninh', name: 'Bắc Ninh' },
];
const days = (c: Campaign) =>
  campaignIcsEvents(c, ORIGIN).map((e) => (e.when.kind === 'days' ? `${formatIsoDay(e.when.start)}..${formatIsoDay(e.when.end)}${e.when.yearly ? ' yearly' : ''}` : 'instants'));

describe('campaignIcsEvents', () => {
  it('writes a yearly observance once, repeating from the first year of its legal basis', () => {
    expect(days(drugDay)).toEqual(['2001-06-26..2001-06-26 yearly']);
    expect(days(hivMonth)).toEqual(['2008-11-10..2008-12-10 yearly']);
    expect(days(tet)).toEqual(['2020-12-15..2021-01-15 yearly']);
    // 29/2 from 2021: the first one is 2024, and the rule skips common years as the app does.
    expect(days(leapDay)).toEqual(['2024-02-29..2024-02-29 yearly']);
  });

  it('names the campaign, ends the description with its page and reminds at 9:00 the day before', () => {
    const [event] = campaignIcsEvents(drugDay, ORIGIN);
    expect(event).toMatchObject({ uid: 'ngay-ma-tuy@antq', summary: 'Ngày 26/6', url: `${ORIGIN}/chien-dich/ngay-ma-tuy/`, alarmMinutesBefore: 900 });
    expect(event!.description).toBe(`Tên ngay-ma-tuy\n\nMô tả ngay-ma-tuy.`);
  });

  it('gives a one-off range with day-precise ends its own days, past or not', () => {
    expect(days(peak)).toEqual(['2023-07-01..2023-09-30']);
    expect(calendarShape(peak)).toBe('range');
  });

  it('never invents days for a plan known only by its years; a plan dated by its launch is that day', () => {
    expect(days(plan)).toEqual(['2023-07-21..2023-07-21']);
    const [launch] = campaignIcsEvents(plan, ORIGIN);
    expect(launch).toMatchObject({ uid: 'nam-hanh-dong-cb@antq', summary: 'Triển khai Năm hành động (Cao Bằng)' });
    expect(launch!.description).toContain('Lưu ý: Bài viết không nêu ngày bắt đầu, kết thúc.');
    expect(days(campaign({ id: 'nam-2023-2024', kind: 'plan', recurrence: { kind: 'once', start: '2023', end: '2024' } }))).toEqual([]);
    expect(days(campaign({ id: 'thang-7-2023', kind: 'plan', recurrence: { kind: 'once', start: '2023-07', end: '2023-07' } }))).toEqual([]);
    expect(days(hanoiPlan)).toEqual([]);
    expect(days(strategy)).toEqual([]);
    expect(calendarShape(strategy)).toBe('none');
  });

  it('fails clearly on a yearly campaign without `since`, or one a yearly rule cannot say', () => {
    const noSince = campaign({ id: 'khong-nam', recurrence: { kind: 'yearly-day', month: 7, day: 30 } as Campaign['recurrence'] });
    expect(() => campaignIcsEvents(noSince, ORIGIN)).toThrow(CalendarFeedError);
    expect(() => campaignIcsEvents(noSince, ORIGIN)).toThrow('seeds/campaigns.json › khong-nam › recurrence.since: a yearly campaign needs the first year of its legal basis');
    const leapPeriod = campaign({ id: 'ky-nhuan', recurrence: { kind: 'yearly-period', start: { month: 2, day: 1 }, end: { month: 2, day: 29 }, since: 2024 } });
    expect(() => campaignIcsEvents(leapPeriod, ORIGIN)).toThrow('seeds/campaigns.json › ky-nhuan › recurrence: a yearly period that starts or ends on 29/2');
  });
});

describe('calendarFeeds', () => {
  const feeds = calendarFeeds(all, provinces, ORIGIN);

  it('offers everything, each topic with a national event and each province with an event of its own', () => {
    expect(feeds.map((f) => `${f.path} ${f.events.length}`)).toEqual([
      '/lich/antq.ics 4',
      '/lich/chu-de/ma-tuy.ics 1',
      '/lich/chu-de/hiv-aids.ics 1',
      '/lich/tinh/cao-bang.ics 2',
    ]);
    expect(feeds.map((f) => f.name)).toEqual(['Lịch ANTQ', 'Lịch ANTQ · Ma túy', 'Lịch ANTQ · HIV/AIDS', 'Lịch ANTQ · Cao Bằng']);
  });

  it('orders events by their first day, so the bytes do not depend on the seed order', () => {
    expect(feeds[0]!.events.map((e) => e.uid)).toEqual(['ngay-ma-tuy@antq', 'thang-hiv@antq', 'cao-diem-cb@antq', 'nam-hanh-dong-cb@antq']);
    const reversed = calendarFeedFiles([...all].reverse(), provinces, ORIGIN);
    expect(reversed).toEqual(calendarFeedFiles(all, provinces, ORIGIN));
  });

  it('keeps provincial campaigns out of the topic feeds, so topic and province subscriptions never double an event', () => {
    expect(topicFeed(all, 'mua-ban-nguoi', ORIGIN)).toBeUndefined();
    expect(topicFeed(all, 'ma-tuy', ORIGIN)?.events.map((e) => e.uid)).toEqual(['ngay-ma-tuy@antq']);
    expect(provinceFeed(all, provinces[0]!, ORIGIN)?.path).toBe('/lich/tinh/cao-bang.ics');
    expect(provinceFeed(all, provinces[1]!, ORIGIN)).toBeUndefined(); // Hà Nội's only plan has no sourced day
  });

  it('writes each feed as a file under lich/', () => {
    expect([...calendarFeedFiles(all, provinces, ORIGIN).keys()]).toEqual(['lich/antq.ics', 'lich/chu-de/ma-tuy.ics', 'lich/chu-de/hiv-aids.ics', 'lich/tinh/cao-bang.ics']);
  });
});

describe('feedLinks', () => {
  it('gives the https address, webcal: for Apple devices and Google Calendar’s add-by-URL link', () => {
    expect(feedLinks('https://antq.example', '/lich/chu-de/ma-tuy.ics')).toEqual({
      https: 'https://antq.example/lich/chu-de/ma-tuy.ics',
      webcal: 'webcal://antq.example/lich/chu-de/ma-tuy.ics',
      google: 'https://calendar.google.com/calendar/r?cid=webcal%3A%2F%2Fantq.example%2Flich%2Fchu-de%2Fma-tuy.ics',
    });
    expect(feedLinks('http://127.0.0.1:4173', '/lich/antq.ics').webcal).toBe('webcal://127.0.0.1:4173/lich/antq.ics');
  });
});
