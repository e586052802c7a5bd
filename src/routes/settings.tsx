// "Cài đặt": the followed locality (kept in IndexedDB; settings-place.tsx), text size, storage used, the content version
// and "Kiểm tra cập nhật".
import { useEffect, useState } from 'preact/hooks';
import { useContent } from '../data/content-context.ts';
import { type TextSize, useSettings } from '../data/settings.ts';
import { requestPersistence, storageUsage, type StorageUsage } from '../data/storage.ts';
import { checkForUpdates } from '../data/check-updates.ts';
import { useSyncStatus } from '../data/sync-status.ts';
import { formatBytes, formatVnDateTime } from '../ui/storage-format.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { FollowedPlace } from './settings-place.tsx';

export default function SettingsPage() {
  usePageMeta({ title: 'Cài đặt', description: 'Chọn nơi bạn ở, cỡ chữ; xem dung lượng dữ liệu và phiên bản nội dung; kiểm tra cập nhật.' });
  const [settings, update] = useSettings();
  return (
    <>
      <h1>Cài đặt</h1>
      <FollowedPlace settings={settings} update={update} />
      <TextSizeChoice value={settings.textSize} onChange={(textSize) => void update({ textSize })} />
      <StorageInfo />
      <ContentInfo />
    </>
  );
}

const SIZES: readonly { value: TextSize; label: string }[] = [
  { value: 'normal', label: 'Vừa' },
  { value: 'large', label: 'Lớn' },
  { value: 'x-large', label: 'Rất lớn' },
];

function TextSizeChoice({ value, onChange }: { value: TextSize; onChange: (size: TextSize) => void }) {
  return (
    <section aria-labelledby="size-title" class="panel">
      <h2 id="size-title">Cỡ chữ</h2>
      <fieldset class="choices">
        <legend>Chọn cỡ chữ cho cả ứng dụng</legend>
        {SIZES.map((s) => (
          <label key={s.value} class="choice">
            <input type="radio" name="text-size" value={s.value} checked={value === s.value} onChange={() => onChange(s.value)} />
            {s.label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}

function StorageInfo() {
  const [usage, setUsage] = useState<StorageUsage | null | 'loading'>('loading');
  const refresh = () => void storageUsage().then(setUsage);
  useEffect(refresh, []);
  return (
    <section aria-labelledby="storage-title" class="panel">
      <h2 id="storage-title">Dữ liệu trên máy</h2>
      {usage === 'loading' ? (
        <p>Đang tính…</p>
      ) : usage ? (
        <>
          <p>Ứng dụng đang dùng khoảng {formatBytes(usage.usage)} bộ nhớ của máy.</p>
          <p>{usage.persisted ? 'Dữ liệu được giữ lâu dài: trình duyệt sẽ không tự xóa.' : 'Khi máy đầy bộ nhớ, trình duyệt có thể xóa dữ liệu này; khi đó ứng dụng sẽ tải lại lúc có mạng.'}</p>
          {usage.persisted ? null : (
            <button type="button" class="secondary" onClick={() => void requestPersistence().then(refresh)}>
              Giữ dữ liệu lâu dài
            </button>
          )}
        </>
      ) : (
        <p>Trình duyệt này không cho biết dung lượng đã dùng.</p>
      )}
    </section>
  );
}

function ContentInfo() {
  const { meta } = useContent();
  const sync = useSyncStatus();
  const [checking, setChecking] = useState(false);
  const check = async () => {
    setChecking(true);
    await checkForUpdates();
    setChecking(false);
  };
  return (
    <section aria-labelledby="content-title" class="panel">
      <h2 id="content-title">Nội dung</h2>
      <dl class="facts">
        <div>
          <dt>Phiên bản</dt>
          <dd>{meta ? meta.version.slice(0, 8) : 'chưa rõ'}</dd>
        </div>
        <div>
          <dt>Soạn ngày</dt>
          <dd>{meta ? formatVnDateTime(meta.builtAt) || 'chưa rõ' : 'chưa rõ'}</dd>
        </div>
        <div>
          <dt>Lưu vào máy</dt>
          <dd>{sync.storedAt || meta?.syncedAt ? formatVnDateTime((sync.storedAt ?? meta?.syncedAt)!) : 'chưa lưu'}</dd>
        </div>
      </dl>
      <button type="button" onClick={() => void check()} disabled={checking} aria-describedby="sync-message">
        {checking ? 'Đang kiểm tra…' : 'Kiểm tra cập nhật'}
      </button>
      <p id="sync-message" role="status">
        {checking ? '' : sync.message ?? (sync.state === 'updated' ? 'Đã cập nhật nội dung mới.' : '')}
      </p>
    </section>
  );
}
