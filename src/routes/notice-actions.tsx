// Under a verified notice: save it on this phone, and for an event, add it to the calendar.
import { useState } from 'preact/hooks';
import { saveNotice, type Verified } from '../data/notices.ts';
import { parseIsoDay } from '../lib/vn-date.ts';
import { downloadFile } from '../ui/download.ts';

/** The .ics for an event notice: an all-day event on its days; the time and place go in the text. */
async function eventCalendar(v: Verified): Promise<string | undefined> {
  const start = v.body.s ? parseIsoDay(v.body.s.slice(0, 10)) : undefined;
  const end = (v.body.f ? parseIsoDay(v.body.f.slice(0, 10)) : undefined) ?? start;
  if (start === undefined || !end) return undefined;
  const { icsForEvent } = await import('../lib/ics.ts');
  const { localTime } = await import('../ui/notice-card.tsx');
  const when = v.body.f ? `${localTime(v.body.s!)} – ${localTime(v.body.f)}` : localTime(v.body.s!);
  const description = [v.body.x, `Thời gian: ${when}`, v.body.p && `Địa điểm: ${v.body.p}`, `${v.key.unit} (đã xác thực chữ ký)`].filter(Boolean).join('\n');
  return icsForEvent({ uid: `${v.key.kid}.${v.body.n}@antq`, summary: v.body.t, description, url: location.href, when: { kind: 'days', start, end } }, v.key.unit);
}

export function NoticeActions({ verdict }: { verdict: Verified }) {
  const [status, setStatus] = useState('');
  const save = async () => {
    try {
      const result = await saveNotice(verdict);
      setStatus(result === 'saved' ? 'Đã lưu tin trên điện thoại này. Tin hiện ở trang chủ và trong mục Tin đã lưu.' : 'Máy đã lưu một thẻ liên hệ mới hơn của đơn vị này; thẻ cũ không được lưu đè.');
    } catch (error) {
      console.warn('[antq] notice not saved:', error);
      setStatus('Không lưu được tin (bộ nhớ điện thoại đầy hoặc trình duyệt chặn lưu trữ). Các tin đã lưu trước vẫn còn.');
    }
  };
  const calendar = async () => {
    const ics = await eventCalendar(verdict);
    if (ics) downloadFile('su-kien.ics', ics, 'text/calendar;charset=utf-8');
  };
  return (
    <div class="button-row">
      <button type="button" class="button" onClick={save}>
        Lưu tin
      </button>
      {verdict.body.k === 'su-kien' && (
        <button type="button" class="button secondary" onClick={calendar}>
          Thêm vào lịch (.ics)
        </button>
      )}
      <p class="notice-status" role="status">
        {status}
      </p>
    </div>
  );
}
