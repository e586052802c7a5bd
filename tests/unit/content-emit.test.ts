// The emitted pack: deterministic bytes, a manifest that lists exactly the files emitted, and sharding
// that confines an edit to one model to one chunk, its province index and the manifest.
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { emitPack } from '../../src/content/compile/emit-pack.ts';
import { bucketsFor, CHUNK_LISTINGS, chunkUrl, modelChunk } from '../../src/content/model-chunk.ts';
import { decodeProvinceIndex } from '../../src/content/province-index.ts';
import type { Model } from '../../src/content/schema.ts';
import { ContentManifest, NATIONAL_COLLECTIONS } from '../../src/content/schema.ts';
import { editedInput, seedInput } from './content-fixtures.ts';

const base = compileContent(seedInput);

function changedPaths(a: Map<string, string>, b: Map<string, string>): string[] {
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}

describe('the emitted pack', () => {
  it('is the same bytes for the same input', () => {
    const again = compileContent(seedInput);
    expect(changedPaths(base.files, again.files)).toEqual([]);
  });

  it('changes only the manifest when only the build time changes, and not its version', () => {
    const later = compileContent({ ...seedInput, builtAt: '2030-01-01T00:00:00.000Z' });
    expect(changedPaths(base.files, later.files)).toEqual(['content/manifest.json']);
    expect(later.manifest.version).toBe(base.manifest.version);
  });

  it('has a manifest that lists every file it emitted, with the right size, and nothing else', () => {
    const manifest = ContentManifest.parse(JSON.parse(base.files.get('content/manifest.json')!));
    expect(manifest).toEqual(base.manifest);
    expect(Object.keys(manifest.national).sort()).toEqual([...NATIONAL_COLLECTIONS].sort());
    const listed = new Set(['content/manifest.json']);
    const refs = [...Object.values(manifest.national), ...Object.values(manifest.provinces), manifest.places!];
    for (const ref of refs) {
      const body = base.files.get(ref.url.slice(1));
      expect(body, ref.url).toBeDefined();
      expect(new TextEncoder().encode(body).byteLength).toBe(ref.bytes);
      expect(JSON.parse(body!).version).toBe(ref.version);
      expect(ref.url).toContain(`.${ref.version}.json`);
      listed.add(ref.url.slice(1));
    }
    for (const province of Object.values(manifest.provinces)) {
      const index = decodeProvinceIndex(JSON.parse(base.files.get(province.url.slice(1))!));
      for (const chunk of index.chunks) listed.add(chunkUrl(index.province, chunk.chunk, chunk.version).slice(1));
    }
    expect([...base.files.keys()].sort()).toEqual([...listed].sort());
    expect(Object.keys(manifest.provinces)).toHaveLength(34);
  });

  it('confines an edit to one model to its chunk, its province index and the manifest', () => {
    const edited = compileContent(editedInput((c) => (c.models[0]!.description += ' Cập nhật.')));
    const model = base.models[0]!;
    const province = model.locality.province;
    const changed = changedPaths(base.files, edited.files);
    expect(changed).toHaveLength(5);
    const buckets = decodeProvinceIndex(JSON.parse(base.files.get(base.manifest.provinces[province]!.url.slice(1))!)).buckets;
    expect(changed.filter((p) => p.startsWith(`content/models/${province}/${modelChunk(model.id, buckets)}.`))).toHaveLength(2);
    expect(changed.filter((p) => new RegExp(`^content/models/${province}\\.[0-9a-f]{12}\\.json$`).test(p))).toHaveLength(2);
    expect(changed).toContain('content/manifest.json');
    expect(edited.manifest.version).not.toBe(base.manifest.version);
    expect(edited.manifest.national).toEqual(base.manifest.national);
  });

  it('shards a large synthetic pack into chunks of at most CHUNK_LISTINGS listings on average, more as a province grows, each model once', () => {
    const template = base.models[0]!;
    const provinces = base.national.provinces.map((p) => p.id);
    const models: Model[] = Array.from({ length: 10_000 }, (_, i) => ({
      ...template,
      id: `mo-hinh-${i}`,
      locality: { province: provinces[i % provinces.length]! },
    }));
    const pack = emitPack(base.national, models, { builtAt: '2025-01-01T00:00:00.000Z' });
    const seen: string[] = [];
    for (const [path, body] of pack.files) {
      const match = /^content\/models\/([a-z-]+)\/(\d+)\./.exec(path);
      if (!match) continue;
      const chunk = JSON.parse(body);
      expect(chunk.chunk).toBe(Number(match[2]));
      const index = decodeProvinceIndex(JSON.parse(pack.files.get(pack.manifest.provinces[match[1]!]!.url.slice(1))!));
      expect(chunk.chunk).toBeLessThan(index.buckets);
      expect(index.buckets).toBe(bucketsFor(pack.manifest.provinces[match[1]!]!.count));
      expect(index.chunks.length * CHUNK_LISTINGS).toBeGreaterThanOrEqual(pack.manifest.provinces[match[1]!]!.count);
      for (const m of chunk.items) {
        expect(m.locality.province).toBe(match[1]);
        seen.push(m.id);
      }
    }
    expect(seen).toHaveLength(10_000);
    expect(new Set(seen).size).toBe(10_000);
  });
});
