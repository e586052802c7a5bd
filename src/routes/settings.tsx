// "Cài đặt": the followed locality (kept in IndexedDB), text size, storage used, the content version
// and "Kiểm tra cập nhật".
import { useEffect, useState } from 'preact/hooks';
import type { Province } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { type Settings, type TextSize, useSettings } from '../data/settings.ts';
import { requestPersistence, storageUsage, type StorageUsage } from '../data/storage.ts';
import { checkForUpdates } from '../data/check-updates.ts';
import { useSyncStatus } from '../data/sync-status.ts';
import { formatBytes, formatVnDateTime } from '../ui/storage-format.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { placePath } from '../ui/paths.ts';
import { findLocality, resolvePlace, sortProvinces, wardLabel } from './places.ts';

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

type Update = (patch: Partial<Settings>) => Promise<void>;

function FollowedPlace({ settings, update }: { settings: Settings; update: Update }) {
  const national = useNational();
  const current = findLocality(national.provinces, settings.province ?? undefined, settings.ward ?? undefined);
  const [province, setProvince] = useState(settings.province ?? '');
  const [ward, setWard] = useState(settings.ward ?? '');
  const [typed, setTyped] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    setProvince(settings.province ?? '');
    setWard(settings.ward ?? '');
  }, [settings.province, settings.ward]);
  const chosen: Province | undefined = national.provinces.find((p) => p.id === province);
  const matches = typed.trim() ? resolvePlace(typed, national.provinces) : [];
  const save = async (p: string | null, w: string | null) => {
    await update({ province: p, ward: p ? w : null });
    const place = findLocality(national.provinces, p ?? undefined, w ?? undefined);
    setSaved(place.province ? `Đã lưu: ${place.ward ? `${wardLabel(place.ward)}, ` : ''}${place.province.name}.` : 'Đã bỏ theo dõi.');
  };
  return (
    <section aria-labelledby="place-title" class="panel">
      <h2 id="place-title">Nơi bạn ở</h2>
      <p>
        {current.province
          ? `Đang theo dõi: ${current.ward ? `${wardLabel(current.ward)}, ` : ''}${current.province.name}.`
          : 'Bạn chưa chọn nơi ở. Chọn để trang Hôm nay hiện mô hình gần bạn, và để máy tải sẵn dữ liệu nơi đó dùng khi không có mạng.'}
        {current.province ? (
          <>
            {' '}
            <a href={placePath(current.province.id, settings.ward)}>Xem trang nơi này</a>
          </>
        ) : null}
      </p>
      <form
        class="stack-form"
        onSubmit={(e) => {
          e.preventDefault();
          void save(province || null, ward || null);
        }}
      >
        <div class="field">
          <label for="s-province">Tỉnh, thành (sau sắp xếp năm 2025)</label>
          <select
            id="s-province"
            value={province}
            onChange={(e) => {
              setProvince(e.currentTarget.value);
              setWard('');
            }}
          >
            <option value="">Chưa chọn</option>
            {sortProvinces(national.provinces).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {chosen?.wards.length ? (
          <div class="field">
            <label for="s-ward">Phường, xã</label>
            <select id="s-ward" value={ward} onChange={(e) => setWard(e.currentTarget.value)}>
              <option value="">Cả tỉnh, thành</option>
              {chosen.wards.map((w) => (
                <option key={w.id} value={w.id}>
                  {wardLabel(w)}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p class="hint">
          {/* Every commune (3,321) is on the place pages; the list above holds only those with notes of their own. */}
          <a href={placePath(province || undefined)}>Chọn phường, xã trong danh sách đầy đủ{chosen ? ` của ${chosen.name}` : ''}</a>
        </p>
        <div class="button-row">
          <button type="submit">Lưu nơi ở</button>
          {current.province ? (
            <button type="button" class="secondary" onClick={() => void save(null, null)}>
              Bỏ theo dõi
            </button>
          ) : null}
        </div>
      </form>
      <div class="field">
        <label for="s-typed">Không thấy tên? Gõ tên cũ hoặc mới</label>
        <p class="hint" id="s-typed-hint">
          Ví dụ: “Bắc Giang” (nay thuộc Bắc Ninh), “quận Hà Đông”
        </p>
        <input id="s-typed" type="search" autocomplete="off" aria-describedby="s-typed-hint" value={typed} onInput={(e) => setTyped(e.currentTarget.value)} />
      </div>
      {typed.trim().length >= 2 ? (
        matches.length ? (
          <ul class="link-list" aria-label="Nơi khớp với tên đã gõ">
            {matches.map((m) => (
              <li key={`${m.province.id}/${m.ward?.id ?? ''}`}>
                <button type="button" class="link-button" onClick={() => void save(m.province.id, m.ward?.id ?? null)}>
                  Chọn {m.ward ? `${wardLabel(m.ward)}, ` : ''}
                  {m.province.name}
                </button>
                {m.old ? <span class="meta">tên cũ: {m.matched}</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">Không tìm thấy nơi nào tên “{typed.trim()}”.</p>
        )
      ) : null}
      <p role="status" class="saved">
        {saved}
      </p>
    </section>
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
