// One campaign: what it is, when (this year and next), legal basis, what residents can do, related
// articles and figures, sources, and "Thêm vào lịch" (.ics files made on demand).
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Campaign as CampaignT, National } from '../content/schema.ts';
import { useNational } from '../data/content-context.ts';
import { formatVnRange, todayInVietnam, ymdOf } from '../lib/vn-date.ts';
import { BackLink } from '../ui/back-link.tsx';
import { downloadFile } from '../ui/download.ts';
import { FigureCard } from '../ui/figure-card.tsx';
import { daysLeftText, daysUntilText } from '../ui/format.ts';
import { Icon } from '../ui/icons.tsx';
import { RelatedArticles } from '../ui/related-articles.tsx';
import { subscribePath } from '../ui/paths.ts';
import { SourceList } from '../ui/source-list.tsx';
import { TOPIC_LABELS } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { describeRecurrence, occurrencesInYears, onceRange } from './campaign-dates.ts';
import { calendarShape, campaignIcsEvents } from './campaign-events.ts';
import { CAMPAIGN_KIND_LABELS } from './campaign-list.ts';
import NotFound from './not-found.tsx';
import { provinceName } from './places.ts';
import { readParam, SlugParam } from './query.ts';
import { resolveSources } from './sources.ts';

export default function CampaignPage() {
  const { params } = useRoute();
  const national = useNational();
  const id = readParam(SlugParam, params['id']);
  const campaign = id ? national.campaigns.find((c) => c.id === id) : undefined;
  return campaign ? <CampaignView campaign={campaign} national={national} /> : <NotFound />;
}

function CampaignView({ campaign, national }: { campaign: CampaignT; national: National }) {
  usePageMeta({ title: campaign.name, description: campaign.description });
  const today = todayInVietnam();
  const year = ymdOf(today).y;
  const articles = campaign.articles.map((a) => national.articles.find((x) => x.id === a)).filter((a) => a !== undefined);
  const figures = national.figures.filter((f) => f.article !== undefined && campaign.articles.includes(f.article) && f.topics.includes(campaign.topic));
  const place = campaign.province ? provinceName(national.provinces, campaign.province) : 'Cả nước';
  return (
    <article class="detail">
      <BackLink href="/chien-dich/" label="Chiến dịch, ngày lễ" />
      <h1>{campaign.name}</h1>
      <p class="meta">
        {CAMPAIGN_KIND_LABELS[campaign.kind]} · {TOPIC_LABELS[campaign.topic]} · {place}
      </p>
      <section aria-labelledby="when-title" class="panel">
        <h2 id="when-title">Khi nào</h2>
        <p class="lead">{campaign.whenNote ?? describeRecurrence(campaign.recurrence)}</p>
        <When campaign={campaign} year={year} />
      </section>
      <p>{campaign.description}</p>
      {campaign.caveat ? (
        <p class="caveat">
          <strong>Lưu ý: </strong>
          {campaign.caveat}
        </p>
      ) : null}
      {campaign.legalBasis.length ? (
        <section aria-labelledby="basis-title">
          <h2 id="basis-title">Căn cứ</h2>
          <ul class="bullets">
            {campaign.legalBasis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {campaign.launchedBy ? (
        <section aria-labelledby="launched-title">
          <h2 id="launched-title">Phát động</h2>
          <p>{campaign.launchedBy}</p>
        </section>
      ) : null}
      {campaign.actions.length ? (
        <section aria-labelledby="actions-title">
          <h2 id="actions-title">Người dân có thể làm gì</h2>
          <ul class="bullets">
            {campaign.actions.map((a) => (
              <li key={a}>{a}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <AddToCalendar campaign={campaign} campaigns={national.campaigns} />
      <RelatedArticles id="articles-title" title="Bài viết liên quan" articles={articles} />
      {figures.length ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">Số liệu liên quan</h2>
          <div class="figure-grid">
            {figures.map((f) => (
              <FigureCard key={f.id} figure={f} place={provinceName(national.provinces, f.province)} />
            ))}
          </div>
        </section>
      ) : null}
      <SourceList sources={resolveSources(campaign.sources, national)} />
    </article>
  );
}

/** This year's and next year's dates (a one-off: its own dates), with where today stands. */
function When({ campaign, year }: { campaign: CampaignT; year: number }) {
  const today = todayInVietnam();
  const once = onceRange(campaign.recurrence);
  const rows = once ? [{ year: ymdOf(once.start).y, range: once }] : occurrencesInYears(campaign.recurrence, [year, year + 1]);
  return (
    <ul class="dates">
      {rows.map(({ year: y, range }) => (
        <li key={y}>
          <span class="dates__year">Năm {y}:</span> {range ? formatVnRange(range.start, range.end) : 'không diễn ra'}
          {range ? <> {stateText(range.start, range.end, today)}</> : null}
        </li>
      ))}
    </ul>
  );
}

function stateText(start: number, end: number, today: number) {
  if (end < today) return <span class="badge badge--muted">đã qua</span>;
  if (start <= today) return <strong class="badge">đang diễn ra, {daysLeftText(end - today)}</strong>;
  return <strong class="badge">{daysUntilText(start - today)}</strong>;
}

function AddToCalendar({ campaign, campaigns }: { campaign: CampaignT; campaigns: readonly CampaignT[] }) {
  const [error, setError] = useState(false);
  const national = campaign.province === null;
  const sameTopic = national ? campaigns.filter((c) => c.topic === campaign.topic && c.province === null && calendarShape(c) !== 'none').length : 0;
  const save = async (which: 'one' | 'topic') => {
    setError(false);
    try {
      // The same writer as the subscribed feeds in dist/lich/, loaded only when asked for.
      const [{ icsCalendar }, { topicFeed }, { feedText }] = await Promise.all([import('../lib/ics.ts'), import('./calendar-feeds.ts'), import('./calendar-feed-files.ts')]);
      const origin = location.origin;
      const feed = which === 'topic' ? topicFeed(campaigns, campaign.topic, origin) : undefined;
      const text = feed ? feedText(feed) : icsCalendar({ name: campaign.name, events: campaignIcsEvents(campaign, origin) });
      downloadFile(which === 'one' ? `${campaign.id}.ics` : `chu-de-${campaign.topic}.ics`, text, 'text/calendar;charset=utf-8');
    } catch (e) {
      console.warn('[antq] calendar file failed:', e);
      setError(true);
    }
  };
  const shape = calendarShape(campaign);
  const r = campaign.recurrence;
  const what: Record<typeof shape, string> = {
    yearly: `Tải tệp lịch (.ics) rồi mở bằng ứng dụng Lịch trên điện thoại: một sự kiện cả ngày lặp lại hằng năm${r.kind !== 'once' && r.since !== undefined ? ` từ năm ${r.since}` : ''}, có đường dẫn về trang này.`,
    range: 'Tải tệp lịch (.ics) rồi mở bằng ứng dụng Lịch trên điện thoại: một sự kiện cả ngày, có đường dẫn về trang này.',
    none: 'Nguồn không nêu ngày cụ thể nên kế hoạch này không có trong lịch.',
  };
  return (
    <section aria-labelledby="ics-title" class="panel">
      <h2 id="ics-title">Thêm vào lịch</h2>
      <p>
        {what[shape]} Tệp tải về không tự cập nhật; muốn lịch tự cập nhật và nhắc bạn, hãy <a href={subscribePath}>theo dõi lịch</a>.
      </p>
      <div class="button-row">
        {shape === 'none' ? null : (
          <button type="button" onClick={() => void save('one')}>
            <Icon name="download" />
            Tải lịch {campaign.kind === 'observance' ? 'ngày này' : 'đợt này'}
          </button>
        )}
        {sameTopic > 1 ? (
          <button type="button" class="secondary" onClick={() => void save('topic')}>
            <Icon name="download" />
            Tải lịch mọi ngày toàn quốc về {TOPIC_LABELS[campaign.topic]} ({sameTopic})
          </button>
        ) : null}
      </div>
      {error ? <p role="alert">Không tạo được tệp lịch. Hãy thử lại.</p> : null}
    </section>
  );
}
