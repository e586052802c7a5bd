// One key figure as a number a person can scan: the number large, what it counts under it, the
// period and place. The card links to the figure's page; "Đoạn gốc" to the paragraph it comes from.
import type { Figure } from '../content/schema.ts';
import { figureParts, figureSentence } from './figure-format.ts';
import { figurePath, paragraphHref } from './paths.ts';

export interface FigureCardProps {
  figure: Figure;
  /** Province name for the place line; left out on a page that is all one place. */
  place?: string | undefined;
  /** Heading level of the card's title: h2 in a list with no sections, h3 under a section. */
  level?: 2 | 3;
}

export function FigureCard({ figure, place, level = 3 }: FigureCardProps) {
  const para = figurePara(figure);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <article class="figure-card card">
      <Heading class="figure-card__title">
        <a href={figurePath(figure.id)}>
          <FigureNumber figure={figure} />
        </a>
      </Heading>
      <p class="figure-card__meta">
        {figure.period.label}
        {place ? ` · ${place}` : ''}
      </p>
      {figure.note ? <p class="figure-card__note">{figure.note}</p> : null}
      {para !== undefined && figure.article ? (
        <p class="figure-card__links">
          <a href={paragraphHref(figure.article, para)} aria-label={`Đoạn gốc: ${figureSentence(figure)}`}>
            Đoạn gốc
          </a>
        </p>
      ) : null}
    </article>
  );
}

/** "hơn 1.000" large, then what it counts. */
export function FigureNumber({ figure }: { figure: Figure }) {
  const { prefix, number, text } = figureParts(figure);
  return (
    <>
      <span class="figure-card__number">
        {prefix ? <span class="figure-card__prefix">{prefix} </span> : null}
        {number}
      </span>{' '}
      <span class="figure-card__text">{text}</span>
    </>
  );
}

/** The seed paragraph a figure is drawn from: its first seed source. */
export function figurePara(figure: Pick<Figure, 'sources'>): number | undefined {
  for (const s of figure.sources) if ('seed' in s) return s.para;
  return undefined;
}
