// The calendar's logic: URL parsing (hostile values fall back to defaults), month arithmetic, the
// month grid with periods laid out as bars, and the year list. Drawing is left to the browser test.
import { describe, expect, it } from 'vitest';
import { calendarHref, parseCalendarQuery, shiftMonth } from '../../src/routes/calendar-query.ts';
import { GRID_WEEKS, monthGrid, occurrencesBetween, yearAgenda } from '../../src/routes/calendar-grid.ts';
import { formatIsoDay } from '../../src/lib/vn-date.ts';
import { campaigns, day } from './routes-fixture.ts';

const today = { y: 2026, m: 11 };

describe('parseCalendarQuery', () => {
  it('defaults to the month view of the current month, all topics', () => {
    expect(parseCalendarQuery({}, today)).toEqual({ view: 'thang', year: 2026, month: 11, topic: undefined });
  });

  it('reads a valid view, month and topic', () => {
    expect(parseCalendarQuery({ xem: 'danh-sach', thang: '2031-02', 'chu-de': 'ma-tuy' }, today)).toEqual({ view: 'danh-sach', year: 2031, month: 2, topic: 'ma-tuy' });
  });

  it.each([
    ['thang', '2026-13'],
    ['thang', '2026-1'],
    ['thang', '1800-05'],
    ['thang', '<script>alert(1)</script>'],
    ['xem', 'tuan'],
    ['chu-de', 'Ma-Tuy'],
    ['chu-de', '"><img src=x onerror=alert(1)>'],
  ])('ignores an invalid %s=%s', (key, value) => {
    expect(parseCalendarQuery({ [key]: value }, today)).toEqual({ view: 'thang', year: 2026, month: 11, topic: undefined });
  });

  it('keeps the valid parameters when another one is invalid', () => {
    expect(parseCalendarQuery({ thang: '2027-06', 'chu-de': 'khong-co' }, today)).toMatchObject({ year: 2027, month: 6, topic: undefined });
  });
});

describe('calendar addresses', () => {
  it('shifts months across year ends both ways', () => {
    expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
    expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
    expect(shiftMonth(2026, 11, -23)).toEqual({ year: 2024, month: 12 });
  });

  it('builds short, canonical links that parse back to the same query', () => {
    const q = { view: 'danh-sach', year: 2027, month: 3, topic: 'hiv-aids' } as const;
    expect(calendarHref(q)).toBe('/lich/?xem=danh-sach&thang=2027-03&chu-de=hiv-aids');
    expect(calendarHref({ ...q, view: 'thang', topic: undefined })).toBe('/lich/?thang=2027-03');
    const back = Object.fromEntries(new URL(calendarHref(q), 'http://x').searchParams);
    expect(parseCalendarQuery(back, today)).toEqual(q);
  });
});

describe('monthGrid', () => {
  const weeks = monthGrid(2026, 11, campaigns, day('2026-11-22'));

  it('lays November 2026 out in whole weeks from Monday 26/10 to Sunday 6/12', () => {
    expect(weeks).toHaveLength(6);
    expect(formatIsoDay(weeks[0]!.days[0]!.day)).toBe('2026-10-26');
    expect(formatIsoDay(weeks[5]!.days[6]!.day)).toBe('2026-12-06');
    expect(weeks[0]!.days.filter((d) => d.inMonth).map((d) => d.d)).toEqual([1]);
    expect(weeks.flatMap((w) => w.days).filter((d) => d.isToday).map((d) => formatIsoDay(d.day))).toEqual(['2026-11-22']);
  });

  it('draws the HIV/AIDS month as a bar from Tuesday 10/11 that runs on into December', () => {
    const bars = weeks.map((w) => w.bars.filter((b) => b.occurrence.campaign.topic === 'hiv-aids' && b.occurrence.campaign.kind === 'period'));
    expect(bars[0]).toEqual([]);
    expect(bars[1]).toEqual([]);
    expect(bars[2]!.map(({ col, span, continuesBefore, continuesAfter }) => ({ col, span, continuesBefore, continuesAfter }))).toEqual([{ col: 2, span: 6, continuesBefore: false, continuesAfter: true }]);
    expect(bars[3]!.map((b) => [b.col, b.span, b.continuesBefore, b.continuesAfter])).toEqual([[1, 7, true, true]]);
    expect(bars[5]!.map((b) => [b.col, b.span, b.continuesBefore, b.continuesAfter])).toEqual([[1, 7, true, true]]);
  });

  it('puts a day that overlaps a period in the next lane', () => {
    const last = weeks[5]!;
    const aidsDay = last.bars.find((b) => b.occurrence.campaign.id === 'ngay-the-gioi-phong-chong-aids');
    expect(aidsDay).toMatchObject({ col: 2, span: 1, lane: 1 });
    expect(last.lanes).toBe(2);
  });

  it('shows recurring days in any year, far from today', () => {
    const june2099 = monthGrid(2099, 6, campaigns, day('2026-11-22'));
    const ids = june2099.flatMap((w) => w.bars.map((b) => b.occurrence.campaign.id));
    expect(ids).toContain('ngay-toan-dan-phong-chong-ma-tuy');
    expect(ids).toContain('thang-hanh-dong-phong-chong-ma-tuy');
  });

  it('leaves out a yearly day before the year it started', () => {
    const aug2004 = monthGrid(2004, 8, campaigns, day('2026-11-22'));
    expect(aug2004.flatMap((w) => w.bars.map((b) => b.occurrence.campaign.id))).not.toContain('ngay-hoi-toan-dan-bao-ve-an-ninh-to-quoc');
  });
});

describe('monthGrid rows', () => {
  it('has six weeks for every month, February 2027 (four weeks from a Monday) as well, so every grid is as tall', () => {
    const feb = monthGrid(2027, 2, campaigns, day('2027-02-10'));
    expect(feb).toHaveLength(GRID_WEEKS);
    expect(formatIsoDay(feb[0]!.days[0]!.day)).toBe('2027-02-01');
    expect(feb[4]!.days.every((d) => !d.inMonth)).toBe(true);
    for (let y = 2026; y <= 2030; y++) for (let m = 1; m <= 12; m++) expect(monthGrid(y, m, campaigns, day('2026-01-01')), `${m}/${y}`).toHaveLength(6);
  });
});

describe('yearAgenda', () => {
  it('lists each occurrence under the month it starts in', () => {
    const months = yearAgenda(2023, campaigns);
    expect(months).toHaveLength(12);
    expect(months[6]!.items.map((o) => o.campaign.id)).toEqual(['cao-diem-phong-chong-mua-ban-nguoi-cao-bang-2023', 'ngay-toan-dan-phong-chong-mua-ban-nguoi']);
    expect(months[10]!.items.map((o) => o.campaign.id)).toEqual(['thang-hanh-dong-quoc-gia-phong-chong-hiv-aids']);
  });

  it('lists a period that started last year under January', () => {
    const jan = yearAgenda(2027, [{ name: 'Cao điểm Tết', recurrence: { kind: 'yearly-period', start: { month: 12, day: 15 }, end: { month: 1, day: 15 }, since: 2000 } }])[0]!;
    expect(jan.items.map((o) => `${formatIsoDay(o.start)}..${formatIsoDay(o.end)}`)).toEqual(['2026-12-15..2027-01-15']);
  });

  it('orders occurrences by start, longer first on the same day', () => {
    const list = occurrencesBetween(campaigns, day('2026-06-01'), day('2026-06-30'));
    expect(list.map((o) => o.campaign.id)).toEqual(['thang-hanh-dong-phong-chong-ma-tuy', 'ngay-toan-dan-phong-chong-ma-tuy']);
  });
});

describe('a yearly campaign before its `since`', () => {
  const ids = (year: number) => yearAgenda(year, campaigns).flatMap((m) => m.items.map((o) => o.campaign.id));
  it('is never shown: no 30/7 anti-trafficking day in 2010, the first one in 2016', () => {
    expect(ids(2010)).not.toContain('ngay-toan-dan-phong-chong-mua-ban-nguoi');
    expect(ids(2015)).not.toContain('ngay-toan-dan-phong-chong-mua-ban-nguoi');
    expect(ids(2016)).toContain('ngay-toan-dan-phong-chong-mua-ban-nguoi');
    expect(ids(2000)).not.toContain('ngay-toan-dan-phong-chong-ma-tuy');
    expect(ids(2000)).not.toContain('thang-hanh-dong-phong-chong-ma-tuy');
    expect(ids(1995)).not.toContain('ngay-toan-dan-phong-chay-chua-chay');
    expect(ids(1996)).toContain('ngay-toan-dan-phong-chay-chua-chay');
    const july2010 = occurrencesBetween(campaigns, day('2010-07-01'), day('2010-07-31'));
    expect(july2010.map((o) => o.campaign.id)).not.toContain('ngay-toan-dan-phong-chong-mua-ban-nguoi');
  });
});
