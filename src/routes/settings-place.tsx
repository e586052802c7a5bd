// "Nơi bạn ở" in Cài đặt: choose a province, then any of its communes (all 3,321, from the place list
// the app keeps in IndexedDB), or type a name (old names too). Saving here is following: the same
// settings the "Theo dõi" button of a place page writes, so both always agree.
import { useEffect, useState } from 'preact/hooks';
import type { ProvincePlaces } from '../content/schema.ts';
import { useNational } from '../data/content-context.ts';
import type { Settings } from '../data/settings.ts';
import type { Resource } from '../data/use-resource.ts';
import { placePath } from '../ui/paths.ts';
import { communeTitle, findPlaces, followedPlace, groupCommunes, placeName } from './place-query.ts';
import { sortProvinces } from './places.ts';
import { usePlaceList } from './use-place-list.ts';

type Update = (patch: Partial<Settings>) => Promise<void>;

export function FollowedPlace({ settings, update }: { settings: Settings; update: Update }) {
  const national = useNational();
  const [province, setProvince] = useState(settings.province ?? '');
  const [ward, setWard] = useState(settings.ward ?? '');
  const [typing, setTyping] = useState(false);
  // Read only once needed: a province chosen or followed, or a name being typed.
  const list = usePlaceList(!!province || !!settings.province || typing);
  const places = list.status === 'done' ? list.value : undefined;
  const current = followedPlace(national.provinces, places, settings.province, settings.ward);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    setProvince(settings.province ?? '');
    setWard(settings.ward ?? '');
  }, [settings.province, settings.ward]);
  const save = async (p: string | null, w: string | null) => {
    await update({ province: p, ward: p ? w : null });
    const place = followedPlace(national.provinces, places, p, w);
    setSaved(place.province ? `Đã lưu: ${placeName(place.province, place.commune)}.` : 'Đã bỏ theo dõi.');
  };
  return (
    <section aria-labelledby="place-title" class="panel">
      <h2 id="place-title">Nơi bạn ở</h2>
      <p>
        {current.province
          ? `Đang theo dõi: ${placeName(current.province, current.commune)}.`
          : 'Bạn chưa chọn nơi ở. Chọn để trang Hôm nay hiện mô hình gần bạn, và để máy tải sẵn dữ liệu nơi đó dùng khi không có mạng.'}
        {current.province ? (
          <>
            {' '}
            <a href={placePath(current.province.id, current.commune?.id)}>Xem trang nơi này</a>
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
        {province ? <CommuneChoice list={list} province={province} value={ward} onChange={setWard} /> : null}
        <div class="button-row">
          <button type="submit">Lưu nơi ở</button>
          {current.province ? (
            <button type="button" class="secondary" onClick={() => void save(null, null)}>
              Bỏ theo dõi
            </button>
          ) : null}
        </div>
      </form>
      <TypedPlace places={places} onTyping={() => setTyping(true)} onChoose={(p, w) => void save(p, w)} />
      <p role="status" class="saved">
        {saved}
      </p>
    </section>
  );
}

/** The communes of the chosen province, by unit type; or why they cannot be listed yet. */
function CommuneChoice({ list, province, value, onChange }: { list: Resource<ProvincePlaces[]>; province: string; value: string; onChange: (ward: string) => void }) {
  const national = useNational();
  const name = national.provinces.find((p) => p.id === province)?.name ?? '';
  if (list.status === 'error') {
    return (
      <p class="field" role="status" id="s-ward-missing">
        Danh sách phường, xã chưa có trên máy này và cần mạng để tải. Bạn vẫn lưu được {name} ngay bây giờ; khi có mạng, hãy chọn phường, xã ở đây.
      </p>
    );
  }
  const groups = list.status === 'done' ? groupCommunes(list.value.find((p) => p.id === province)?.communes ?? []) : [];
  return (
    <div class="field">
      <label for="s-ward">Phường, xã, đặc khu</label>
      {list.status === 'loading' ? (
        // Same box while the list is read, so nothing below moves when it arrives.
        <select id="s-ward" disabled>
          <option>Đang tải danh sách phường, xã…</option>
        </select>
      ) : (
        <select id="s-ward" value={value} onChange={(e) => onChange(e.currentTarget.value)}>
          <option value="">Cả {name} (chưa chọn phường, xã)</option>
          {groups.map((g) => (
            <optgroup key={g.kind} label={`${g.title} (${g.communes.length})`}>
              {g.communes.map((c) => (
                <option key={c.id} value={c.id}>
                  {communeTitle(c)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </div>
  );
}

/** "Không thấy tên?": type a current or old name; each answer is one tap to follow. */
function TypedPlace({ places, onTyping, onChoose }: { places: ProvincePlaces[] | undefined; onTyping: () => void; onChoose: (province: string, ward: string | null) => void }) {
  const national = useNational();
  const [typed, setTyped] = useState('');
  const text = typed.trim();
  // Without the list (not stored yet, offline) old names and provinces are still found.
  const hits = text.length >= 2 ? findPlaces(text, national.provinces, places ?? []) : [];
  return (
    <>
      <div class="field">
        <label for="s-typed">Không thấy tên? Gõ tên cũ hoặc mới</label>
        <p class="hint" id="s-typed-hint">
          Ví dụ: “Bắc Giang” (nay thuộc Bắc Ninh), “quận Hà Đông”
        </p>
        <input id="s-typed" type="search" autocomplete="off" aria-describedby="s-typed-hint" value={typed} onInput={(e) => (setTyped(e.currentTarget.value), onTyping())} />
      </div>
      {text.length >= 2 ? (
        hits.length ? (
          <ul class="link-list" aria-label="Nơi khớp với tên đã gõ">
            {hits.map((h) => (
              <li key={`${h.province.id}/${h.commune?.id ?? ''}`}>
                <button type="button" class="link-button" onClick={() => onChoose(h.province.id, h.commune?.id ?? null)}>
                  Chọn {placeName(h.province, h.commune)}
                </button>
                {h.oldName ? (
                  <span class="meta">
                    tên cũ: {h.oldName}
                    {h.partly ? ' (một phần)' : ''}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p role="status">Không tìm thấy nơi nào tên “{text}”.</p>
        )
      ) : null}
    </>
  );
}
