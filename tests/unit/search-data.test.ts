// src/data/search.ts: the index is built from the store on screen and rebuilt when it changes.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStore } from '../../src/data/memory-store.ts';
import { model, national } from './sync-fixtures.ts';

beforeEach(() => vi.resetModules());

describe('search()', () => {
  it('rejects before there is a store, then searches the store on screen and follows its replacement', async () => {
    const [{ search }, live] = await Promise.all([import('../../src/data/search.ts'), import('../../src/data/live-store.ts')]);
    await expect(search('ma tuy')).rejects.toThrow();
    live.replaceStore(memoryStore(national(), [model('doi-a', 'hue', { name: 'Đội tuần tra A' })]));
    expect((await search('tuan tra')).groups[0]?.results.map((r) => r.id)).toEqual(['doi-a']);
    live.replaceStore(memoryStore(national(), [model('doi-b', 'hue', { name: 'Đội tuần tra B' })]));
    expect((await search('tuan tra')).groups[0]?.results.map((r) => r.id)).toEqual(['doi-b']);
  });

  it('rebuilds when listings are stored', async () => {
    const [{ search }, live] = await Promise.all([import('../../src/data/search.ts'), import('../../src/data/live-store.ts')]);
    const listings = [model('doi-a', 'hue', { name: 'Đội tuần tra A' })];
    const store = memoryStore(national(), listings);
    live.replaceStore({ ...store, modelsOf: async () => listings, modelCounts: { hue: listings.length } });
    expect((await search('tuan tra')).total).toBe(1);
    listings.push(model('doi-c', 'hue', { name: 'Đội tuần tra C' }));
    expect((await search('tuan tra')).total).toBe(1);
    live.markStoredChanged();
    expect((await search('tuan tra')).total).toBe(2);
  });
});
