// Under a verified notice: save it on this phone, and for an event, add it to the calendar.
import { useState } from 'preact/hooks';
import { saveNotice, type Verified } from '../data/notices.ts';
import { downloadFile } from '../ui/download.ts';
import { noticeEvent } from './notice-event.ts';

/** The .ics of an event notice (lib/ics.ts, loaded only when asked for). */
async function eventCalendar(v: Verified): Promise<string | undefined> {
  const event = noticeEvent(v, location.href);
  if (!event) return undefined;
  const { icsForEvent } = await import('../lib/ics.ts');
  return icsForEvent(event, v.key.unit);
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
      <p class="ward-status" role="status">
        {status}
      </p>
    </div>
  );
}
