// "Chiến dịch, ngày lễ": every campaign, observance and peak period, soonest first; filter by topic.
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { formatVnRange, todayInVietnam } from '../lib/vn-date.ts';
import { FilterSelect } from '../ui/filter-select.tsx';
import { daysUntilText, daysLeftText } from '../ui/format.ts';
import { campaignPath } from '../ui/paths.ts';
import { TOPIC_LABELS, TOPIC_ORDER } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { describeRecurrence } from './campaign-dates.ts';
import { campaignsByWhen, CAMPAIGN_KIND_LABELS } from './campaign-list.ts';
import { provinceName } from './places.ts';
import { queryString, readParam, TopicParam } from './query.ts';

export default function Campaigns() {
  const { query, route } = useLocation();
  const national = useNational();
  const topic = readParam(TopicParam, query['chu-de']);
  usePageMeta({
    title: topic ? `Chiến dịch, ngày lễ · ${TOPIC_LABELS[topic]}` : 'Chiến dịch, ngày lễ',
    description: 'Các ngày toàn dân, tháng hành động và đợt cao điểm về an ninh trật tự: khi nào, căn cứ pháp lý, người dân có thể làm gì.',
  });
  const today = todayInVietnam();
  const list = campaignsByWhen(topic ? national.campaigns.filter((c) => c.topic === topic) : national.campaigns, today);
  return (
    <>
      <h1>Chiến dịch, ngày lễ</h1>
      <form class="filters" action="/chien-dich/" method="get" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="c-topic"
          label="Chủ đề"
          value={topic ?? ''}
          options={[{ value: '', label: 'Tất cả chủ đề' }, ...TOPIC_ORDER.filter((t) => national.campaigns.some((c) => c.topic === t)).map((t) => ({ value: t, label: TOPIC_LABELS[t] }))]}
          onChange={(v) => route('/chien-dich/' + queryString({ 'chu-de': v }))}
        />
      </form>
      <ul class="cards">
        {list.map(({ campaign, range, state }) => (
          <li key={campaign.id}>
            <article class="card">
              <h2>
                <a href={campaignPath(campaign.id)}>{campaign.name}</a>
              </h2>
              <p>{describeRecurrence(campaign.recurrence)}</p>
              <p class="card__when">
                {state === 'now' && range ? (
                  <strong class="badge">Đang diễn ra, {daysLeftText(range.end - today)}</strong>
                ) : state === 'next' && range ? (
                  <>
                    Lần tới: {formatVnRange(range.start, range.end)} <strong class="badge">{daysUntilText(range.start - today)}</strong>
                  </>
                ) : (
                  <span class="badge badge--muted">Đã kết thúc</span>
                )}
              </p>
              <p class="meta">
                {CAMPAIGN_KIND_LABELS[campaign.kind]} · {TOPIC_LABELS[campaign.topic]} ·{' '}
                {campaign.province ? provinceName(national.provinces, campaign.province) : 'Cả nước'}
              </p>
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}
