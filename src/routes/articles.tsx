// "Bài viết": the movement's articles, newest first; filter by topic.
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { FilterSelect } from '../ui/filter-select.tsx';
import { comparePartialDateDesc, formatPartialDate } from '../ui/format.ts';
import { articlePath } from '../ui/paths.ts';
import { TOPIC_LABELS, TOPIC_ORDER } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { provinceName } from './places.ts';
import { queryString, readParam, TopicParam } from './query.ts';

export default function Articles() {
  const { query, route } = useLocation();
  const national = useNational();
  const topic = readParam(TopicParam, query['chu-de']);
  usePageMeta({
    title: topic ? `Bài viết · ${TOPIC_LABELS[topic]}` : 'Bài viết',
    description: 'Bài viết về phong trào Toàn dân bảo vệ an ninh Tổ quốc: toàn văn, số liệu chính và nguồn.',
  });
  const list = national.articles
    .filter((a) => !topic || a.topics.includes(topic))
    .sort((a, b) => comparePartialDateDesc(a.date, b.date) || a.title.localeCompare(b.title, 'vi'));
  return (
    <>
      <h1>Bài viết</h1>
      <form class="filters" action="/bai-viet/" method="get" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="a-topic"
          label="Chủ đề"
          value={topic ?? ''}
          options={[{ value: '', label: 'Tất cả chủ đề' }, ...TOPIC_ORDER.filter((t) => national.articles.some((a) => a.topics.includes(t))).map((t) => ({ value: t, label: TOPIC_LABELS[t] }))]}
          onChange={(v) => route('/bai-viet/' + queryString({ 'chu-de': v }))}
        />
      </form>
      {list.length ? (
        <ul class="cards">
          {list.map((a) => (
            <li key={a.id}>
              <article class="card">
                <h2>
                  <a href={articlePath(a.id)}>{a.title}</a>
                </h2>
                <p class="meta">
                  {formatPartialDate(a.date)} · {provinceName(national.provinces, a.province)}
                </p>
                <p>{a.summary}</p>
              </article>
            </li>
          ))}
        </ul>
      ) : (
        <p>Chưa có bài viết nào về chủ đề này.</p>
      )}
    </>
  );
}
