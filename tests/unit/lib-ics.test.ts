import { describe, it, expect } from 'vitest';
import { type IcsEvent, escapeText, foldLine, icsForEvents } from '../../src/lib/ics.ts';
import { type Day, parseIsoDay } from '../../src/lib/vn-date.ts';

const iso = (s: string): Day => {
  const day = parseIsoDay(s);
  if (day === undefined) throw new Error(`bad test date ${s}`);
  return day;
};
const NOW = new Date('2026-11-22T03:04:05.678Z');
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
  uid: 'thang-hanh-dong-phong-chong-hiv-aids-2026@antq',
  summary: 'Tháng hành động quốc gia phòng, chống HIV/AIDS',
  description: 'Từ 10/11 đến 10/12 hằng năm.',
  start: iso('2026-11-10'),
  end: iso('2026-12-10'),
  url: 'https://antq.example/chien-dich/thang-hanh-dong-phong-chong-hiv-aids/?a=1,2;b',
};
const antqDay: IcsEvent = {
  uid: 'ngay-hoi-19-8-2026@antq',
  summary: 'Ngày hội toàn dân bảo vệ an ninh Tổ quốc',
  start: iso('2026-12-31'),
  end: iso('2026-12-31'),
};

describe('icsForEvents', () => {
  const ics = icsForEvents([hivMonth, antqDay], 'Lịch ANTQ', NOW);

  it('writes a calendar with CRLF line endings only', () => {
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(property(ics, 'X-WR-CALNAME')).toEqual(['Lịch ANTQ']);
    expect(property(ics, 'BEGIN')).toEqual(['VCALENDAR', 'VEVENT', 'VEVENT']);
  });

  it('writes all-day events with an exclusive end, across the year end too', () => {
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20261110');
    expect(unfold(ics)).toContain('DTEND;VALUE=DATE:20261211');
    expect(unfold(ics)).toContain('DTSTART;VALUE=DATE:20261231');
    expect(unfold(ics)).toContain('DTEND;VALUE=DATE:20270101');
  });

  it('stamps events in UTC and keeps UID and URL', () => {
    expect(property(ics, 'DTSTAMP')).toEqual(['20261122T030405Z', '20261122T030405Z']);
    expect(property(ics, 'UID')).toEqual([hivMonth.uid, antqDay.uid]);
    expect(property(ics, 'URL')).toEqual([hivMonth.url]); // a URI value: its , and ; stay unescaped
  });

  it('keeps Vietnamese text intact through escaping', () => {
    expect(property(ics, 'SUMMARY').map(unescape)).toEqual([hivMonth.summary, antqDay.summary]);
    expect(property(ics, 'DESCRIPTION').map(unescape)).toEqual([hivMonth.description]);
  });

  it('writes an empty calendar when there are no events', () => {
    expect(icsForEvents([], 'Trống', NOW)).not.toContain('VEVENT');
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
    const ics = icsForEvents([{ ...antqDay, summary: long, description: long.repeat(3) }], long, NOW);
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
    expect(ics.split('\r\n').some((line) => octets(line) > 70 && line.startsWith(' '))).toBe(true);
    expect(property(ics, 'SUMMARY').map(unescape)).toEqual([long]);
    expect(property(ics, 'DESCRIPTION').map(unescape)).toEqual([long.repeat(3)]);
    expect(property(ics, 'X-WR-CALNAME').map(unescape)).toEqual([long]);
  });
});
