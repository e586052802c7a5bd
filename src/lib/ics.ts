// The one iCalendar (RFC 5545) writer: the subscribed feeds built into dist/lich/, the one-off
// downloads on campaign pages and any single saved event all come out of `icsCalendar`.
// Days are all-day DATE values: they carry no time zone, so they land on the same calendar days in
// every calendar app, which is what a Vietnam day means. Same input, same bytes: nothing here reads
// the clock or the machine's time zone.
import { type Day, addDays, ymdOf } from './vn-date.ts';

/** When an event happens: whole Vietnam days (inclusive), or two instants (shown in the reader's zone). */
export type IcsWhen =
  | {
      kind: 'days';
      /** The first day; for a yearly event, the first occurrence (the first year of its legal basis). */
      start: Day;
      /** The last day, inclusive: written as the exclusive next day (DTEND). */
      end: Day;
      /** Every year on the same days (RRULE:FREQ=YEARLY). */
      yearly?: boolean;
    }
  | { kind: 'instants'; start: Date; end: Date };

export interface IcsEvent {
  /** Stable across builds and exports, so a refresh or a re-import replaces the event instead of duplicating it. */
  uid: string;
  summary: string;
  description?: string;
  /** The page the event comes from: DESCRIPTION ends with it, because most calendar apps ignore URL. */
  url: string;
  when: IcsWhen;
  /** A DISPLAY alarm this many minutes before the start (all-day: before 00:00 of the first day). */
  alarmMinutesBefore?: number;
}

export interface IcsCalendar {
  /** X-WR-CALNAME / NAME: what the calendar app calls the subscription. */
  name: string;
  description?: string;
  events: readonly IcsEvent[];
}

const PRODID = '-//ANTQ//Lich chien dich ANTQ//VI';
const MAX_OCTETS = 75;

/** A whole VCALENDAR: CRLF line endings, lines folded at 75 octets, text NFC and escaped. */
export function icsCalendar(calendar: IcsCalendar): string {
  const name = escapeText(calendar.name);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${name}`,
    `X-WR-CALNAME:${name}`,
    ...(calendar.description ? [`X-WR-CALDESC:${escapeText(calendar.description)}`] : []),
    // Day events carry no zone; this only tells apps which zone the calendar is "in" (Vietnam, UTC+7).
    'X-WR-TIMEZONE:Asia/Ho_Chi_Minh',
    // How often subscribers should fetch again: RFC 7986, and the older Microsoft/Apple property.
    'REFRESH-INTERVAL;VALUE=DURATION:P1D',
    'X-PUBLISHED-TTL:P1D',
  ];
  for (const event of calendar.events) lines.push(...eventLines(event));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A calendar file holding one event (a saved notice, one campaign): the calendar is named after it. */
export function icsForEvent(event: IcsEvent, calendarName: string = event.summary): string {
  return icsCalendar({ name: calendarName, events: [event] });
}

function eventLines(event: IcsEvent): string[] {
  const { when } = event;
  if (when.kind === 'days' && when.end < when.start) throw new RangeError(`ics: ${event.uid} ends before it starts`);
  if (when.kind === 'instants' && !(when.end.getTime() >= when.start.getTime())) throw new RangeError(`ics: ${event.uid} has invalid instants`);
  const description = event.description ? `${event.description}\n\n${event.url}` : event.url;
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stampOf(when)}`,
    ...(when.kind === 'days'
      ? [`DTSTART;VALUE=DATE:${icsDate(when.start)}`, `DTEND;VALUE=DATE:${icsDate(addDays(when.end, 1))}`, ...(when.yearly ? ['RRULE:FREQ=YEARLY'] : [])]
      : [`DTSTART:${icsInstant(when.start)}`, `DTEND:${icsInstant(when.end)}`]),
    `SUMMARY:${escapeText(event.summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    // A URI value, not TEXT: its commas and semicolons stay, only line breaks go.
    `URL:${event.url.replace(/[\r\n]+/g, '')}`,
    // Observances should not make the reader look busy.
    'TRANSP:TRANSPARENT',
  ];
  if (event.alarmMinutesBefore !== undefined) {
    lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(event.summary)}`, `TRIGGER:-PT${Math.round(event.alarmMinutesBefore)}M`, 'END:VALARM');
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * DTSTAMP is required, and a feed that is rebuilt from unchanged content must not change by a byte
 * (subscribers and caches would see a new file every deploy). So it is not the build time: it is a
 * pure function of the event, its first start (00:00 UTC of its first day). No client we target
 * decides anything from it: subscriptions replace events by UID on every refresh, and ICSx⁵ compares
 * LAST-MODIFIED, which we leave out so that every refresh applies a change.
 */
function stampOf(when: IcsWhen): string {
  return when.kind === 'days' ? `${icsDate(when.start)}T000000Z` : icsInstant(when.start);
}

function icsDate(day: Day): string {
  const { y, m, d } = ymdOf(day);
  return `${String(y).padStart(4, '0')}${String(m).padStart(2, '0')}${String(d).padStart(2, '0')}`;
}

function icsInstant(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
}

/** Escape a TEXT value: backslash, semicolon, comma and line breaks (RFC 5545 §3.3.11); NFC. */
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
