import { describe, it, expect } from 'vitest';
import { type IcsEvent, escapeText, foldLine, icsCalendar, icsForEvent } from '../../src/lib/ics.ts';
import { type Day, parseIsoDay } from '../../src/lib/vn-date.ts';

const iso = (s: string): Day => {
  const day = parseIsoDay(s);
  if (day === undefined) throw new Error(`bad test date ${s}`);
  return day;
};
const octets = (s: string): number => new TextEncoder().encode(s).length;
/** RFC 5545 §3.1: a CRLF followed by one space or tab is removed. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const unescape = (value: string): string =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
const property = (ics: string, name: string): string[] =>
  unfold(ics)
    .filter((line) => line.startsWith(`${name}:`) || line.startsWith(`${name};`))
    .map((line) => line.slice(line.indexOf(':') + 1));

const hivMonth: IcsEvent = {
  uid: 'thang-hanh-dong-phong-chong-hiv-aids@antq',
  summary: 'Tháng hành động quốc gia phòng, chống HIV/AIDS',
  description: 'Từ 10/11 đến 10/12 hằng năm.',
  when: { kind: 'days', start: iso('2008-11-10'), end: iso('2008-12-10'), yearly: true },
  url: 'https://antq.example/chien-dich/thang-hanh-dong-phong-chong-hiv-aids/?a=1,2;b',
  alarmMinutesBefore: 900,
};
const antqDay: IcsEvent = {
  uid: 'ngay-hoi-19-8@antq',
  summary: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  when: { kind: 'days', start: iso('2026-12-31'), end: iso('2026-12-31') },
  url: 'https://antq.example/chien-dich/ngay-hoi/',
};
const meeting: IcsEvent = {
  uid: 'hop-to-dan-pho@antq',
  summary: 'Họp tổ dân phố',
  when: { kind: 'instants', start: new Date('2026-12-05T12:30:00Z'), end: new Date('2026-12-05T14:00:00Z') },
  url: 'https://antq.example/tin/',
};

describe('icsCalendar', () => {
  const ics = icsCalendar({ name: 'Lịch ANTQ', description: 'Mọi ngày, đợt.', events: [hivMonth, antqDay] });

  it('writes a calendar with CRLF line endings only, named and refreshed daily', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(property(ics, 'X-WR-CALNAME')).toEqual(['Lịch ANTQ']);
    expect(property(ics, 'NAME')).toEqual(['Lịch ANTQ']);
    expect(property(ics, 'X-WR-CALDESC')).toEqual(['Mọi ngày\\, đợt.']);
    expect(property(ics, 'X-WR-TIMEZONE')).toEqual(['Asia/Ho_Chi_Minh']);
    expect(unfold(ics)).toContain('REFRESH-INTERVAL;VALUE=DURATION:P1D');
    expect(unfold(ics)).toContain('X-PUBLISHED-TTL:P1D');
    expect(property(ics, 'BEGIN')).toEqual(['VCALENDAR', 'VEVENT', 'VALARM', 'VEVENT']);
  });

  it('writes all-day events with an exclusive end, a yearly rule where asked, across the year end too', () => {
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20081110');
    expect(unfold(ics)).toContain('DTEND;VALUE=DATE:20081211');
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20261231');
    expect(unfold(ics)).toContain('DTEND;VALUE=DATE:20270101');
    expect(property(ics, 'RRULE')).toEqual(['FREQ=YEARLY']);
  });

  it('stamps events from their content, not the clock, and keeps UID and URL', () => {
    expect(property(ics, 'DTSTAMP')).toEqual(['20081110T000000Z', '20261231T000000Z']);
    expect(property(ics, 'UID')).toEqual([hivMonth.uid, antqDay.uid]);
    expect(property(ics, 'URL')).toEqual([hivMonth.url, antqDay.url]); // a URI value: its , and ; stay unescaped
  });

  it('ends every DESCRIPTION with the page URL, since calendar apps ignore URL', () => {
    expect(property(ics, 'DESCRIPTION').map(unescape)).toEqual([
      `${hivMonth.description}\n\n${hivMonth.url}`,
      hivMonth.summary, // the alarm's text
      antqDay.url,
    ]);
    expect(property(ics, 'SUMMARY').map(unescape)).toEqual([hivMonth.summary, antqDay.summary]);
  });

  it('writes an alarm only where asked: 900 minutes before 00:00 is 9:00 the day before', () => {
    expect(property(ics, 'TRIGGER')).toEqual(['-PT900M']);
    expect(property(ics, 'ACTION')).toEqual(['DISPLAY']);
  });

  it('writes the same bytes every time', () => {
    expect(icsCalendar({ name: 'Lịch ANTQ', description: 'Mọi ngày, đợt.', events: [hivMonth, antqDay] })).toBe(ics);
  });

  it('writes an empty calendar when there are no events', () => {
    expect(icsCalendar({ name: 'Trống', events: [] })).not.toContain('VEVENT');
  });

  it('rejects an event that ends before it starts', () => {
    expect(() => icsCalendar({ name: 'x', events: [{ ...antqDay, when: { kind: 'days', start: iso('2026-01-02'), end: iso('2026-01-01') } }] })).toThrow(/ends before/);
  });
});

describe('icsForEvent', () => {
  it('writes one timed event in UTC, the calendar named after it', () => {
    const ics = icsForEvent(meeting);
    expect(property(ics, 'X-WR-CALNAME')).toEqual(['Họp tổ dân phố']);
    expect(property(ics, 'DTSTART')).toEqual(['20261205T123000Z']);
    expect(property(ics, 'DTEND')).toEqual(['20261205T140000Z']);
    expect(property(ics, 'DTSTAMP')).toEqual(['20261205T123000Z']);
    expect(property(ics, 'RRULE')).toEqual([]);
  });
});

describe('escaping', () => {
  it('escapes backslash, semicolon, comma and every kind of line break', () => {
    expect(escapeText('a, b; c\\d\ne\r\nf\rg')).toBe('a\\, b\\; c\\\\d\\ne\\nf\\ng');
    expect(unescape(escapeText('Phòng, chống; ma túy\\HIV\nhết'))).toBe('Phòng, chống; ma túy\\HIV\nhết');
  });

  it('drops control characters and composes decomposed text', () => {
    expect(escapeText('a\u0000b\u0007c\td')).toBe('abc\td');
    expect(escapeText('Ho\u0300a')).toBe('Hòa');
  });
});

describe('line folding', () => {
  it('folds at 75 octets, counting the continuation space', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
    expect(foldLine('x'.repeat(75 + 74 + 1))).toBe(`${'x'.repeat(75)}\r\n ${'x'.repeat(74)}\r\n x`);
  });

  it('never splits a multi-byte character', () => {
    // 74 ASCII octets then "ữ" (3 octets in UTF-8): it cannot fit, so it moves whole to the next line.
    expect(foldLine(`${'x'.repeat(74)}ữ`)).toBe(`${'x'.repeat(74)}\r\n ữ`);
    expect(foldLine(`${'x'.repeat(72)}ữ`)).toBe(`${'x'.repeat(72)}ữ`);
    expect(foldLine(`${'x'.repeat(73)}🚨`)).toBe(`${'x'.repeat(73)}\r\n 🚨`);
  });

  it('folds long Vietnamese text into valid UTF-8 lines of at most 75 octets that unfold to the original', () => {
    const long =
      'Nhân dân các phường, xã đồng loạt ra quân hưởng ứng Tháng hành động phòng, chống ma túy; ' +
      'tổ tự quản khu dân cư phối hợp với Công an phường tuyên truyền đến từng hộ gia đình 🚨, ' +
      'kêu gọi tố giác tội phạm qua đường dây nóng 113 — "Toàn dân bảo vệ an ninh Tổ quốc".\n' +
      'Đắk Lắk, Thừa Thiên Huế, Bà Rịa – Vũng Tàu: ữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữữ.';
    const ics = icsCalendar({ name: long, events: [{ ...antqDay, summary: long, description: long.repeat(3) }] });
    const bytes = new TextEncoder().encode(ics);
    const strict = new TextDecoder('utf-8', { fatal: true });
    let lineStart = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] !== 0x0d || bytes[i + 1] !== 0x0a) continue;
      const line = bytes.subarray(lineStart, i);
      expect(line.length).toBeLessThanOrEqual(75);
      expect(() => strict.decode(line)).not.toThrow(); // decodes alone: no character was cut in two
      lineStart = i + 2;
    }
    expect(ics.split('\r\n').some((line: string) => octets(line) > 70 && line.startsWith(' '))).toBe(true);
    expect(property(ics, 'SUMMARY').map(unescape)).toEqual([long]);
    expect(property(ics, 'DESCRIPTION').map(unescape)).toEqual([`${long.repeat(3)}\n\n${antqDay.url}`]);
    expect(property(ics, 'X-WR-CALNAME').map(unescape)).toEqual([long]);
  });
});
