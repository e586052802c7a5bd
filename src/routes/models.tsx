// "Mô hình": security models by locality (post-2025 names; old names typed by the resident resolve
// through the provinces' aliases), kind and status. The filter lives in the URL so it can be shared.
import { useLocation } from 'preact-iso';
import type { Model, Province } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { useResource } from '../data/use-resource.ts';
import { FilterSelect } from '../ui/filter-select.tsx';
import { ModelCard } from '../ui/model-card.tsx';
import { MODEL_KIND_LABELS, MODEL_KIND_ORDER, MODEL_STATUS_LABELS, MODEL_STATUS_ORDER } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { filterModels, modelsHref, type ModelsQuery, parseModelsQuery, provincesByCount } from './models-query.ts';
import { modelOldUnitPlace, oldUnit, oldUnitNow } from '../content/old-units.ts';
import { type PlaceMatch, resolvePlace, sortProvinces, sourceNameDiffers, wardLabel } from './places.ts';
import { modelsKey } from './resource-keys.ts';

export default function Models() {
  const { query, route } = useLocation();
  const national = useNational();
  const parsed = parseModelsQuery(query, national.provinces);
  const matches = parsed.place ? resolvePlace(parsed.place, national.provinces) : [];
  // A typed name that means exactly one place filters by it, as if chosen from the list.
  const single = !parsed.province && matches.length === 1 ? matches[0] : undefined;
  const q: ModelsQuery = single ? { ...parsed, province: single.province, ward: single.ward } : parsed;
  const placeName = q.province ? (q.ward ? `${wardLabel(q.ward)}, ${q.province.name}` : q.province.name) : undefined;
  usePageMeta({
    title: placeName ? `Mô hình ở ${placeName}` : 'Mô hình an ninh trật tự',
    description: 'Các mô hình bảo đảm an ninh trật tự ở cơ sở, tìm theo tỉnh, thành và phường, xã (nhận cả tên cũ trước năm 2025).',
  });
  const apply = (patch: Partial<Record<'province' | 'ward' | 'kind' | 'status', string | undefined>>) =>
    route(modelsHref({ province: q.province?.id, ward: q.ward?.id, kind: q.kind, status: q.status, ...patch }));
  const searchPlace = (e: Event) => {
    e.preventDefault();
    const text = String(new FormData(e.currentTarget as HTMLFormElement).get('noi') ?? '').trim();
    const found = resolvePlace(text, national.provinces);
    const one = found.length === 1 ? found[0] : undefined;
    route(modelsHref({ province: one?.province.id, ward: one?.ward?.id, kind: q.kind, status: q.status, place: text || undefined }));
  };
  return (
    <>
      <h1>{placeName ? `Mô hình ở ${placeName}` : 'Mô hình an ninh trật tự'}</h1>
      <form class="filters" action="/mo-hinh/" method="get" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="f-province"
          label="Tỉnh, thành"
          value={q.province?.id ?? ''}
          options={[{ value: '', label: 'Chọn tỉnh, thành' }, ...sortProvinces(national.provinces).map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(v) => apply({ province: v || undefined, ward: undefined })}
        />
        {q.province && q.province.wards.length ? (
          <FilterSelect
            id="f-ward"
            label="Phường, xã"
            value={q.ward?.id ?? ''}
            options={[{ value: '', label: 'Cả tỉnh, thành' }, ...q.province.wards.map((w) => ({ value: w.id, label: wardLabel(w) }))]}
            onChange={(v) => apply({ ward: v || undefined })}
          />
        ) : null}
      </form>
      <form class="stack-form" action="/mo-hinh/" method="get" onSubmit={searchPlace} role="search" aria-label="Tìm theo tên nơi ở">
        <label for="place-input">Hoặc gõ tên nơi ở (tên cũ cũng được)</label>
        <p class="hint" id="place-hint">
          Ví dụ: “Bắc Giang”, “quận Hà Đông”
        </p>
        <div class="input-row">
          <input id="place-input" name="noi" type="search" autocomplete="off" aria-describedby="place-hint" defaultValue={parsed.place ?? ''} />
          <button type="submit">Tìm</button>
        </div>
      </form>
      <PlaceNote text={parsed.place} matches={matches} q={q} />
      <details class="more-filters" open={Boolean(q.kind || q.status)}>
        <summary>Lọc theo loại, tình trạng</summary>
        <form class="filters" action="/mo-hinh/" method="get" onSubmit={(e) => e.preventDefault()}>
          <FilterSelect
            id="f-kind"
            label="Loại mô hình"
            value={q.kind ?? ''}
            options={[{ value: '', label: 'Tất cả' }, ...MODEL_KIND_ORDER.map((k) => ({ value: k, label: MODEL_KIND_LABELS[k] }))]}
            onChange={(v) => apply({ kind: v || undefined })}
          />
          <FilterSelect
            id="f-status"
            label="Tình trạng"
            value={q.status ?? ''}
            options={[{ value: '', label: 'Tất cả' }, ...MODEL_STATUS_ORDER.map((st) => ({ value: st, label: MODEL_STATUS_LABELS[st] }))]}
            onChange={(v) => apply({ status: v || undefined })}
          />
        </form>
      </details>
      {q.province ? <ProvinceModels q={q} province={q.province} /> : <ProvinceChooser />}
    </>
  );
}

/** What a typed place name turned out to mean. */
function PlaceNote({ text, matches, q }: { text: string | undefined; matches: PlaceMatch[]; q: ModelsQuery }) {
  if (!text) return null;
  if (!matches.length) return <p class="notice" role="status">Không tìm thấy nơi nào tên “{text}”. Hãy thử tên tỉnh, thành hoặc phường, xã khác.</p>;
  const chosen = q.province && matches.find((m) => m.province.id === q.province!.id && m.ward?.id === q.ward?.id);
  if (chosen) {
    const now = chosen.ward ? `${wardLabel(chosen.ward)}, ${chosen.province.name}` : `${chosen.province.name}`;
    return (
      <p class="notice" role="status">
        {chosen.old ? `“${text}” là tên cũ, nay thuộc ${now}.` : `Đang xem: ${now}.`}
      </p>
    );
  }
  if (q.province) return null;
  const split = splitOldUnit(matches);
  return (
    <div class="notice" role="status">
      <p>{split ? `“${text}” là tên cũ, nay là ${split}. Chọn nơi bạn ở:` : `“${text}” có thể là:`}</p>
      <ul class="link-list">
        {matches.map((m) => (
          <li key={`${m.province.id}/${m.ward?.id ?? ''}`}>
            <a href={modelsHref({ province: m.province.id, ward: m.ward?.id })}>{m.ward ? `${wardLabel(m.ward)}, ${m.province.name}` : m.province.name}</a>
            {m.old && !split ? <span class="meta">tên cũ: {m.matched}</span> : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** When every match is one old unit now split into wards: what it is now, with its province ("… , Hà Nội"). */
function splitOldUnit(matches: PlaceMatch[]): string | undefined {
  const [first] = matches;
  if (!first?.old || matches.some((m) => m.province !== first.province || m.matched !== first.matched || !m.old)) return undefined;
  const unit = oldUnit(first.province, first.matched);
  return unit ? `${oldUnitNow(first.province, unit)}, ${first.province.name}` : undefined;
}

function ProvinceChooser() {
  const national = useNational();
  const store = useContent();
  const [settings] = useSettings();
  const withModels = provincesByCount(national.provinces, store.modelCounts).filter((p) => p.count > 0);
  const followed = national.provinces.find((p) => p.id === settings.province);
  return (
    <section aria-labelledby="by-province">
      {followed ? (
        <p class="more-link">
          <a href={modelsHref({ province: followed.id, ward: settings.ward ?? undefined })}>Xem mô hình ở nơi bạn theo dõi: {followed.name}</a>
        </p>
      ) : null}
      <h2 id="by-province">Số mô hình theo tỉnh, thành</h2>
      <ul class="link-list">
        {withModels.map(({ province, count }) => (
          <li key={province.id}>
            <a href={modelsHref({ province: province.id })}>{province.name}</a>
            <span class="meta">{count} mô hình</span>
          </li>
        ))}
      </ul>
      <p class="meta">Các tỉnh, thành khác chưa có mô hình nào trong dữ liệu.</p>
    </section>
  );
}

function ProvinceModels({ q, province }: { q: ModelsQuery; province: Province }) {
  const store = useContent();
  const [settings, update] = useSettings();
  const models = useResource(modelsKey(province.id), () => store.modelsOf(province.id));
  const followsThis = settings.province === province.id && (settings.ward ?? undefined) === q.ward?.id;
  const placeOf = (m: Model) => {
    const old = modelOldUnitPlace(m, province);
    if (old) return `${old}, ${province.name}`;
    const ward = province.wards.find((w) => w.id === m.locality.ward);
    const where = ward ? `${wardLabel(ward)}, ${province.name}` : province.name;
    return sourceNameDiffers(m.locality.asInSource, province.name) ? `${where} (nguồn ghi: ${m.locality.asInSource})` : where;
  };
  return (
    <section aria-labelledby="results-title">
      <h2 id="results-title">Kết quả</h2>
      {models.status === 'loading' ? (
        <p role="status">Đang tải mô hình của {province.name}…</p>
      ) : models.status === 'error' ? (
        <p role="alert">Chưa tải được mô hình của {province.name}. Hãy thử lại khi có mạng.</p>
      ) : (
        <ModelResults list={filterModels(models.value, q)} placeOf={placeOf} />
      )}
      {followsThis ? (
        <p class="meta">Đây là nơi bạn đang theo dõi.</p>
      ) : (
        <p>
          <button type="button" class="secondary" onClick={() => void update({ province: province.id, ward: q.ward?.id ?? null })}>
            Theo dõi {q.ward ? wardLabel(q.ward) : province.name}
          </button>
        </p>
      )}
    </section>
  );
}

function ModelResults({ list, placeOf }: { list: Model[]; placeOf: (m: Model) => string }) {
  if (!list.length) return <p role="status">Không có mô hình nào khớp với bộ lọc.</p>;
  return (
    <>
      <p role="status">{list.length} mô hình</p>
      <ul class="cards">
        {list.map((m) => (
          <li key={m.id}>
            <ModelCard model={m} place={placeOf(m)} />
          </li>
        ))}
      </ul>
    </>
  );
}
