// What the home screen picks: on now, next, the followed province's campaigns, latest, hotlines.
import { describe, expect, it } from 'vitest';
import { AGENDA_SLOTS, emergencyHotlines, latestArticles, todayAgenda, todayCampaigns } from '../../src/routes/home-data.ts';
import { addDays } from '../../src/lib/vn-date.ts';
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

describe('todayAgenda', () => {
  it('on 22/11/2026: the HIV/AIDS month on now, then the next three', () => {
    const agenda = todayAgenda(campaigns, day('2026-11-22'), null);
    expect(agenda.map((a) => [a.status, a.campaign.id])).toEqual([
      ['now', 'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids'],
      ['next', 'ngay-the-gioi-phong-chong-aids'],
      ['next', 'thang-hanh-dong-phong-chong-ma-tuy'],
      ['next', 'ngay-toan-dan-phong-chong-ma-tuy'],
    ]);
  });

  it('on 1/12/2030 two are on now (the HIV/AIDS month and World AIDS Day), the one ending first first', () => {
    const agenda = todayAgenda(campaigns, day('2030-12-01'), null);
    expect(agenda.filter((a) => a.status === 'now').map((a) => a.campaign.id)).toEqual(['ngay-the-gioi-phong-chong-aids', 'thang-hanh-dong-quoc-gia-phong-chong-hiv-aids']);
    expect(agenda).toHaveLength(AGENDA_SLOTS);
  });

  it('has the same number of cards on every day of four years, so home keeps its height whatever the day', () => {
    const counts = new Set<number>();
    for (let d = day('2026-01-01'); d <= day('2029-12-31'); d = addDays(d, 1)) counts.add(todayAgenda(campaigns, d, 'cao-bang').length);
    expect([...counts]).toEqual([AGENDA_SLOTS]);
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
