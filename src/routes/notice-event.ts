// A verified event notice as a calendar event: timed when the notice gives a time (an instant in
// Vietnam, UTC+7, which has no daylight saving), whole days otherwise.
import type { IcsEvent, IcsWhen } from '../lib/ics.ts';
import { parseIsoDay } from '../lib/vn-date.ts';
import type { Signed } from '../notice/verify.ts';

const instant = (local: string): Date => new Date(`${local}:00+07:00`);

function whenOf(start: string, end: string | undefined): IcsWhen | undefined {
  if (start.includes('T')) {
    const from = instant(start);
    const to = end ? (end.includes('T') ? instant(end) : instant(`${end}T23:59`)) : from;
    return { kind: 'instants', start: from, end: to };
  }
  const first = parseIsoDay(start);
  const last = end ? parseIsoDay(end.slice(0, 10)) : first;
  return first === undefined || last === undefined ? undefined : { kind: 'days', start: first, end: last };
}

/** The calendar event of an event notice; undefined when it has no start. */
export function noticeEvent({ body, key }: Pick<Signed, 'body' | 'key'>, url: string): IcsEvent | undefined {
  const when = body.s ? whenOf(body.s, body.f) : undefined;
  if (!when) return undefined;
  const description = [body.x, body.p && `Địa điểm: ${body.p}`, body.tel && `Điện thoại: ${body.tel}`, `${key.unit} — tin đã xác thực chữ ký`].filter(Boolean).join('\n');
  return { uid: `${key.kid}.${body.n}@antq`, summary: body.t, description, url, when, ...(when.kind === 'instants' ? { alarmMinutesBefore: 60 } : {}) };
}
