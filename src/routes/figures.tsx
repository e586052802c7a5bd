// "Số liệu": every key figure, grouped by the article it comes from; filter by topic and place.
import { useLocation } from 'preact-iso';
import { useNational } from '../data/content-context.ts';
import { FilterSelect } from '../ui/filter-select.tsx';
import { FigureCard } from '../ui/figure-card.tsx';
import { formatPartialDate } from '../ui/format.ts';
import { articlePath } from '../ui/paths.ts';
import { TOPIC_LABELS, TOPIC_ORDER } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { figureProvinces, figuresHref, filterFigures, parseFiguresQuery, readTopic } from './figures-query.ts';
import { provinceName } from './places.ts';

export default function Figures() {
  const { query, route } = useLocation();
  const national = useNational();
  const q = parseFiguresQuery(query, national.provinces);
  const parts = [q.topic ? TOPIC_LABELS[q.topic] : null, q.province ? provinceName(national.provinces, q.province) : null].filter(Boolean);
  usePageMeta({
    title: parts.length ? `Số liệu · ${parts.join(' · ')}` : 'Số liệu',
    description: 'Các con số chính trong bài viết về an ninh trật tự: số vụ, số người, số mô hình… mỗi số kèm đoạn văn gốc.',
  });
  const list = filterFigures(national.figures, q);
  const byArticle = national.articles
    .map((article) => ({ article, figures: list.filter((f) => f.article === article.id) }))
    .filter((g) => g.figures.length);
  const nationwide = list.filter((f) => !f.article);
  return (
    <>
      <h1>Số liệu</h1>
      <form class="filters" action="/so-lieu/" method="get" onSubmit={(e) => e.preventDefault()}>
        <FilterSelect
          id="f-topic"
          label="Chủ đề"
          value={q.topic ?? ''}
          options={[{ value: '', label: 'Tất cả chủ đề' }, ...TOPIC_ORDER.filter((t) => national.figures.some((f) => f.topics.includes(t))).map((t) => ({ value: t, label: TOPIC_LABELS[t] }))]}
          onChange={(v) => route(figuresHref({ ...q, topic: readTopic(v) }))}
        />
        <FilterSelect
          id="f-place"
          label="Nơi"
          value={q.province ?? ''}
          options={[{ value: '', label: 'Mọi nơi' }, ...figureProvinces(national.figures, national.provinces).map((p) => ({ value: p.id, label: p.name }))]}
          onChange={(v) => route(figuresHref({ ...q, province: v || undefined }))}
        />
      </form>
      <p role="status">{list.length} số liệu</p>
      {nationwide.length ? (
        <section aria-labelledby="from-facts">
          <h2 id="from-facts">Số liệu cả nước</h2>
          <p class="meta">Từ sổ đăng ký nguồn của chúng tôi; mức kiểm chứng và trang đã dùng ghi ở phần nguồn của từng số liệu.</p>
          <div class="figure-grid">
            {nationwide.map((f) => (
              <FigureCard key={f.id} figure={f} />
            ))}
          </div>
        </section>
      ) : null}
      {byArticle.map(({ article, figures }) => (
        <section key={article.id} aria-labelledby={`from-${article.id}`}>
          <h2 id={`from-${article.id}`}>
            <a href={articlePath(article.id)}>{article.title}</a>
          </h2>
          <p class="meta">
            {formatPartialDate(article.date)} · {provinceName(national.provinces, article.province)}
          </p>
          <div class="figure-grid">
            {figures.map((f) => (
              <FigureCard key={f.id} figure={f} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
