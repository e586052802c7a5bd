// One key figure: the number, what it counts, period and place, the paragraph it is drawn from
// (quoted, and linked in the article), figures it compares with, and its sources.
import { useRoute } from 'preact-iso';
import type { Figure } from '../content/schema.ts';
import { useNational } from '../data/content-context.ts';
import { BackLink } from '../ui/back-link.tsx';
import { BarChart } from '../ui/bar-chart.tsx';
import { FigureNumber, figurePara } from '../ui/figure-card.tsx';
import { figureParts, figureSentence } from '../ui/figure-format.ts';
import { formatPartialDate } from '../ui/format.ts';
import { articlePath, figurePath, paragraphHref } from '../ui/paths.ts';
import { SourceList } from '../ui/source-list.tsx';
import { TOPIC_LABELS } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { chartGroups } from './figures-query.ts';
import NotFound from './not-found.tsx';
import { provinceName } from './places.ts';
import { readParam, SlugParam } from './query.ts';
import { resolveSources } from './sources.ts';

export default function FigurePage() {
  const { params } = useRoute();
  const national = useNational();
  const id = readParam(SlugParam, params['id']);
  const figure = id ? national.figures.find((f) => f.id === id) : undefined;
  return figure ? <FigureView figure={figure} /> : <NotFound />;
}

function FigureView({ figure }: { figure: Figure }) {
  const national = useNational();
  const article = national.articles.find((a) => a.id === figure.article);
  const place = provinceName(national.provinces, figure.province);
  const sentence = figureSentence(figure);
  usePageMeta({ title: `${sentence} (${place}, ${figure.period.label})`, description: `${sentence} — ${figure.period.label}, ${place}.${article ? ` Theo bài “${article.title}”.` : ''}` });
  const para = figurePara(figure);
  const quoted = para !== undefined ? article?.paragraphs.find((p) => p.n === para) : undefined;
  const group = figure.group ? national.figures.filter((f) => f.group === figure.group) : [];
  const chart = chartGroups(group)[0];
  const related = group.filter((f) => f.id !== figure.id);
  return (
    <article class="detail">
      <BackLink href="/so-lieu/" label="Số liệu" />
      <h1 class="figure-title">
        <FigureNumber figure={figure} />
      </h1>
      <p class="meta">
        {[figure.period.label, place, figure.topics.map((t) => TOPIC_LABELS[t]).join(', ')].filter(Boolean).join(' · ')}
      </p>
      {figure.note ? <p class="caveat">{figure.note}</p> : null}
      {quoted && article ? (
        <section aria-labelledby="quote-title" class="panel">
          <h2 id="quote-title">Đoạn văn gốc</h2>
          <blockquote>
            <p>{quoted.text}</p>
          </blockquote>
          <p>
            <a href={paragraphHref(article.id, quoted.n)}>Đọc đoạn này trong bài “{article.title}”</a>
          </p>
        </section>
      ) : article ? (
        <p>
          Trích từ bài <a href={articlePath(article.id)}>{article.title}</a> ({formatPartialDate(article.date)}).
        </p>
      ) : null}
      {chart ? (
        <BarChart
          title={`So sánh (${chart.unit === '%' ? 'tỷ lệ %' : chart.unit}), ${figure.period.label}`}
          unit={chart.unit}
          bars={chart.figures.map((f) => ({ label: figureParts(f).text, value: f.value, qualifier: f.qualifier }))}
        />
      ) : null}
      {related.length ? (
        <section aria-labelledby="related-title">
          <h2 id="related-title">Số liệu cùng nhóm</h2>
          <ul class="link-list">
            {related.map((f) => (
              <li key={f.id}>
                <a href={figurePath(f.id)}>{figureSentence(f)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <SourceList sources={resolveSources(figure.sources, national)} />
    </article>
  );
}
