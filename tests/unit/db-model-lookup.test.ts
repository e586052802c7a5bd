// Listings are downloaded in chunks (more of them as a province grows) and stored in at most
// STORE_SLOTS records per province: a listing is found by id through its chunk's slot, a changed
// chunk rewrites its one record, and indexes stored before the chunk count was written still work.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { LEGACY_BUCKETS, modelChunk, STORE_SLOTS, storeSlot } from '../../src/content/model-chunk.ts';
import type { Model, ProvinceIndex } from '../../src/content/schema.ts';
import { readModel, readModelsOf } from '../../src/db/content.ts';
import { writeProvince, writeUpdate, type ProvinceUpdate } from '../../src/db/content-write.ts';
import { openDatabase } from '../../src/db/open.ts';
import { model, national } from './sync-fixtures.ts';
import { buildPack } from './sync-fixtures.ts';

const ids = Array.from({ length: 300 }, (_, i) => `mo-hinh-${i}`);

function update(listings: Model[], buckets: number, replace: boolean, only?: number[]): ProvinceUpdate {
  const chunks = new Map<number, Model[]>();
  for (const m of listings) chunks.set(modelChunk(m.id, buckets), [...(chunks.get(modelChunk(m.id, buckets)) ?? []), m]);
  const index: ProvinceIndex = { province: 'hue', version: `${listings.length}`.padStart(8, '0'), buckets, chunks: [...chunks.keys()].map((chunk) => ({ chunk, version: 'aaaaaaaa', count: 1 })) };
  return { index, replace, chunks: [...chunks].filter(([c]) => !only || only.includes(c)).map(([chunk, items]) => ({ chunk, items })) };
}

describe('listings by chunk and slot', () => {
  it('stores a province of many chunks in at most STORE_SLOTS records, and finds each listing by id', async () => {
    const db = await openDatabase({}, 'slots-a');
    await writeProvince(db, update(ids.map((id) => model(id, 'hue')), 128, true));
    expect(await db.count('models')).toBe(STORE_SLOTS);
    for (const id of ids) expect((await readModel(db, id))?.id).toBe(id);
    expect(await readModel(db, 'khong-co')).toBeUndefined();
    db.close();
  });

  it('rewrites only the record of a changed chunk, dropping a removed listing and keeping the others', async () => {
    const db = await openDatabase({}, 'slots-b');
    const listings = ids.map((id) => model(id, 'hue'));
    await writeProvince(db, update(listings, 128, true));
    const before = await db.getAll('models');
    const edited = listings.filter((m) => m.id !== 'mo-hinh-7').map((m) => (m.id === 'mo-hinh-4' ? { ...m, description: 'Mới.' } : m));
    const touched = [modelChunk('mo-hinh-4', 128), modelChunk('mo-hinh-7', 128)];
    const manifest = buildPack(national(), []).manifest;
    const report = await writeUpdate(db, { manifest, syncedAt: '2026-11-22T03:00:00.000Z', national: [], removeProvinces: [], provinces: [update(edited, 128, false, touched)] });
    expect(report.shardsWritten).toBe(new Set(touched.map(storeSlot)).size);
    expect((await readModel(db, 'mo-hinh-4'))?.description).toBe('Mới.');
    expect(await readModel(db, 'mo-hinh-7')).toBeUndefined();
    expect((await readModelsOf(db, 'hue'))?.map((m) => m.id).sort()).toEqual(edited.map((m) => m.id).sort());
    const after = await db.getAll('models');
    const differing = after.filter((r, i) => JSON.stringify(r.items) !== JSON.stringify(before[i]!.items)).map((r) => r.chunk);
    expect(differing.sort()).toEqual([...new Set(touched.map(storeSlot))].sort());
    db.close();
  });

  it('finds listings stored under an index written before it carried the chunk count', async () => {
    const db = await openDatabase({}, 'slots-legacy');
    const { index, chunks } = update(ids.map((id) => model(id, 'hue')), LEGACY_BUCKETS, true);
    const tx = db.transaction(['meta', 'models'], 'readwrite');
    for (const { chunk, items } of chunks) void tx.objectStore('models').put({ province: 'hue', chunk, version: 'aaaaaaaa', items });
    const { buckets: _old, ...legacy } = index;
    void tx.objectStore('meta').put(legacy as never, 'province:hue');
    await tx.done;
    for (const id of ids) expect((await readModel(db, id))?.id).toBe(id);
    db.close();
  });
});
