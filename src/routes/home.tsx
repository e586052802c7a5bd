// "Hôm nay": the first screen and the first load. Kept light: no zod, no search, no calendar-file code.
import type { Model } from '../content/schema.ts';
import { useContent, useNational } from '../data/content-context.ts';
import { useSettings } from '../data/settings.ts';
import { useResource } from '../data/use-resource.ts';
import { formatVnDateLong, formatVnRange, todayInVietnam } from '../lib/vn-date.ts';
import { capitalize, daysLeftText, daysUntilText, formatPartialDate } from '../ui/format.ts';
import { HotlineBar } from '../ui/hotline-bar.tsx';
import { articlePath, campaignPath, modelPath, placePath } from '../ui/paths.ts';
import { TOPIC_LABELS } from '../ui/topics.ts';
import { SITE_NAME, usePageMeta } from '../ui/use-page-meta.ts';
import { type AgendaItem, emergencyHotlines, latestArticles, todayAgenda } from './home-data.ts';
import { modelWardIds } from '../content/old-units.ts';
import { findLocality } from './find-locality.ts';
import { modelsKey } from './resource-keys.ts';
import { ErrorBoundary, lazy } from 'preact-iso';

/** Saved ward notices: their code (verification, IndexedDB reads) stays out of the first load. */
const HomeNotices = lazy(() => import('./home-notices.tsx'));

export default function Home() {
  const national = useNational();
  const [settings] = useSettings();
  usePageMeta({
    title: SITE_NAME,
    description: 'Hôm nay có chiến dịch gì, sắp tới ngày nào, mô hình an ninh trật tự ở nơi bạn ở, và các số điện thoại khẩn cấp. Dùng được cả khi không có mạng.',
  });
  const today = todayInVietnam();
  const agenda = todayAgenda(national.campaigns, today, settings.province);
  // Everything that depends on the day keeps its size when the app corrects the prerendered day after
  // load: the date is one line, the hotline bar comes before the list, and the list always has
  // AGENDA_SLOTS cards of a fixed height (layout shift ≤ 0.02 on any day, tests/browser/cls-any-day).
  return (
    <>
      <div class="page-head">
        <h1>Hôm nay</h1>
        <p class="lead">{capitalize(formatVnDateLong(today))}</p>
      </div>
      <HotlineBar hotlines={emergencyHotlines(national.hotlines)} />
      <section aria-labelledby="agenda-title" class="home-agenda">
        <h2 id="agenda-title">Đang diễn ra và sắp tới</h2>
        <ul class="cards">
          {agenda.map((item) => (
            <li key={`${item.campaign.id}-${item.start}`}>
              <AgendaCard item={item} />
            </li>
          ))}
        </ul>
        <p class="more-link">
          <a href="/lich/">Xem cả lịch</a>
        </p>
      </section>
      <LocalModels province={settings.province} ward={settings.ward} />
      <section aria-labelledby="articles-title">
        <h2 id="articles-title">Bài viết mới</h2>
        <ul class="link-list">
          {latestArticles(national.articles).map((a) => (
            <li key={a.id}>
              <a href={articlePath(a.id)}>{a.title}</a>
              <span class="meta">{formatPartialDate(a.date)}</span>
            </li>
          ))}
        </ul>
        <p class="more-link">
          <a href="/bai-viet/">Tất cả bài viết</a>
        </p>
      </section>
      {typeof window !== 'undefined' && (
        <ErrorBoundary>
          <HomeNotices />
        </ErrorBoundary>
      )}
    </>
  );
}

/** A campaign in a slot of fixed height: status, name (two lines at most), dates, topic. */
function AgendaCard({ item }: { item: AgendaItem }) {
  const { campaign } = item;
  return (
    <article class={`card card--slot${item.status === 'now' ? ' card--now' : ''}`}>
      <p class="card__status">
        <strong class="badge">{item.status === 'now' ? `Đang diễn ra, ${daysLeftText(item.daysLeft)}` : capitalize(daysUntilText(item.daysUntil))}</strong>
      </p>
      <h3>
        <a href={campaignPath(campaign.id)}>{campaign.name}</a>
      </h3>
      <p class="card__when">{formatVnRange(item.start, item.end)}</p>
      <p class="meta">{TOPIC_LABELS[campaign.topic]}</p>
    </article>
  );
}

/** Models of the followed locality, or an invitation to choose one. */
function LocalModels({ province, ward }: { province: string | null; ward: string | null }) {
  const national = useNational();
  const place = findLocality(national.provinces, province ?? undefined, ward ?? undefined);
  return (
    <section aria-labelledby="local-title">
      <h2 id="local-title">Mô hình ở nơi bạn ở</h2>
      {place.province ? (
        <LocalModelList province={place.province.id} ward={place.ward?.id} placeName={place.ward ? `${place.ward.name}, ${place.province.name}` : place.province.name} />
      ) : (
        <p>
          Chọn tỉnh, thành và phường, xã nơi bạn ở để xem các mô hình an ninh trật tự gần bạn.{' '}
          <a class="button" href="/dia-phuong/">
            Chọn nơi ở
          </a>
        </p>
      )}
    </section>
  );
}

function LocalModelList({ province, ward, placeName }: { province: string; ward: string | undefined; placeName: string }) {
  const store = useContent();
  const national = useNational();
  const models = useResource(modelsKey(province), () => store.modelsOf(province));
  if (models.status === 'loading') return <p>Đang tải mô hình của {placeName}…</p>;
  if (models.status === 'error') return <p>Chưa tải được mô hình của {placeName}. Hãy thử lại khi có mạng.</p>;
  // The ward's own models (its old unit's included) first, then the rest of the province.
  const { province: place } = findLocality(national.provinces, province);
  const inWard = (m: Model) => ward !== undefined && modelWardIds(m, place).includes(ward);
  const list: Model[] = [...models.value].sort((a, b) => Number(inWard(b)) - Number(inWard(a))).slice(0, 3);
  const listHref = placePath(province, ward);
  return (
    <>
      <p class="meta">Nơi bạn theo dõi: {placeName}</p>
      {list.length ? (
        <ul class="link-list">
          {list.map((m) => (
            <li key={m.id}>
              <a href={modelPath(m.id)}>{m.name}</a>
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có mô hình nào của {placeName} trong dữ liệu.</p>
      )}
      <p class="more-link">
        <a href={listHref}>Trang {placeName}</a> · <a href="/dia-phuong/">Đổi nơi ở</a>
      </p>
    </>
  );
}
