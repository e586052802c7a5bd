// One article: title, date with its precision, place, summary, the key figures drawn from it (and a
// small chart where figures compare), the full text with paragraph anchors, and the sources.
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { Article } from '../content/schema.ts';
import { useNational } from '../data/content-context.ts';
import { BackLink } from '../ui/back-link.tsx';
import { BarChart } from '../ui/bar-chart.tsx';
import { FigureCard } from '../ui/figure-card.tsx';
import { figureParts } from '../ui/figure-format.ts';
import { formatPartialDate } from '../ui/format.ts';
import { paragraphId } from '../ui/paths.ts';
import { SourceList } from '../ui/source-list.tsx';
import { TOPIC_LABELS } from '../ui/topics.ts';
import { usePageMeta } from '../ui/use-page-meta.ts';
import { chartGroups } from './figures-query.ts';
import NotFound from './not-found.tsx';
import { provinceName } from './places.ts';
import { readParam, SlugParam } from './query.ts';
import { resolveSources } from './sources.ts';

export default function ArticlePage() {
  const { params } = useRoute();
  const national = useNational();
  const id = readParam(SlugParam, params['id']);
  const article = id ? national.articles.find((a) => a.id === id) : undefined;
  return article ? <ArticleView article={article} /> : <NotFound />;
}

/** The paragraph named in the URL hash (`#doan-4`), scrolled to and marked once the page is drawn. */
function useTargetParagraph(): string | null {
  const { url } = useLocation();
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    const id = location.hash.slice(1);
    if (!/^doan-\d{1,4}$/.test(id)) return setTarget(null);
    setTarget(id);
    // After the router's own scroll-to-top on navigation.
    requestAnimationFrame(() => document.getElementById(id)?.scrollIntoView({ block: 'start' }));
  }, [url]);
  return target;
}

function ArticleView({ article }: { article: Article }) {
  const national = useNational();
  usePageMeta({ title: article.title, description: article.summary });
  const target = useTargetParagraph();
  const figures = national.figures.filter((f) => f.article === article.id);
  const groups = chartGroups(figures);
  return (
    <article class="detail">
      <BackLink href="/bai-viet/" label="Bài viết" />
      <h1>{article.title}</h1>
      <p class="meta">
        {formatPartialDate(article.date)} · {provinceName(national.provinces, article.province)} · {article.topics.map((t) => TOPIC_LABELS[t]).join(', ')}
      </p>
      {article.titleFrom === 'editorial' ? <p class="meta">Tài liệu nguồn không kèm tiêu đề; tiêu đề trên do ứng dụng đặt.</p> : null}
      {article.note ? <p class="caveat">{article.note}</p> : null}
      <section aria-labelledby="summary-title" class="panel">
        <h2 id="summary-title">Tóm tắt</h2>
        <p>{article.summary}</p>
      </section>
      {figures.length ? (
        <section aria-labelledby="figures-title">
          <h2 id="figures-title">Số liệu chính</h2>
          <div class="figure-grid">
            {figures.map((f) => (
              <FigureCard key={f.id} figure={f} />
            ))}
          </div>
          {groups.map((g) => (
            <BarChart
              key={g.id}
              title={`So sánh (${g.unit === '%' ? 'tỷ lệ %' : g.unit}), ${g.figures[0]!.period.label}`}
              unit={g.unit}
              bars={g.figures.map((f) => ({ label: figureParts(f).text, value: f.value, qualifier: f.qualifier }))}
            />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="text-title" class="prose">
        <h2 id="text-title">Toàn văn</h2>
        {article.paragraphs.map((p) =>
          p.heading ? (
            <h2 key={p.n} id={paragraphId(p.n)} class={target === paragraphId(p.n) ? 'is-target' : undefined}>
              {p.text}
            </h2>
          ) : (
            <p key={p.n} id={paragraphId(p.n)} class={target === paragraphId(p.n) ? 'is-target' : undefined}>
              <span class="para-num" aria-hidden="true">
                {p.n}
              </span>
              {p.text}
            </p>
          ),
        )}
      </section>
      <SourceList sources={resolveSources(article.sources, national)} />
    </article>
  );
}
