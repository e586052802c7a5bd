import { describe, expect, it } from 'vitest';
import type { National } from '../../src/content/schema.ts';
import { createSearcher } from '../../src/search/engine.ts';
import { tokenize } from '../../src/lib/fold.ts';
import { buildIndex } from '../../src/search/inverted-index.ts';
import { query, withScratch } from '../../src/search/rank.ts';
import { model, national } from './sync-fixtures.ts';

const docs = (titles: [string, string][]) => withScratch(buildIndex(titles.map(([title, body], i) => ({ kind: 'article', id: `a${i}`, title, body }))), new Float32Array(titles.length).fill(1));
const ids = (hits: { id: string }[]) => hits.map((h) => h.id);

describe('the inverted index', () => {
  const index = docs([
    ['Tổ hòa giải khu dân cư', 'Giữ gìn an ninh trật tự.'],
    ['Đắk Lắk ra quân', 'Tuyên truyền phòng chống ma túy.'],
    ['Phòng cháy chữa cháy', 'Tổ hoà giải tham gia.'],
    ['Tuyên truyền pháp luật', 'Khu dân cư Hà Đông.'],
  ]);

  it('ignores diacritics, case and old-style tone placement (hòa/hoà), and reads decomposed input', () => {
    expect(ids(query(index, 'hoa giai'))).toEqual(['a0', 'a2']);
    expect(ids(query(index, 'HOÀ GIẢI'))).toEqual(['a0', 'a2']);
    expect(ids(query(index, 'dak lak'))).toEqual(['a1']);
    expect(ids(query(index, 'Đắk Lắk'.normalize('NFD')))).toEqual(['a1']);
    expect(ids(query(index, 'ha dong'))).toEqual(['a3']);
  });

  it('ranks a match in the title above a match in the body', () => {
    expect(ids(query(index, 'tuyen truyen'))).toEqual(['a3', 'a1']);
    expect(ids(query(index, 'hoà giải'))[0]).toBe('a0');
  });

  it('requires every word, and matches only the last one as a prefix', () => {
    expect(ids(query(index, 'khu dan'))).toEqual(['a0', 'a3']);
    expect(ids(query(index, 'tuyen tr'))).toEqual(['a3', 'a1']);
    expect(ids(query(index, 'tuye truyen'))).toEqual([]); // 'tuye' is not a whole word
    expect(ids(query(index, 'phong ma'))).toEqual(['a1']);
    expect(ids(query(index, 'chay khong-co'))).toEqual([]);
  });

  it('answers nothing for an empty or punctuation-only query, and the same twice in a row', () => {
    expect(query(index, '')).toEqual([]);
    expect(query(index, ' ,.; ')).toEqual([]);
    const first = query(index, 'to');
    expect(query(index, 'to')).toEqual(first);
    expect(first.length).toBe(2);
  });

  it('finds, for a one- or two-letter last word, exactly the documents with a word starting with it', () => {
    const texts: [string, string][] = [['Tuần tra', 'an ninh'], ['Tổ tự quản', 'ấp Tân An'], ['Camera', 'ngõ hẻm'], ['A', 'khu tập thể'], ['Chợ', 'tiểu thương']];
    const small = docs(texts);
    for (const prefix of ['t', 'tu', 'a', 'an', 'c', 'ch', 'ng', 'k', 'z']) {
      const expected = texts.flatMap(([title, body], i) => (tokenize(`${title} ${body}`).some((w) => w.startsWith(prefix)) ? [`a${i}`] : []));
      expect(ids(query(small, prefix)).sort()).toEqual(expected);
      expect(ids(query(small, `${prefix}`.toUpperCase())).sort()).toEqual(expected);
    }
    expect(ids(query(small, 'tuan t'))).toEqual(['a0']);
  });

  it('caps the results at the limit, best first', () => {
    expect(query(index, 'c', 2)).toHaveLength(2);
  });
});

describe('searching content', () => {
  const content: National = national();
  const searcher = createSearcher(content, [model('doi-tu-quan-hue', 'hue', { name: 'Đội tự quản an ninh Huế', description: 'Tuần tra ban đêm.' })]);

  it('finds every kind, each with the URL of its page, grouped by kind', () => {
    const result = searcher('an ninh', 20);
    expect(result.ranked.map((r) => r.kind).sort()).toEqual(['article', 'model']);
    expect(result.ranked.find((r) => r.kind === 'model')).toMatchObject({ id: 'doi-tu-quan-hue', url: '/mo-hinh/doi-tu-quan-hue/' });
    expect(searcher('phong chong ma tuy', 20).ranked[0]?.url).toBe('/chien-dich/ngay-toan-dan-phong-chong-ma-tuy/');
    expect(searcher('vu an ma tuy', 20).ranked[0]?.url).toBe('/so-lieu/so-lieu-a/');
    expect(searcher('bai viet ve', 20).ranked[0]?.url).toBe('/bai-viet/bai-a/');
    expect(searcher('to giac', 20).ranked[0]?.url).toBe('/huong-dan/#to-giac');
    expect(searcher('ha dong', 20).ranked[0]).toMatchObject({ kind: 'place', title: 'Phường Hà Đông, Hà Nội', url: '/dia-phuong/ha-noi/ha-dong/' });
  });

  it('finds hotlines by number (also a prefix of it) and by name', () => {
    for (const q of ['113', '11', 'cong an']) expect(searcher(q, 20).ranked[0]).toMatchObject({ kind: 'hotline', url: '/duong-day-nong/#cong-an' });
  });

  it('finds figures by their value as Vietnamese writes it (1.101) or without the separator', () => {
    expect(searcher('1.101', 20).ranked[0]?.kind).toBe('figure');
    expect(searcher('1101 vu', 20).ranked[0]?.kind).toBe('figure');
  });

  it('finds listings by the province name', () => {
    const withProvince = createSearcher({ ...content, provinces: [...content.provinces, { ...content.provinces[0]!, id: 'hue', name: 'Huế', wards: [] }] }, [model('x', 'hue', { name: 'Tổ tuần tra' })]);
    expect(withProvince('tuan tra hue', 5).ranked[0]?.id).toBe('x');
  });
});
