// The ranking rules of src/search/rank.ts one by one, on small made-up indexes; and the names that
// documents answer to (dates, legal documents, old place names).
import { describe, expect, it } from 'vitest';
import type { Province } from '../../src/content/schema.ts';
import { unitLabel } from '../../src/lib/place-names.ts';
import { dayFromYmd } from '../../src/lib/vn-date.ts';
import { dateNames, legalNames } from '../../src/search/doc-keys.ts';
import { buildIndex } from '../../src/search/inverted-index.ts';
import { placeDocs } from '../../src/search/place-docs.ts';
import { query, withScratch } from '../../src/search/rank.ts';
import { recencyRanks } from '../../src/search/recency.ts';
import { searchIndex } from '../../src/search/results.ts';
import type { SearchDoc } from '../../src/search/search-doc.ts';

const TODAY = dayFromYmd(2026, 11, 29);
const index = (docs: SearchDoc[], today = TODAY) => {
  const data = buildIndex(docs);
  return withScratch(data, recencyRanks(data.docs, today));
};
const doc = (id: string, title: string, body = '', extra: Partial<SearchDoc> = {}): SearchDoc => ({ kind: 'article', id, title, body, ...extra });
const ids = (i: ReturnType<typeof index>, q: string) => query(i, q).map((h) => h.id);

describe('ranking', () => {
  it('puts the query as a phrase of the title before the same words apart', () => {
    const i = index([doc('apart', 'Tháng hành động, Hà Nội'), doc('phrase', 'Mô hình ở quận Hà Đông mới thành lập')]);
    expect(ids(i, 'ha dong')).toEqual(['phrase', 'apart']);
    expect(ids(i, 'dong ha')).toEqual(['apart', 'phrase']); // neither holds it as a phrase: the shorter title first
  });

  it('counts a phrase in any name (short name, place) but never across two names', () => {
    const i = index([doc('across', 'Tổ tuần tra', '', { names: ['Tổ tuần tra Hà', 'Đông Anh'] }), doc('place', 'Tổ tuần tra', '', { names: ['Tổ tuần tra', 'phường Hà Đông'] })]);
    expect(ids(i, 'ha dong')).toEqual(['place', 'across']);
  });

  it('prefers whole words to prefixes, and a prefix only for the last word', () => {
    const i = index([doc('prefix', 'Camera an ninh khu dân cư'), doc('whole', 'Khu an toàn', 'camera')]);
    expect(ids(i, 'an')).toEqual(['whole', 'prefix']);
    expect(ids(i, 'camer')).toEqual(['prefix', 'whole']);
    expect(ids(i, 'camer an')).toEqual([]);
  });

  it('prefers every word in the title to some words in the body', () => {
    const i = index([doc('body', 'Tuyên truyền', 'ma túy ở trường học'), doc('title', 'Phòng, chống ma túy trong trường học', '')]);
    expect(ids(i, 'ma tuy truong hoc')).toEqual(['title', 'body']);
    expect(ids(i, 'truong ma')).toEqual(['title', 'body']);
  });

  it('orders equal matches by what is on now, then what comes next, then the most recent, then the shorter name', () => {
    const docs = [
      doc('old', 'Cao điểm mua bán người', '', { when: { from: dayFromYmd(2023, 7, 1), to: dayFromYmd(2023, 9, 30) } }),
      doc('recent', 'Cao điểm mua bán người', '', { when: { from: dayFromYmd(2025, 7, 1), to: dayFromYmd(2025, 9, 30) } }),
      doc('yearly', 'Cao điểm mua bán người', '', { when: { yearly: { start: { month: 7, day: 30 }, end: { month: 7, day: 30 } } } }),
      doc('undated-long', 'Cao điểm mua bán người', '', { names: ['Cao điểm mua bán người ở xã'] }),
      doc('undated', 'Cao điểm mua bán người'),
    ];
    expect(ids(index(docs), 'mua ban nguoi')).toEqual(['yearly', 'undated', 'undated-long', 'recent', 'old']);
    // On 30/7 the yearly one is on now; during the 2025 peak that one is.
    expect(ids(index(docs, dayFromYmd(2027, 7, 30)), 'mua ban nguoi')[0]).toBe('yearly');
    expect(ids(index(docs, dayFromYmd(2025, 8, 1)), 'mua ban nguoi').slice(0, 2)).toEqual(['recent', 'yearly']);
  });

  it('shows one result per page, the best of its documents, and the best three first', () => {
    const provinces: Province[] = [{ id: 'bac-ninh', name: 'Bắc Ninh', kind: 'tinh', aliases: [{ name: 'Bắc Giang', kind: 'oldName', sources: [{ fact: 'F-X' }] }], wards: [], sources: [{ fact: 'F-X' }] }];
    const i = index([...placeDocs(provinces), doc('a', 'Bắc Ninh ra quân'), doc('b', 'Bắc Ninh tổng kết'), doc('c', 'Tin Bắc Ninh')]);
    const results = searchIndex(i, 'bac ninh', 10);
    expect(results.ranked.map((r) => r.url)).toEqual(['/dia-phuong/bac-ninh/', '/bai-viet/c/', '/bai-viet/a/', '/bai-viet/b/']);
    expect(results.top.map((r) => r.id)).toEqual(['bac-ninh', 'c', 'a']);
    expect(results.groups).toEqual([{ kind: 'article', label: 'Bài viết', results: [results.ranked[3]] }]);
    expect(searchIndex(i, 'bac giang', 10).ranked).toEqual([{ kind: 'place', id: 'bac-ninh', title: 'Bắc Giang nay thuộc Bắc Ninh', detail: 'Tên trước năm 2025', url: '/dia-phuong/bac-ninh/' }]);
  });
});

describe('what documents answer to', () => {
  it('dates as typed', () => {
    expect(dateNames({ kind: 'yearly-day', month: 6, day: 26, since: 2001 })).toEqual(['26/6', 'ngày 26 tháng 6', '26/06']);
    expect(dateNames({ kind: 'yearly-period', start: { month: 6, day: 1 }, end: { month: 6, day: 30 }, since: 2001 })).toContain('tháng 6');
    expect(dateNames({ kind: 'once', start: '2025-07-01', end: '2025-09-30' })).toEqual(expect.arrayContaining(['1/7', '30/9', '30/9/2025']));
    expect(dateNames({ kind: 'once', start: '2023', end: '2024' })).toEqual([]);
  });

  it('legal documents by type and number, abbreviated, and as written', () => {
    expect(legalNames('Quyết định 93/2001/QĐ-TTg ngày 13/6/2001')).toEqual(['quyết định 93', 'QĐ 93', 'Quyết định 93/2001/QĐ-TTg']);
    expect(legalNames('thực hiện Chỉ thị số 21-CT/TW về ma túy')).toEqual(['chỉ thị 21', 'CT 21', 'Chỉ thị số 21-CT/TW']);
    expect(legalNames('Luật Phòng cháy và chữa cháy năm 2001')).toEqual([]);
  });

  it('place labels, and a name that carries its prefix as it is', () => {
    expect(unitLabel('thanh-pho', 'TP. Hồ Chí Minh')).toBe('TP. Hồ Chí Minh');
    expect(unitLabel('tinh', 'Bắc Ninh')).toBe('tỉnh Bắc Ninh');
  });
});
