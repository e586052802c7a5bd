// Campaign wording, ordering and the events of its calendar files (the .ics text itself is lib's).
import { describe, expect, it } from 'vitest';
import { campaignEvents, describeRecurrence, occurrencesInYears, topicEvents } from '../../src/routes/campaign-dates.ts';
import { campaignsByWhen } from '../../src/routes/campaign-list.ts';
import { icsForEvents } from '../../src/lib/ics.ts';
import { formatIsoDay } from '../../src/lib/vn-date.ts';
import { campaigns, day } from './routes-fixture.ts';

const byId = (id: string) => campaigns.find((c) => c.id === id)!;

describe('describeRecurrence', () => {
  it('says when, in Vietnamese', () => {
    expect(describeRecurrence({ kind: 'yearly-day', month: 6, day: 26, since: 2001 })).toBe('26/6 hằng năm (từ năm 2001)');
    expect(describeRecurrence({ kind: 'yearly-day', month: 8, day: 19, since: 2005 })).toBe('19/8 hằng năm (từ năm 2005)');
    expect(describeRecurrence({ kind: 'yearly-period', start: { month: 11, day: 10 }, end: { month: 12, day: 10 }, since: 2008 })).toBe('10/11–10/12 hằng năm (từ năm 2008)');
    expect(describeRecurrence({ kind: 'once', start: '2023-07-01', end: '2023-09-30' })).toBe('1/7/2023 – 30/9/2023');
    expect(describeRecurrence({ kind: 'once', start: '2023', end: '2024' })).toBe('năm 2023 – năm 2024');
    expect(describeRecurrence({ kind: 'once', start: '2023', end: '2023' })).toBe('năm 2023');
  });

  it('gives this year’s and next year’s dates', () => {
    const rows = occurrencesInYears(byId('thang-hanh-dong-quoc-gia-phong-chong-hiv-aids').recurrence, [2026, 2027]);
    expect(rows.map((r) => `${r.year}: ${formatIsoDay(r.range!.start)}..${formatIsoDay(r.range!.end)}`)).toEqual(['2026: 2026-11-10..2026-12-10', '2027: 2027-11-10..2027-12-10']);
  });
});

describe('campaignsByWhen on 22/11/2026', () => {
  const list = campaignsByWhen(campaigns, day('2026-11-22'));

  it('puts what is on first, then the soonest, then what is over', () => {
    expect(list.map((c) => `${c.state} ${c.campaign.id}`)).toEqual([
      'now thang-hanh-dong-quoc-gia-phong-chong-hiv-aids',
      'next ngay-the-gioi-phong-chong-aids',
      'next thang-hanh-dong-phong-chong-ma-tuy',
      'next ngay-toan-dan-phong-chong-ma-tuy',
      'next ngay-toan-dan-phong-chong-mua-ban-nguoi',
      'next ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc',
      'next ngay-toan-dan-phong-chay-chua-chay',
      'past cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023',
    ]);
  });
});

describe('calendar file events', () => {
  const origin = 'https://antq.example';

  it('covers this year and the next two for a recurring campaign, each linking back to its page', () => {
    const events = campaignEvents(byId('ngay-toan-dan-phong-chong-ma-tuy'), 2026, origin);
    expect(events.map((e) => formatIsoDay(e.start))).toEqual(['2026-06-26', '2027-06-26', '2028-06-26']);
    expect(events[0]).toMatchObject({
      uid: 'ngay-toan-dan-phong-chong-ma-tuy-2026-06-26@antq',
      summary: 'Ngày toàn dân phòng, chống ma túy',
      url: 'https://antq.example/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/',
    });
    expect(events[0]!.description).toContain('https://antq.example/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/');
  });

  it('starts a calendar file no earlier than the campaign’s `since`', () => {
    const events = campaignEvents(byId('ngay-toan-dan-phong-chong-mua-ban-nguoi'), 2014, origin);
    expect(events.map((e) => formatIsoDay(e.start))).toEqual(['2016-07-30']);
  });

  it('keeps whole periods, including one that runs into the next year', () => {
    const events = campaignEvents(byId('thang-hanh-dong-quoc-gia-phong-chong-hiv-aids'), 2026, origin);
    expect(events.map((e) => `${formatIsoDay(e.start)}..${formatIsoDay(e.end)}`)).toEqual(['2026-11-10..2026-12-10', '2027-11-10..2027-12-10', '2028-11-10..2028-12-10']);
  });

  it('gives a one-off campaign its own dates even when they are past', () => {
    const events = campaignEvents(byId('cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023'), 2026, origin);
    expect(events.map((e) => `${formatIsoDay(e.start)}..${formatIsoDay(e.end)}`)).toEqual(['2023-07-01..2023-09-30']);
  });

  it('gathers every campaign of a topic, earliest first', () => {
    const events = topicEvents(campaigns, 'hiv-aids', 2026, origin);
    expect(events).toHaveLength(6);
    expect(events.slice(0, 2).map((e) => e.uid)).toEqual(['thang-hanh-dong-quoc-gia-phong-chong-hiv-aids-2026-11-10@antq', 'ngay-the-gioi-phong-chong-aids-2026-12-01@antq']);
  });

  it('makes all-day events on Vietnam dates in the .ics text', () => {
    const ics = icsForEvents(campaignEvents(byId('thang-hanh-dong-quoc-gia-phong-chong-hiv-aids'), 2026, origin), 'HIV/AIDS');
    expect(ics).toContain('DTSTART;VALUE=DATE:20261110');
    expect(ics).toContain('DTEND;VALUE=DATE:20261211');
    // Long lines are folded at 75 octets; unfold to read the URL.
    expect(ics.replace(/\r\n /g, '')).toContain('URL:https://antq.example/chien-dich/thang-hanh-dong-quoc-gia-phong-chong-hiv-aids/');
  });
});
