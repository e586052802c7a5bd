// What the home screen picks: on now, next, the followed province's campaigns, latest, hotlines.
import { describe, expect, it } from 'vitest';
import { emergencyHotlines, latestArticles, todayCampaigns } from '../../src/routes/home-data.ts';
import { articles, campaigns, day, hotlines } from './routes-fixture.ts';

describe('todayCampaigns', () => {
  it('on 22/11/2026 has the HIV/AIDS action month on, and 1/12 next, with countdowns', () => {
    const { onNow, next } = todayCampaigns(campaigns, day('2026-11-22'), null);
    expect(onNow.map((o) => [o.campaign.id, o.daysLeft])).toEqual([['thang-hanh-dong-quoc-gia-phong-chong-hiv-aids', 18]]);
    expect(next.map((o) => [o.campaign.id, o.daysUntil])).toEqual([
      ['ngay-the-gioi-phong-chong-aids', 9],
      ['thang-hanh-dong-phong-chong-ma-tuy', 191],
      ['ngay-toan-dan-phong-chong-ma-tuy', 216],
      ['ngay-toan-dan-phong-chong-mua-ban-nguoi', 250],
    ]);
  });

  it('adds the followed province’s own campaigns, and only that province’s', () => {
    const at = day('2023-08-01');
    expect(todayCampaigns(campaigns, at, null).onNow.map((o) => o.campaign.id)).toEqual([]);
    expect(todayCampaigns(campaigns, at, 'cao-bang').onNow.map((o) => o.campaign.id)).toEqual(['cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023']);
    expect(todayCampaigns(campaigns, at, 'ha-noi').onNow).toEqual([]);
  });

  it('counts the last day of a period as on now', () => {
    expect(todayCampaigns(campaigns, day('2026-12-10'), null).onNow.map((o) => o.daysLeft)).toEqual([0]);
  });
});

describe('home lists', () => {
  it('shows the newest articles first whatever their date precision', () => {
    expect(latestArticles(articles, 3).map((a) => a.date)).toEqual(['2023-07-21', '2023-03', '2018']);
    expect(latestArticles(articles, 1)).toHaveLength(1);
  });

  it('puts 113, 114, 115 in the hotline bar in that order', () => {
    expect(emergencyHotlines([...hotlines].reverse()).map((h) => h.number)).toEqual(['113', '114', '115']);
  });
});
