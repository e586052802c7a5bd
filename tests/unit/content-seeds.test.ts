// The real seeds: they compile cleanly, hold what we expect, and articles quote their seed verbatim.
// Whether each claim is faithful to its source is a human review; here only the mechanical part is checked.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { SEEDS_DIR, seedInput } from './content-fixtures.ts';

const compiled = compileContent(seedInput);
const { national, models } = compiled;
const nonBlankLines = (file: string) => readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n').filter((l) => l.trim() !== '');

describe('the real seeds', () => {
  it('compile with no problems, with the expected counts', () => {
    const counts = Object.fromEntries(Object.entries(national).map(([name, items]) => [name, items.length]));
    expect({ ...counts, models: models.length }).toEqual({
      articles: 5,
      figures: 47,
      campaigns: 12,
      hotlines: 5,
      provinces: 34,
      guidance: 4,
      facts: 24,
      models: 6,
    });
  });

  it('give one article per seed document, its paragraphs copied verbatim', () => {
    const seeds = Object.keys(seedInput.texts).sort();
    expect(national.articles.map((a) => a.seed).sort()).toEqual(seeds);
    for (const article of national.articles) {
      const lines = nonBlankLines(article.seed);
      expect(article.paragraphs.length).toBe(article.body.to - article.body.from + 1);
      for (const p of article.paragraphs) expect(p.text).toBe(lines[p.n - 1]);
      expect(article.paragraphs.filter((p) => p.heading).map((p) => p.n)).toEqual(article.headings ?? []);
    }
  });

  it('mark the short sub-heading lines as headings', () => {
    const headings = national.articles.flatMap((a) => a.paragraphs.filter((p) => p.heading).map((p) => p.text));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Xác định rõ trách nhiệm của người đứng đầu',
        'Bảo đảm an ninh chính trị, trật tự an toàn xã hội',
        'Huy động được cả hệ thống chính trị vào cuộc',
      ]),
    );
  });

  it('keep the source headline without the file\'s "date" prefix, and give editorial titles where there is none', () => {
    const bySeed = new Map(national.articles.map((a) => [a.seed.slice(0, 3), a]));
    expect(bySeed.get('000')).toMatchObject({ title: 'Hơn 1.000 người đi cai nghiện bắt buộc', titleFrom: 'source', date: '2023-03' });
    expect(bySeed.get('001')).toMatchObject({ titleFrom: 'source', date: '2023-03-21', province: 'ha-noi' });
    expect(bySeed.get('002')).toMatchObject({ titleFrom: 'editorial', date: '2023-07-21', province: 'cao-bang' });
    expect(bySeed.get('003')).toMatchObject({ titleFrom: 'editorial', date: '2018', province: 'ha-noi' });
    expect(bySeed.get('004')).toMatchObject({ titleFrom: 'source', date: '2022-01-21', province: 'thai-nguyen' });
  });

  it('keep the impossible "31/6/2018" as the source writes it, never as a date', () => {
    const figure = national.figures.find((f) => f.period.label.includes('31/6/2018'));
    expect(figure).toMatchObject({ value: 1511, period: { from: '2015', to: '2018-06' } });
    expect(figure?.note).toContain('31/6');
  });

  it('list the 34 provinces of Nghị quyết 202/2025/QH15, six of them cities', () => {
    expect(new Set(national.provinces.map((p) => p.id)).size).toBe(34);
    expect(national.provinces.filter((p) => p.kind === 'thanh-pho').map((p) => p.id).sort()).toEqual(
      ['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue'],
    );
    const haNoi = national.provinces.find((p) => p.id === 'ha-noi');
    expect(haNoi?.wards.find((w) => w.id === 'ha-dong')?.aliases).toContain('quận Hà Đông');
  });

  // The facts register lives beside the repository (../shared/docs); skipped where it is not checked out.
  const register = resolve(SEEDS_DIR, '../../shared/docs/facts.md');
  it.skipIf(!existsSync(register))('copy every entry of the facts register into facts.json', () => {
    // "F-SEED-<its three-digit prefix>" in the register is a pattern, not an id.
    const ids = new Set(readFileSync(register, 'utf8').match(/\bF-[A-Z0-9]+(?:-[A-Z0-9]+)*\b(?!-<)/g));
    expect([...ids].filter((id) => !national.facts.some((f) => f.id === id))).toEqual([]);
  });

  it('give every hotline a tel: link to its own number', () => {
    expect(national.hotlines.map((h) => h.number).sort()).toEqual(['111', '112', '113', '114', '115']);
    for (const h of national.hotlines) expect(h.link.href).toBe(`tel:${h.number}`);
  });

  it('put the Hà Đông pilot in the ward Hà Đông, with the old name kept', () => {
    const pilot = models.find((m) => m.locality.ward === 'ha-dong');
    expect(pilot?.locality).toEqual({ province: 'ha-noi', ward: 'ha-dong', asInSource: 'quận Hà Đông' });
  });
});
