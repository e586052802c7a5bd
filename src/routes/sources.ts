// Turning `sources` references into something a reader can follow: a seed paragraph becomes a link to
// the article paragraph that quotes it; a fact becomes its title and where it was checked.
import type { Article, National, SourceRef } from '../content/schema.ts';
import { paragraphHref } from '../ui/paths.ts';
import type { ResolvedSource } from '../ui/source-list.tsx';

export type { ResolvedSource };

/** The article whose body holds paragraph `para` of `seed` (or, failing that, any article of that seed). */
export function articleForSeed(articles: readonly Article[], seed: string, para?: number): Article | undefined {
  const ofSeed = articles.filter((a) => a.seed === seed);
  return ofSeed.find((a) => para === undefined || (a.body.from <= para && para <= a.body.to)) ?? ofSeed[0];
}

/** Resolve one reference against the national content. */
export function resolveSource(ref: SourceRef, national: Pick<National, 'articles' | 'facts'>): ResolvedSource {
  if ('seed' in ref) {
    const article = articleForSeed(national.articles, ref.seed, ref.para);
    if (!article) return { kind: 'missing', label: `${ref.seed}, đoạn ${ref.para}` };
    return { kind: 'paragraph', href: paragraphHref(article.id, ref.para), article: article.title, para: ref.para };
  }
  const fact = national.facts.find((f) => f.id === ref.fact);
  if (!fact) return { kind: 'missing', label: ref.fact };
  return { kind: 'fact', title: fact.title, checked: fact.checked, checkedAt: fact.checkedAt, note: fact.note };
}

/** Resolve a list, dropping exact duplicates (two figures citing the same paragraph). */
export function resolveSources(refs: readonly SourceRef[], national: Pick<National, 'articles' | 'facts'>): ResolvedSource[] {
  const seen = new Set<string>();
  const out: ResolvedSource[] = [];
  for (const ref of refs) {
    const key = 'seed' in ref ? `${ref.seed}#${ref.para}` : ref.fact;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(resolveSource(ref, national));
  }
  return out;
}
