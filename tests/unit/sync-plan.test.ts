import { describe, expect, it } from 'vitest';
import { changedChunks, isOlder, planUpdate, SMALL_PACK } from '../../src/data/sync-plan.ts';
import { buildPack, model, national } from './sync-fixtures.ts';

const pack = (n: number, builtAt?: string) => buildPack(national(), Array.from({ length: n }, (_, i) => model(`m-${i}`, i % 2 ? 'hue' : 'ha-noi')), builtAt).manifest;

describe('planUpdate', () => {
  it('downloads every national collection and, for a small pack, every province on an empty device', () => {
    const plan = planUpdate(pack(10), { provinces: {} }, null);
    expect(plan.national.sort()).toEqual(['articles', 'campaigns', 'facts', 'figures', 'guidance', 'hotlines', 'provinces']);
    expect(plan.provinces.sort()).toEqual(['ha-noi', 'hue']);
    expect(plan.places).toBe(true);
  });

  it('downloads only the followed province when one is followed', () => {
    expect(planUpdate(pack(10), { provinces: {} }, 'hue').provinces).toEqual(['hue']);
  });

  it('downloads no province up front for a pack above the small-pack limit', () => {
    expect(planUpdate(pack(SMALL_PACK + 2), { provinces: {} }, null).provinces).toEqual([]);
  });

  it('keeps stored provinces current, skips unchanged ones, drops those gone from the manifest', () => {
    const before = buildPack(national(), [model('a', 'hue'), model('b', 'ha-noi'), model('c', 'can-tho')]);
    const after = buildPack(national(), [model('a', 'hue', { name: 'Mới' }), model('b', 'ha-noi')]).manifest;
    const indexes = Object.fromEntries(
      Object.entries(before.manifest.provinces).map(([id, ref]) => [id, JSON.parse(before.files.get(ref.url)!)]),
    );
    const plan = planUpdate(after, { manifest: before.manifest, provinces: indexes }, 'hue');
    expect(plan).toEqual({ national: [], places: false, provinces: ['hue'], removeProvinces: ['can-tho'] });
  });
});

describe('changedChunks', () => {
  it('lists chunks that are new or whose version changed', () => {
    const index = { province: 'hue', version: 'aaaaaaaa', buckets: 4, chunks: [1, 2, 3].map((chunk) => ({ chunk, version: `0000000${chunk}`, count: 1 })) };
    const stored = { ...index, chunks: [{ ...index.chunks[0]! }, { ...index.chunks[1]!, version: 'ffffffff' }] };
    expect(changedChunks(index, stored).map((c) => c.chunk)).toEqual([2, 3]);
    expect(changedChunks(index, undefined).map((c) => c.chunk)).toEqual([1, 2, 3]);
  });
});

describe('isOlder', () => {
  it('compares build times', () => {
    expect(isOlder(pack(1, '2026-01-01T00:00:00Z'), pack(1, '2026-01-02T00:00:00Z'))).toBe(true);
    expect(isOlder(pack(1, '2026-01-02T00:00:00Z'), pack(1, '2026-01-01T00:00:00Z'))).toBe(false);
    expect(isOlder(pack(1), undefined)).toBe(false);
  });
});
