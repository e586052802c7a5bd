import { describe, it, expect } from 'vitest';
import type { Campaign } from '../../src/content/schema.ts';
import { type CampaignOccurrence, campaignStatus } from '../../src/lib/campaign-status.ts';
import type { Recurrence } from '../../src/lib/recurrence.ts';
import { type Day, formatIsoDay, parseIsoDay } from '../../src/lib/vn-date.ts';

const iso = (s: string): Day => {
  const day = parseIsoDay(s);
  if (day === undefined) throw new Error(`bad test date ${s}`);
  return day;
};
type Fixture = { id: string; recurrence: Recurrence };
const when = (o: CampaignOccurrence<Fixture>): string =>
  `${o.campaign.id} ${formatIsoDay(o.start)}..${formatIsoDay(o.end)}`;
const period = (start: [number, number], end: [number, number]): Recurrence => ({
  kind: 'yearly-period',
  start: { month: start[0], day: start[1] },
  end: { month: end[0], day: end[1] },
  since: 2000,
});

const national: Fixture[] = [
  { id: 'thang-hanh-dong-phong-chong-hiv-aids', recurrence: period([11, 10], [12, 10]) },
  { id: 'ngay-the-gioi-phong-chong-aids', recurrence: { kind: 'yearly-day', month: 12, day: 1, since: 2008 } },
  { id: 'thang-hanh-dong-phong-chong-ma-tuy', recurrence: period([6, 1], [6, 30]) },
  { id: 'ngay-toan-dan-phong-chong-ma-tuy', recurrence: { kind: 'yearly-day', month: 6, day: 26, since: 2001 } },
  { id: 'ngay-toan-dan-phong-chong-mua-ban-nguoi', recurrence: { kind: 'yearly-day', month: 7, day: 30, since: 2017 } },
  { id: 'ngay-hoi-toan-dan-bao-ve-antq', recurrence: { kind: 'yearly-day', month: 8, day: 19, since: 2005 } },
  { id: 'ngay-toan-dan-pccc', recurrence: { kind: 'yearly-day', month: 10, day: 4, since: 2001 } },
];
const tetPeak: Fixture = { id: 'cao-diem-tet', recurrence: period([12, 15], [1, 15]) };
const plan: Fixture = { id: 'ke-hoach-quy-3', recurrence: { kind: 'once', start: '2026-07', end: '2026-09' } };

describe('campaignStatus on 22/11/2026', () => {
  const status = campaignStatus(national, iso('2026-11-22'));

  it('has the HIV/AIDS action month on now', () => {
    expect(status.onNow.map(when)).toEqual(['thang-hanh-dong-phong-chong-hiv-aids 2026-11-10..2026-12-10']);
    expect(status.onNow[0]?.daysLeft).toBe(18);
  });

  it('lists what comes next, soonest first, once per campaign', () => {
    expect(status.next.map((o) => [formatIsoDay(o.start), o.daysUntil, o.campaign.id])).toEqual([
      ['2026-12-01', 9, 'ngay-the-gioi-phong-chong-aids'],
      ['2027-06-01', 191, 'thang-hanh-dong-phong-chong-ma-tuy'],
      ['2027-06-26', 216, 'ngay-toan-dan-phong-chong-ma-tuy'],
      ['2027-07-30', 250, 'ngay-toan-dan-phong-chong-mua-ban-nguoi'],
      ['2027-08-19', 270, 'ngay-hoi-toan-dan-bao-ve-antq'],
      ['2027-10-04', 316, 'ngay-toan-dan-pccc'],
      ['2027-11-10', 353, 'thang-hanh-dong-phong-chong-hiv-aids'],
    ]);
  });

  it('lists what ended in the last year, most recently ended first', () => {
    expect(status.past.map(when)).toEqual([
      'ngay-toan-dan-pccc 2026-10-04..2026-10-04',
      'ngay-hoi-toan-dan-bao-ve-antq 2026-08-19..2026-08-19',
      'ngay-toan-dan-phong-chong-mua-ban-nguoi 2026-07-30..2026-07-30',
      'thang-hanh-dong-phong-chong-ma-tuy 2026-06-01..2026-06-30',
      'ngay-toan-dan-phong-chong-ma-tuy 2026-06-26..2026-06-26',
      'thang-hanh-dong-phong-chong-hiv-aids 2025-11-10..2025-12-10',
      'ngay-the-gioi-phong-chong-aids 2025-12-01..2025-12-01',
    ]);
    expect(status.past[0]?.daysAgo).toBe(49);
  });

  it('bounds the past and the future to the requested window', () => {
    const near = campaignStatus(national, iso('2026-11-22'), { aheadDays: 200, behindDays: 60 });
    expect(near.past.map(when)).toEqual(['ngay-toan-dan-pccc 2026-10-04..2026-10-04']);
    expect(near.next.map((o) => o.campaign.id)).toEqual([
      'ngay-the-gioi-phong-chong-aids',
      'thang-hanh-dong-phong-chong-ma-tuy',
    ]);
  });
});

describe('campaignStatus edges', () => {
  it('counts the first and last day as on now, and never lists a campaign starting today as next', () => {
    const first = campaignStatus(national, iso('2026-11-10'));
    expect(first.onNow.map((o) => [o.campaign.id, o.daysLeft])).toEqual([['thang-hanh-dong-phong-chong-hiv-aids', 30]]);
    expect(first.next.find((o) => o.campaign.id === 'thang-hanh-dong-phong-chong-hiv-aids')?.daysUntil).toBe(365);
    const last = campaignStatus(national, iso('2026-12-10'));
    expect(last.onNow.map((o) => o.daysLeft)).toEqual([0]);
  });

  it('orders what is on now by what ends first', () => {
    const status = campaignStatus(national, iso('2026-12-01'));
    expect(status.onNow.map(when)).toEqual([
      'ngay-the-gioi-phong-chong-aids 2026-12-01..2026-12-01',
      'thang-hanh-dong-phong-chong-hiv-aids 2026-11-10..2026-12-10',
    ]);
  });

  it('follows a period across the year end', () => {
    expect(campaignStatus([tetPeak], iso('2026-12-31')).onNow.map((o) => [when(o), o.daysLeft])).toEqual([
      ['cao-diem-tet 2026-12-15..2027-01-15', 15],
    ]);
    const inJanuary = campaignStatus([tetPeak], iso('2027-01-10'));
    expect(inJanuary.onNow.map(when)).toEqual(['cao-diem-tet 2026-12-15..2027-01-15']);
    const after = campaignStatus([tetPeak], iso('2027-01-16'));
    expect(after.onNow).toEqual([]);
    expect(after.past.map((o) => [when(o), o.daysAgo])).toEqual([['cao-diem-tet 2026-12-15..2027-01-15', 1]]);
    expect(after.next.map((o) => [when(o), o.daysUntil])).toEqual([['cao-diem-tet 2027-12-15..2028-01-15', 333]]);
  });

  it('places a month-precision once-range before, during and after it runs', () => {
    expect(campaignStatus([plan], iso('2026-01-01')).next.map((o) => [when(o), o.daysUntil])).toEqual([
      ['ke-hoach-quy-3 2026-07-01..2026-09-30', 181],
    ]);
    const whole = 'ke-hoach-quy-3 2026-07-01..2026-09-30';
    expect(campaignStatus([plan], iso('2026-09-30')).onNow.map(when)).toEqual([whole]);
    expect(campaignStatus([plan], iso('2026-10-01')).past.map(when)).toEqual([whole]);
    expect(campaignStatus([plan], iso('2028-01-01'))).toEqual({ onNow: [], next: [], past: [] });
  });

  it('accepts the content schema Campaign and hands it back', () => {
    const campaigns: Campaign[] = [];
    const status: { onNow: CampaignOccurrence<Campaign>[] } = campaignStatus(campaigns, iso('2026-11-22'));
    expect(status.onNow).toEqual([]);
  });
});
