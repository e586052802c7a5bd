// Proves lib's dates do not depend on the machine's time zone. TZ is read when a process starts,
// so a probe runs in child processes under four zones (west of UTC, UTC, Vietnam, UTC+14) and
// every child must print the same, correct answers. The probe exercises each module that touches days.
import { execFile } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { describe, it, expect } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const lib = (name: string): string => pathToFileURL(`${ROOT}src/lib/${name}.ts`).href;
const ZONES = ['America/Los_Angeles', 'UTC', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati'] as const;

const PROBE = `
import * as d from ${JSON.stringify(lib('vn-date'))};
import { occurrences, occurrenceInYear } from ${JSON.stringify(lib('recurrence'))};
import { campaignStatus } from ${JSON.stringify(lib('campaign-status'))};
import { icsForEvent } from ${JSON.stringify(lib('ics'))};

const at = (instant) => d.formatIsoDay(d.todayInVietnam(new Date(instant)));
const day = (s) => d.parseIsoDay(s);
const range = (r) => r && d.formatIsoDay(r.start) + '..' + d.formatIsoDay(r.end);
const period = (sm, sd, em, ed) =>
  ({ kind: 'yearly-period', start: { month: sm, day: sd }, end: { month: em, day: ed } });
const campaigns = [
  { id: 'hiv-month', recurrence: period(11, 10, 12, 10) },
  { id: 'aids-day', recurrence: { kind: 'yearly-day', month: 12, day: 1, since: 2008 } },
  { id: 'drug-month', recurrence: period(6, 1, 6, 30) },
  { id: 'drug-day', recurrence: { kind: 'yearly-day', month: 6, day: 26, since: 2001 } },
  { id: 'trafficking-day', recurrence: { kind: 'yearly-day', month: 7, day: 30, since: 2016 } },
  { id: 'antq-day', recurrence: { kind: 'yearly-day', month: 8, day: 19, since: 2000 } },
  { id: 'fire-day', recurrence: { kind: 'yearly-day', month: 10, day: 4, since: 1996 } },
];
const status = campaignStatus(campaigns, d.todayInVietnam(new Date('2026-11-21T17:00:00Z')));
const tet = period(12, 15, 1, 15);

console.log(JSON.stringify({
  offsetMinutes: new Date(Date.UTC(2026, 10, 22)).getTimezoneOffset(),
  answers: {
    justBeforeMidnight: at('2026-11-21T16:59:59Z'),
    atMidnight: at('2026-11-21T17:00:00Z'),
    newYear: [at('2026-12-31T16:59:59.999Z'), at('2026-12-31T17:00:00Z')],
    leapDay: at('2028-02-28T17:00:00Z'),
    longDate: d.formatVnDateLong(d.todayInVietnam(new Date('2026-06-25T17:00:00Z'))),
    month: d.formatVnMonth(d.todayInVietnam(new Date('2026-05-31T17:30:00Z'))),
    weekday: d.dayOfWeek(day('2026-06-28')),
    onNow: status.onNow.map((o) => o.campaign.id + ' ' + range(o)),
    next: status.next.map((o) => d.formatIsoDay(o.start) + ' ' + o.daysUntil),
    tet: occurrences(tet, day('2027-01-01'), day('2027-12-31')).map(range),
    leapYears: occurrences({ kind: 'yearly-day', month: 2, day: 29, since: 2000 }, day('2023-01-01'), day('2029-12-31')).map(range),
    once: range(occurrenceInYear({ kind: 'once', start: '2024-02', end: '2024' }, 2024)),
    ics: icsForEvent(
      { uid: 'u', summary: 'Tết', url: 'https://antq.example/', when: { kind: 'days', start: day('2026-12-31'), end: day('2026-12-31') } },
    ).split('\\r\\n').filter((l) => /^(DTSTART|DTEND|DTSTAMP)/.test(l)),
  },
}));
`;

const EXPECTED = {
  justBeforeMidnight: '2026-11-21',
  atMidnight: '2026-11-22',
  newYear: ['2026-12-31', '2027-01-01'],
  leapDay: '2028-02-29',
  longDate: 'thứ Sáu, 26/6/2026',
  month: 'tháng 6/2026',
  weekday: 0,
  onNow: ['hiv-month 2026-11-10..2026-12-10'],
  next: [
    '2026-12-01 9',
    '2027-06-01 191',
    '2027-06-26 216',
    '2027-07-30 250',
    '2027-08-19 270',
    '2027-10-04 316',
    '2027-11-10 353',
  ],
  tet: ['2026-12-15..2027-01-15', '2027-12-15..2028-01-15'],
  leapYears: ['2024-02-29..2024-02-29', '2028-02-29..2028-02-29'],
  once: '2024-02-01..2024-12-31',
  ics: ['DTSTAMP:20261231T000000Z', 'DTSTART;VALUE=DATE:20261231', 'DTEND;VALUE=DATE:20270101'],
};

async function probe(tz: string): Promise<{ offsetMinutes: number; answers: unknown }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', PROBE],
    { cwd: ROOT, env: { ...process.env, TZ: tz }, timeout: 30_000 },
  );
  return JSON.parse(stdout) as { offsetMinutes: number; answers: unknown };
}

describe('time-zone independence', () => {
  it('gives identical, correct answers under four machine time zones', { timeout: 60_000 }, async () => {
    const results = await Promise.all(ZONES.map(probe));
    // The zones really took effect in the children (PST, UTC, UTC+7, UTC+14)...
    expect(results.map((r) => r.offsetMinutes)).toEqual([480, 0, -420, -840]);
    // ...and none of them changed a single answer.
    for (const [i, result] of results.entries()) expect(result.answers, ZONES[i]).toEqual(EXPECTED);
  });
});
