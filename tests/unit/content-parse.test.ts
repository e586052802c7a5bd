// The run-time checks the app applies to what it downloads, fed with what the compiler emits.
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { parseCollection, parseManifest, parseModelChunk, parsePlaces, parsePlacesInTurns, parseProvinceIndex } from '../../src/content/parse.ts';
import { chunkUrl } from '../../src/content/model-chunk.ts';
import { NATIONAL_COLLECTIONS } from '../../src/content/schema.ts';
import { seedInput } from './content-fixtures.ts';

const { files, manifest } = compileContent(seedInput);
const json = (url: string) => JSON.parse(files.get(url.slice(1))!);

describe('parsing downloaded content', () => {
  it('accepts every file the compiler emits', () => {
    expect(parseManifest(json('/content/manifest.json'))).toEqual({ ok: true, data: manifest });
    for (const name of NATIONAL_COLLECTIONS) {
      const ref = manifest.national[name];
      const result = parseCollection(name, json(ref.url), ref.version);
      expect(result.ok && result.data.items.length).toBe(ref.count);
    }
    for (const ref of Object.values(manifest.provinces)) {
      const index = parseProvinceIndex(json(ref.url), ref.version);
      if (!index.ok) throw new Error(index.error);
      for (const chunk of index.data.chunks) expect(parseModelChunk(json(chunkUrl(index.data.province, chunk.chunk, chunk.version)), chunk.version).ok).toBe(true);
    }
  });

  it('rejects a file of another collection, another version, or with a broken item', () => {
    const ref = manifest.national.campaigns;
    const campaigns = json(ref.url);
    expect(parseCollection('articles', campaigns)).toMatchObject({ ok: false, error: expect.stringContaining('collection') });
    expect(parseCollection('campaigns', campaigns, '000000000000')).toEqual({
      ok: false,
      error: `campaigns: version ${ref.version}, expected 000000000000`,
    });
    campaigns.items[0].recurrence.month = 13;
    expect(parseCollection('campaigns', campaigns)).toEqual({ ok: false, error: 'campaigns: items.0.recurrence.month: expected 1–12' });
    expect(parseManifest({ format: 2 })).toMatchObject({ ok: false });
  });

  it('checks the list of communes a province per turn, with the same result and the same errors as at once', async () => {
    const ref = manifest.places!;
    let turns = 0;
    const pause = async () => void turns++;
    const good = json(ref.url);
    expect(await parsePlacesInTurns(good, ref.version, pause)).toEqual(parsePlaces(good, ref.version));
    expect(parsePlaces(good, ref.version).ok).toBe(true);
    expect(turns).toBe(34);
    const broken = (edit: (file: { version: string; items: { code: string; communes: { code: string }[] }[] }) => void) => {
      const file = json(ref.url);
      edit(file);
      return file;
    };
    for (const [file, version] of [
      [broken((f) => (f.items[20]!.communes[3]!.code = 'x')), ref.version],
      [broken((f) => (f.items[0]!.code = '1')), ref.version],
      [broken((f) => (f.version = 'nope')), undefined],
      [{ collection: 'places', version: ref.version }, ref.version],
      [good, '000000000000'],
    ] as const) {
      const once = parsePlaces(file, version);
      expect(once.ok).toBe(false);
      expect(await parsePlacesInTurns(file, version, pause)).toEqual(once);
    }
  });
});

