// The served province index (one hex string of chunk versions, one array of counts) and its checks.
import { describe, expect, it } from 'vitest';
import { parseProvinceIndex } from '../../src/content/parse.ts';
import { decodeProvinceIndex, encodeProvinceIndex } from '../../src/content/province-index.ts';
import type { ProvinceIndex } from '../../src/content/schema.ts';

const index: ProvinceIndex = { province: 'hue', version: 'abcdef012345', buckets: 4, chunks: [{ chunk: 0, version: '0123abcd', count: 3 }, { chunk: 3, version: 'ffff0000', count: 1 }] };

describe('the province index file', () => {
  it('holds one count and one 8-digit version per bucket, and reads back as the chunks that hold listings', () => {
    const file = encodeProvinceIndex(index);
    expect(file).toEqual({ province: 'hue', version: 'abcdef012345', buckets: 4, counts: [3, 0, 0, 1], versions: '0123abcd0000000000000000ffff0000' });
    expect(decodeProvinceIndex(file)).toEqual(index);
    expect(parseProvinceIndex(file, 'abcdef012345')).toEqual({ ok: true, data: index });
  });

  it('rejects a file whose counts or versions do not cover every bucket, or of another version', () => {
    const file = encodeProvinceIndex(index);
    expect(parseProvinceIndex({ ...file, counts: [3, 0, 1] })).toMatchObject({ ok: false, error: expect.stringContaining('one count and one version per bucket') });
    expect(parseProvinceIndex({ ...file, versions: file.versions.slice(8) })).toMatchObject({ ok: false });
    expect(parseProvinceIndex({ ...file, versions: `${file.versions.slice(0, -1)}g` })).toMatchObject({ ok: false, error: expect.stringContaining('8 hex digits') });
    expect(parseProvinceIndex(file, '000000000000')).toMatchObject({ ok: false, error: expect.stringContaining('expected 000000000000') });
  });
});
