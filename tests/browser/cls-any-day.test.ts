// Home and the calendar are prerendered for the build day; on any other day the app corrects them
// after load (what is on now, next, countdowns, the month grid). Nothing may move when it does:
// layout shift ≤ 0.02 (the budget of shared/docs/performance.md), measured in real Chromium with
// the page's clock moved, on a phone, Lighthouse's mobile screen and a desktop.
import { describe, expect, it } from 'vitest';
import { BUDGETS } from '../bench/budgets.ts';
import { DESKTOP, PHONE, servedApp } from './harness.ts';
import { layoutShifts } from './layout-shift.ts';

/** Days other than the build day: in the June action month, the day before 30/7, World AIDS Day in the HIV/AIDS month. */
const DAYS = ['2027-06-20', '2028-07-29', '2030-12-01'] as const;
const SCREENS = { phone: PHONE, 'lighthouse mobile': { width: 412, height: 823 }, desktop: DESKTOP };

/** What the corrected page shows on `day` (so a test cannot pass on a page that was never corrected). */
const CORRECTED: Record<string, (day: string) => string> = {
  '/': (day) => {
    const [y, m, d] = day.split('-').map(Number);
    return `${d}/${m}/${y}`;
  },
  '/lich/': (day) => {
    const [y, m] = day.split('-').map(Number);
    return `Tháng ${m}/${y}`;
  },
};

describe('layout shift on a day other than the build day', () => {
  const app = servedApp();

  for (const path of Object.keys(CORRECTED)) {
    for (const [screen, viewport] of Object.entries(SCREENS)) {
      it(`${path} on ${screen}: CLS ≤ ${BUDGETS.lighthouse.cls} on ${DAYS.join(', ')}`, async () => {
        for (const day of DAYS) {
          const result = await layoutShifts(app.browser, app.server.url + path, { day, viewport });
          expect(result.text, `${path} on ${day}`).toContain(CORRECTED[path]!(day));
          expect(result.cls, `${path} on ${day}: ${JSON.stringify(result.shifts)}`).toBeLessThanOrEqual(BUDGETS.lighthouse.cls);
        }
      });
    }
  }

  it('the measure sees shifts: a block inserted above the content after the first paint', async () => {
    const result = await layoutShifts(app.browser, app.server.url + '/', { day: DAYS[0], afterReady: 'insert-block' });
    expect(result.cls).toBeGreaterThan(0.05);
  });
});
