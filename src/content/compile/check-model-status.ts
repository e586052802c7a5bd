import type { Model, PartialDate } from '../schema.ts';
import { shown } from './content-error.ts';
import { latestDay } from './dates.ts';

type Say = (path: string, what: string) => void;

/**
 * A model's status is dated by its sources: it must cite a seed paragraph (its article gives the date),
 * and `mentioned` must be the date of the newest one, so that the app can say "được nêu năm X".
 */
export function checkModelMentioned(m: Model, articleDateBySeed: ReadonlyMap<string, PartialDate>, say: Say): void {
  const seeds = m.sources.flatMap((ref) => ('seed' in ref ? [ref.seed] : []));
  if (seeds.length === 0) return say('sources', 'a model’s status needs a dated source: cite the seed paragraph that names it');
  const dates = seeds.map((seed) => articleDateBySeed.get(seed));
  // A seed whose article is broken is reported there; judging the date without it would only echo that.
  if (dates.some((d) => d === undefined)) return;
  const newest = (dates as PartialDate[]).reduce((a, b) => (latestDay(b) > latestDay(a) ? b : a));
  if (m.mentioned !== newest) say('mentioned', `expected ${shown(newest)}, the date of the newest cited source, got ${shown(m.mentioned)}`);
}
