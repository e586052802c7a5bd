// One province: its old names, following it, its models, what is on now and next, the emergency
// numbers, and every one of its communes (the second step of "choose province, then commune").
import { useRoute } from 'preact-iso';
import type { Province, ProvincePlaces } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useResource } from '../data/use-resource.ts';
import { BackLink } from '../ui/back-link.tsx';
import { capitalize, formatNumber } from '../ui/format.ts';
import { placePath } from '../ui/paths.ts';
import { SourceList } from '../ui/source-list.tsx';
import { usePageMeta } from '../ui/use-page-meta.ts';
import NotFound from './not-found.tsx';
import { PlacePending } from './place-commune.tsx';
import { groupCommunes, provinceOldNames } from './place-query.ts';
import { FollowPlace, FollowPoster, PlaceCampaigns, PlaceHotlines, PlaceModels } from './place-sections.tsx';
import { provinceLabel } from './places.ts';
import { readParam, SlugParam } from './query.ts';
import { placesKey } from './resource-keys.ts';
import { resolveSources } from './sources.ts';

export default function PlaceProvince() {
  const { params } = useRoute();
  const national = useNational();
  const id = readParam(SlugParam, params['tinh']);
  const province = national.provinces.find((p) => p.id === id);
  return province ? <ProvinceLoader province={province} /> : <NotFound />;
}

function ProvinceLoader({ province }: { province: Province }) {
  const store = useContent();
  const places = useResource(placesKey, () => store.places());
  if (places.status !== 'done') return <PlacePending province={province} failed={places.status === 'error'} />;
  const entry = places.value.find((p) => p.id === province.id);
  return entry ? <ProvinceView province={province} entry={entry} /> : <NotFound />;
}

function ProvinceView({ province, entry }: { province: Province; entry: ProvincePlaces }) {
  const national = useNational();
  const title = capitalize(provinceLabel(province));
  const old = provinceOldNames(province);
  const groups = groupCommunes(entry.communes);
  const counts = groups.map((g) => `${formatNumber(g.communes.length)} ${g.title.toLowerCase()}`).join(', ');
  usePageMeta({
    title,
    description: `${title}${old.length ? ` (gồm cả ${old.join(', ')} cũ)` : ''}: ${counts}; mô hình an ninh trật tự, chiến dịch đang diễn ra và sắp tới, số điện thoại khẩn cấp. Chọn phường, xã của bạn.`,
  });
  return (
    <article class="detail place">
      <BackLink href={placePath()} label="Chọn nơi ở" />
      <h1>{title}</h1>
      <p class="lead">
        {counts}
        {old.length ? ` · gồm cả ${old.join(', ')} cũ` : ''}
      </p>
      <FollowPlace province={province.id} commune={null} name={province.name} />
      <p>
        <FollowPoster path={placePath(province.id)} label={provinceLabel(province)} />
      </p>
      <section aria-labelledby="communes-title">
        <h2 id="communes-title">Chọn phường, xã của bạn</h2>
        {groups.map((g) => (
          <details key={g.kind} class="commune-group" open>
            <summary>
              {g.title} ({formatNumber(g.communes.length)})
            </summary>
            <ul class="link-list figure-grid">
              {g.communes.map((c) => (
                <li key={c.id}>
                  <a href={placePath(province.id, c.id)}>{c.name}</a>
                </li>
              ))}
            </ul>
          </details>
        ))}
      </section>
      <PlaceModels province={province} />
      <PlaceCampaigns province={province} />
      <PlaceHotlines />
      <SourceList sources={resolveSources([...entry.sources, ...province.sources], national)} />
    </article>
  );
}
