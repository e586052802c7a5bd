// Campaign wording and ordering (its calendar events: routes-campaign-events.test.ts).
import { describe, expect, it } from 'vitest';
import { describeRecurrence, occurrencesInYears } from '../../src/routes/campaign-dates.ts';
import { campaignsByWhen } from '../../src/routes/campaign-list.ts';
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
