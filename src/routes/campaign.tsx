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
import { SourceList } from '../ui/source-list.tsx';
import { TOPIC_LABELS } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { campaignEvents, describeRecurrence, occurrencesInYears, onceRange, topicEvents } from './campaign-dates.ts';
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
      <AddToCalendar campaign={campaign} campaigns={national.campaigns} year={year} />
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

function AddToCalendar({ campaign, campaigns, year }: { campaign: CampaignT; campaigns: readonly CampaignT[]; year: number }) {
  const [error, setError] = useState(false);
  const sameTopic = campaigns.filter((c) => c.topic === campaign.topic).length;
  const save = async (which: 'one' | 'topic') => {
    setError(false);
    try {
      const { icsForEvents } = await import('../lib/ics.ts');
      const origin = location.origin;
      const text =
        which === 'one'
          ? icsForEvents(campaignEvents(campaign, year, origin), campaign.name)
          : icsForEvents(topicEvents(campaigns, campaign.topic, year, origin), `Ngày lễ, chiến dịch: ${TOPIC_LABELS[campaign.topic]}`);
      downloadFile(which === 'one' ? `${campaign.id}.ics` : `chu-de-${campaign.topic}.ics`, text, 'text/calendar;charset=utf-8');
    } catch (e) {
      console.warn('[antq] calendar file failed:', e);
      setError(true);
    }
  };
  return (
    <section aria-labelledby="ics-title" class="panel">
      <h2 id="ics-title">Thêm vào lịch</h2>
      <p>
        Tải tệp lịch (.ics) rồi mở bằng ứng dụng Lịch trên điện thoại.{' '}
        {campaign.recurrence.kind === 'once' ? '' : `Tệp có các năm ${year}–${year + 2}. `}Mỗi ngày là một sự kiện cả ngày, có đường dẫn về trang trong ứng dụng.
      </p>
      <div class="button-row">
        <button type="button" onClick={() => void save('one')}>
          <Icon name="download" />
          Tải lịch {campaign.kind === 'observance' ? 'ngày này' : 'đợt này'}
        </button>
        {sameTopic > 1 ? (
          <button type="button" class="secondary" onClick={() => void save('topic')}>
            <Icon name="download" />
            Tải lịch mọi ngày về {TOPIC_LABELS[campaign.topic]} ({sameTopic})
          </button>
        ) : null}
      </div>
      {error ? <p role="alert">Không tạo được tệp lịch. Hãy thử lại.</p> : null}
    </section>
  );
}
