// Search relevance: the relevance set (tests/unit/search-relevance-set.ts) scored as hits@1 (the
// expected page first) and hits@3 (in the first three), over the real content alone and with
// synthetic listings added (a phone holding many listings: do they push the right answer down?).
import type { Model } from '../../src/content/schema.ts';
import { createSearcher } from '../../src/search/engine.ts';
import { RELEVANCE_SET } from '../unit/search-relevance-set.ts';
import type { Row } from './report.ts';
import { realContent, syntheticModels } from './synthetic.ts';

function score(models: Model[], national: Awaited<ReturnType<typeof realContent>>['national']) {
  const search = createSearcher(national, models);
  let at1 = 0;
  let at3 = 0;
  const missed: string[] = [];
  for (const c of RELEVANCE_SET) {
    const rank = search(c.q, 3).ranked.findIndex((r) => r.url === c.url);
    if (rank === 0) at1++;
    if (rank >= 0) at3++;
    else missed.push(c.q);
  }
  return { at1, at3, missed };
}

export async function relevance(syntheticCount: number): Promise<Row[]> {
  const real = await realContent();
  const section = 'search relevance';
  const n = RELEVANCE_SET.length;
  const firsts = RELEVANCE_SET.filter((c) => c.first).length;
  const alone = score(real.models, real.national);
  const noisy = score([...real.models, ...syntheticModels(syntheticCount, real.national.provinces.map((p) => p.id))], real.national);
  const pct = (k: number) => Math.round((k / n) * 1000) / 10;
  return [
    { section, figure: `hits@1, real content (${n} queries)`, value: pct(alone.at1), unit: '%', note: `${alone.at1}/${n}; ${firsts} of them must be first (unit tests hold that)` },
    { section, figure: 'hits@3, real content', value: pct(alone.at3), unit: '%', note: `${alone.at3}/${n}${alone.missed.length ? `; missed: ${alone.missed.join(', ')}` : ''}` },
    { section, figure: `hits@1, + ${syntheticCount.toLocaleString('en-US')} synthetic listings`, value: pct(noisy.at1), unit: '%', note: `${noisy.at1}/${n}` },
    { section, figure: `hits@3, + ${syntheticCount.toLocaleString('en-US')} synthetic listings`, value: pct(noisy.at3), unit: '%', note: `${noisy.at3}/${n}${noisy.missed.length ? `; missed: ${noisy.missed.join(', ')}` : ''}` },
  ];
}
