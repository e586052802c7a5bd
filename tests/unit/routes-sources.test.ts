// Sources become links to the paragraph that says it, or a fact with where it was checked.
import { describe, expect, it } from 'vitest';
import { articleForSeed, resolveSource, resolveSources } from '../../src/routes/sources.ts';
import { articles, national } from './routes-fixture.ts';

describe('resolveSource', () => {
  it('links a seed paragraph to the article paragraph anchor', () => {
    expect(resolveSource({ seed: '000_0e242ab13600dc40.txt', para: 4 }, national)).toEqual({
      kind: 'paragraph',
      href: '/bai-viet/hon-1000-nguoi-di-cai-nghien-bat-buoc/#doan-4',
      article: 'Hơn 1.000 người đi cai nghiện bắt buộc',
      para: 4,
    });
  });

  it('shows a fact with how and where it was checked', () => {
    expect(resolveSource({ fact: 'F-HADONG' }, national)).toEqual({
      kind: 'fact',
      title: 'Quận Hà Đông sau sắp xếp',
      checked: 'partly',
      checkedAt: ['news.laodong.vn'],
      note: 'Một phần về phường Chương Mỹ.',
    });
  });

  it('says plainly when a reference cannot be resolved', () => {
    expect(resolveSource({ fact: 'F-NONE' }, national)).toEqual({ kind: 'missing', label: 'F-NONE' });
    expect(resolveSource({ seed: '009_0000000000000000.txt', para: 1 }, national).kind).toBe('missing');
  });

  it('drops duplicate references', () => {
    const refs = [{ fact: 'F-NQ202' }, { seed: '000_0e242ab13600dc40.txt', para: 4 }, { fact: 'F-NQ202' }, { seed: '000_0e242ab13600dc40.txt', para: 4 }];
    expect(resolveSources(refs, national)).toHaveLength(2);
  });

  it('picks the article whose body holds the paragraph', () => {
    const split = [
      { ...articles[0]!, id: 'a', body: { from: 1, to: 3 } },
      { ...articles[0]!, id: 'b', body: { from: 4, to: 9 } },
    ];
    expect(articleForSeed(split, articles[0]!.seed, 5)?.id).toBe('b');
    expect(articleForSeed(split, articles[0]!.seed, 99)?.id).toBe('a');
  });
});
