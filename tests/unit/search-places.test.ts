// Places in search: every province and commune of the real content is a document, found by name
// (diacritics optional) and by old name, with a line that says where an old name went.
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { indexContent, searcherFor } from '../../src/search/engine.ts';
import { seedInput } from './content-fixtures.ts';

const { national, models, places } = compileContent(seedInput);
const search = searcherFor(indexContent(national, models, places));
// Every place result, the best three (shown first) included.
const placeResults = (text: string) => search(text, 30).ranked.filter((r) => r.kind === 'place');

describe('search over places', () => {
  it('finds a commune by name, without diacritics, linking to its page', () => {
    const hit = placeResults('van lang').find((r) => r.id === 'thai-nguyen/van-lang-05665');
    expect(hit).toMatchObject({ title: 'Xã Văn Lăng', url: '/dia-phuong/thai-nguyen/van-lang-05665/' });
    expect(hit?.detail).toContain('Thái Nguyên');
  });

  it('finds the province an old province joined, and says so, once', () => {
    // The province's own document and its old-name document lead to one page: the best stands for it.
    const hits = placeResults('Bắc Giang').filter((r) => r.id === 'bac-ninh');
    expect(hits).toEqual([expect.objectContaining({ title: 'Bắc Giang nay thuộc Bắc Ninh', url: '/dia-phuong/bac-ninh/', detail: 'Tên trước năm 2025' })]);
    expect(placeResults('Bắc Ninh').filter((r) => r.url === '/dia-phuong/bac-ninh/')).toEqual([expect.objectContaining({ title: 'Tỉnh Bắc Ninh', detail: 'Trước năm 2025 gồm cả: Bắc Giang' })]);
  });

  it('names a province with the unit type of the official list: thành phố Đồng Nai (F-DVHC-LIST), found as "tỉnh Đồng Nai" too', () => {
    expect(placeResults('Đồng Nai').filter((r) => r.url === '/dia-phuong/dong-nai/')).toEqual([expect.objectContaining({ title: 'Thành phố Đồng Nai' })]);
    expect(placeResults('tỉnh Đồng Nai').map((r) => r.url)).toContain('/dia-phuong/dong-nai/');
  });

  it('finds every ward an old district became, each saying it was (part of) that district', () => {
    const hits = placeResults('quận Hà Đông').filter((r) => r.id.startsWith('ha-noi/'));
    expect(hits.map((r) => r.id).sort()).toEqual(['chuong-my', 'duong-noi', 'ha-dong', 'kien-hung', 'phu-luong', 'yen-nghia'].map((id) => `ha-noi/${id}`));
    expect(hits.find((r) => r.id === 'ha-noi/chuong-my')?.detail).toBe('Hà Nội · trước 1/7/2025: một phần quận Hà Đông');
    expect(hits.find((r) => r.id === 'ha-noi/duong-noi')?.detail).toBe('Hà Nội · trước 1/7/2025: quận Hà Đông');
  });

  it('adds places only when the list is given (not stored yet: no place results, the rest still works)', () => {
    const withPlaces = indexContent(national, models, places);
    const without = indexContent(national, models);
    expect(JSON.stringify(withPlaces).length).toBeGreaterThan(JSON.stringify(without).length);
    expect(searcherFor(without)('Văn Lăng', 10).groups.some((g) => g.kind === 'place')).toBe(false);
  });
});
