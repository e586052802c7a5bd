// "Đang hoạt động" is a claim about today: shown only within 12 months of the source, else "được nêu năm X".
import { describe, expect, it } from 'vitest';
import { MODEL_STATUS_WINDOW_MONTHS, shownStatus } from '../../src/content/model-status.ts';
import { dayFromYmd } from '../../src/lib/vn-date.ts';
import { modelStatusText } from '../../src/ui/topics.ts';

describe('a model’s shown status', () => {
  const active = { status: 'dang-hoat-dong' as const, mentioned: '2023-03' };
  it('is the stated status while the source is within the window', () => {
    expect(MODEL_STATUS_WINDOW_MONTHS).toBe(12);
    expect(shownStatus(active, { y: 2024, m: 3 })).toEqual({ kind: 'status', status: 'dang-hoat-dong' });
    expect(modelStatusText(active, dayFromYmd(2023, 9, 1))).toBe('Đang hoạt động (theo nguồn)');
  });

  it('says when the source mentioned it once the window has passed', () => {
    expect(shownStatus(active, { y: 2024, m: 4 })).toEqual({ kind: 'mentioned', year: 2023 });
    expect(modelStatusText(active, dayFromYmd(2026, 11, 29))).toBe('Được nêu năm 2023');
    // A year-only date counts from its last month: "2018" is current until December 2019.
    expect(modelStatusText({ status: 'dang-hoat-dong', mentioned: '2018' }, dayFromYmd(2019, 12, 31))).toBe('Đang hoạt động (theo nguồn)');
    expect(modelStatusText({ status: 'dang-hoat-dong', mentioned: '2018' }, dayFromYmd(2020, 1, 1))).toBe('Được nêu năm 2018');
  });
});
