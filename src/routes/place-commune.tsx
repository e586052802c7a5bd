// One commune (phường, xã, đặc khu): its name, unit type and province, the old names it absorbed,
// the ward police's notices, its models and its province's, what is on now and next, the emergency
// numbers; follow it, share it, print its QR poster. The list of communes is read from IndexedDB
// (synced in the background after the first visit), so the page opens offline.
import { useRoute } from 'preact-iso';
import type { Commune, Province, SourceRef } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useResource } from '../data/use-resource.ts';
import { BackLink } from '../ui/back-link.tsx';
import { capitalize } from '../ui/format.ts';
import { placePath } from '../ui/paths.ts';
import { SourceList } from '../ui/source-list.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import NotFound from './not-found.tsx';
import { PlaceNotices } from './place-notices.tsx';
import { communeLabel, communeOldNames, communeTitle } from './place-query.ts';
import { FollowPlace, FollowPoster, PlaceCampaigns, PlaceHotlines, PlaceModels } from './place-sections.tsx';
import { provinceLabel } from './places.ts';
import { readParam, SlugParam } from './query.ts';
import { placesKey } from './resource-keys.ts';
import { resolveSources } from './sources.ts';

export default function PlaceCommune() {
  const { params } = useRoute();
  const national = useNational();
  const provinceId = readParam(SlugParam, params['tinh']);
  const id = readParam(SlugParam, params['xa']);
  const province = national.provinces.find((p) => p.id === provinceId);
  return province && id ? <CommuneLoader province={province} id={id} /> : <NotFound />;
}

function CommuneLoader({ province, id }: { province: Province; id: string }) {
  const store = useContent();
  const places = useResource(placesKey, () => store.places());
  if (places.status === 'done') {
    const entry = places.value.find((p) => p.id === province.id);
    const commune = entry?.communes.find((c) => c.id === id);
    return entry && commune ? <CommuneView province={province} commune={commune} listSources={entry.sources} /> : <NotFound />;
  }
  return <PlacePending province={province} failed={places.status === 'error'} />;
}

/** While the list of communes loads (or when it cannot: first visit, offline). */
export function PlacePending({ province, failed }: { province: Province; failed: boolean }) {
  usePageMeta({ title: `Phường, xã ở ${province.name}`, description: `Các phường, xã, đặc khu của ${provinceLabel(province)}.` });
  return (
    <>
      <BackLink href={placePath(province.id)} label={province.name} />
      <h1>Phường, xã ở {province.name}</h1>
      {failed ? <p role="alert">Chưa tải được danh sách phường, xã. Hãy thử lại khi có mạng.</p> : <p role="status">Đang tải…</p>}
    </>
  );
}

function CommuneView({ province, commune, listSources }: { province: Province; commune: Commune; listSources: SourceRef[] }) {
  const national = useNational();
  const title = communeTitle(commune);
  const label = communeLabel(commune);
  const oldNames = communeOldNames(province, commune.id);
  usePageMeta({
    title: `${title}, ${province.name}`,
    description: `${title} (${provinceLabel(province)}): mô hình an ninh trật tự, chiến dịch đang diễn ra và sắp tới, số điện thoại khẩn cấp, thông báo của công an ${label}. Dùng được cả khi mất mạng.`,
  });
  const curated = province.wards.find((w) => w.id === commune.id);
  const sources = [...listSources, ...(curated?.sources ?? [])];
  return (
    <article class="detail place">
      <BackLink href={placePath(province.id)} label={`Phường, xã ở ${province.name}`} />
      <h1>{title}</h1>
      <p class="lead">
        {capitalize(provinceLabel(province))} · mã đơn vị hành chính {commune.code}
      </p>
      {oldNames.length ? (
        <p>
          Trước ngày 1/7/2025 thuộc:{' '}
          {oldNames.map((o, i) => (
            <span key={o.name}>
              {i ? ', ' : ''}
              {o.name}
              {o.partly ? ' (một phần)' : ''}
            </span>
          ))}
          .
        </p>
      ) : null}
      {curated?.note ? <p class="meta">{curated.note}</p> : null}
      <FollowPlace province={province.id} commune={commune.id} name={label} />
      <p>
        <FollowPoster path={placePath(province.id, commune.id)} label={label} />
      </p>
      <PlaceNotices province={province.id} commune={commune} />
      <PlaceModels province={province} commune={commune.id} communeName={label} />
      <PlaceCampaigns province={province} />
      <PlaceHotlines />
      <SourceList sources={resolveSources(sources, national)} />
    </article>
  );
}
