import type { Article } from '../content/schema.ts';
import { formatPartialDate } from './format.ts';
import { articlePath } from './paths.ts';

/** A titled list of articles with their dates; nothing when there are none. */
export function RelatedArticles({ id, title, articles }: { id: string; title: string; articles: readonly Article[] }) {
  if (!articles.length) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <ul class="link-list">
        {articles.map((a) => (
          <li key={a.id}>
            <a href={articlePath(a.id)}>{a.title}</a>
            <span class="meta">{formatPartialDate(a.date)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
