// iCalendar (RFC 5545) text so people can add campaigns to the calendar app on their phone.
// Events are all-day: DATE values carry no time zone, so they land on the same calendar days in
// every calendar app, which is what a Vietnam day means.
import { type Day, addDays, ymdOf } from './vn-date.ts';

/** An all-day event; `end` is the last day (inclusive), written as the exclusive next day in the file. */
export interface IcsEvent {
  /** Stable across exports, so re-importing updates the event instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  start: Day;
  end: Day;
  url?: string;
}

const PRODID = '-//ANTQ//Lich chien dich ANTQ//VI';
const MAX_OCTETS = 75;

/** A VCALENDAR with one VEVENT per event; CRLF line endings, lines folded at 75 octets. */
export function icsForEvents(events: readonly IcsEvent[], calName: string, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calName)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${icsDate(event.start)}`,
      `DTEND;VALUE=DATE:${icsDate(addDays(event.end, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
    );
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
    // URL is a URI value, not TEXT: its commas and semicolons are left alone, only line breaks removed.
    if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]+/g, '')}`);
    // Observances should not make the reader look busy.
    lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

function icsDate(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11). */
export function escapeText(text: string): string {
  return (
    text
      .normalize('NFC')
      .replace(/\r\n|[\\;,\r\n]/g, (c) => (c === '\r\n' || c === '\r' || c === '\n' ? '\\n' : `\\${c}`))
      // Other control characters are not allowed in TEXT and some readers choke on them.
      .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
  );
}

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Fold a content line to at most 75 octets per physical line, breaking only between characters. */
export function foldLine(line: string): string {
  let out = '';
  let used = 0;
  for (const char of line) {
    const octets = utf8Length(char.codePointAt(0) ?? 0);
    if (used + octets > MAX_OCTETS) {
      out += '\r\n ';
      used = 1; // the leading space of a continuation line counts towards its 75
    }
    out += char;
    used += octets;
  }
  return out;
}
