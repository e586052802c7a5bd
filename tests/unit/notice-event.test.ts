// An event notice's calendar file, read back with an independent RFC 5545 parser (ical.js).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { icsForEvent } from '../../src/lib/ics.ts';
import { noticeEvent } from '../../src/routes/notice-event.ts';
import type { WardKey } from '../../src/notice/trust-list.ts';
import { body } from './notice-fixtures.ts';

const key = { kid: 'k'.repeat(43), unit: 'Công an phường Ba Đình' } as WardKey;

describe('noticeEvent', () => {
  it('a timed event: instants in Vietnam time, with an alarm; text, place and phone in the description', () => {
    const event = noticeEvent({ key, body: body({ k: 'su-kien', t: 'Họp tổ dân phố; bàn, về PCCC', s: '2026-12-01T19:30', f: '2026-12-01T21:00', p: 'Nhà văn hóa tổ 5' }) }, 'https://antq.example/tin/#x');
    const vevent = new ICAL.Component(ICAL.parse(icsForEvent(event!, key.unit))).getFirstSubcomponent('vevent')!;
    const e = new ICAL.Event(vevent);
    expect(e.summary).toBe('Họp tổ dân phố; bàn, về PCCC');
    expect(e.startDate.toJSDate().toISOString()).toBe('2026-12-01T12:30:00.000Z');
    expect(e.endDate.toJSDate().toISOString()).toBe('2026-12-01T14:00:00.000Z');
    expect(e.description).toContain('Nhà văn hóa tổ 5');
    expect(e.description).toContain('Công an phường Ba Đình');
    expect(vevent.getAllSubcomponents('valarm')).toHaveLength(1);
  });

  it('a day event: whole days; none without a start', () => {
    const event = noticeEvent({ key, body: body({ k: 'su-kien', s: '2026-12-01', f: '2026-12-02' }) }, 'https://antq.example/tin/#x');
    const e = new ICAL.Event(new ICAL.Component(ICAL.parse(icsForEvent(event!))).getFirstSubcomponent('vevent')!);
    expect(e.startDate.isDate).toBe(true);
    expect(e.startDate.toString()).toBe('2026-12-01');
    expect(e.endDate.toString()).toBe('2026-12-03');
    expect(noticeEvent({ key, body: body() }, 'x')).toBeUndefined();
  });
});
