// The relevance set (search-relevance-set.ts) against the index of the real compiled seeds, on a fixed
// day so that "ongoing" and "recent" do not change the answer from one day to the next.
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { dayFromYmd } from '../../src/lib/vn-date.ts';
import { searchDocs, urlOf } from '../../src/search/documents.ts';
import { createSearcher } from '../../src/search/engine.ts';
import { seedInput } from './content-fixtures.ts';
import { RELEVANCE_SET } from './search-relevance-set.ts';

const { national, models } = compileContent(seedInput);
const search = createSearcher(national, models, dayFromYmd(2026, 11, 29));
const urls = (q: string) => search(q, 10).ranked.map((r) => r.url);

describe('the relevance set', () => {
  it('has at least 30 queries, each expecting a page the content has', () => {
    expect(new Set(RELEVANCE_SET.map((c) => c.q)).size).toBeGreaterThanOrEqual(30);
    const pages = new Set(searchDocs(national, models).map((d) => urlOf(d.kind, d.id)));
    expect(RELEVANCE_SET.filter((c) => !pages.has(c.url))).toEqual([]);
  });

  it.each(RELEVANCE_SET.map((c) => [c.q, c.first ? 'first' : 'in the first three', c.url] as const))('“%s” puts %s: %s', (q, where, url) => {
    const found = urls(q);
    if (where === 'first') expect(found[0]).toBe(url);
    else expect(found.slice(0, 3)).toContain(url);
  });

  it('answers an old place name with where it went', () => {
    expect(search('Bắc Giang', 5).ranked[0]).toMatchObject({ kind: 'place', title: 'Bắc Giang nay thuộc Bắc Ninh', url: '/dia-phuong/bac-ninh/' });
    expect(search('quận Hà Đông', 5).ranked[0]).toMatchObject({ title: 'Quận Hà Đông nay thuộc Hà Nội', detail: 'Nay là các phường Hà Đông, Dương Nội, Yên Nghĩa, Phú Lương, Kiến Hưng và một phần phường Chương Mỹ', url: '/dia-phuong/ha-noi/ha-dong/' });
  });

  it('holds on every day of a year: recency only orders equal matches', () => {
    for (let month = 1; month <= 12; month++) {
      const on = createSearcher(national, models, dayFromYmd(2027, month, 15));
      for (const c of RELEVANCE_SET.filter((c) => c.first)) expect([c.q, on(c.q, 3).ranked[0]?.url]).toEqual([c.q, c.url]);
    }
  });
});
