// "Cập nhật danh sách khóa": a sync now (the ward list comes with the content), then `onDone` so the
// screen checks again. Used where a key is not (yet) in the phone's list.
import { useState } from 'preact/hooks';

export function UpdateTrustButton({ onDone }: { onDone: () => void }) {
  const [status, setStatus] = useState('');
  const update = async () => {
    if (!navigator.onLine) return setStatus('Cần có mạng để cập nhật danh sách khóa.');
    setStatus('Đang cập nhật danh sách khóa…');
    const { syncNow } = await import('../data/sync.ts');
    const report = await syncNow();
    setStatus(report.outcome === 'updated' || report.outcome === 'unchanged' ? '' : 'Chưa cập nhật được danh sách khóa. Hãy thử lại khi có mạng.');
    onDone();
  };
  return (
    <div class="button-row">
      <button type="button" class="button" onClick={update}>
        Cập nhật danh sách khóa
      </button>
      <p class="ward-status" role="status">
        {status}
      </p>
    </div>
  );
}
