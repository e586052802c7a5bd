// Which saved notices a commune page and home show: by the commune's official code, verified only on
// the commune page, and the followed commune's code found from the settings' slugs.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ProvincePlaces } from '../../src/content/schema.ts';
import { signNotice } from '../../src/notice/sign.ts';
import type { TrustedList } from '../../src/notice/trust-list.ts';
import { verifyNotice } from '../../src/notice/verify.ts';
import { followedCode, noticesOfCommune, verifiedOnly } from '../../src/routes/notice-filter.ts';
import type { SavedItem } from '../../src/routes/saved-notice-list.tsx';
import { body, NOW, testKey, trusted, trustFile, wardKey, type TestKey } from './notice-fixtures.ts';

let baDinh: TestKey;
let ngocHa: TestKey;
let trust: TrustedList;

beforeAll(async () => {
  const rootKey = await testKey();
  [baDinh, ngocHa] = await Promise.all([testKey(), testKey()]);
  const keys = [wardKey(baDinh), wardKey(ngocHa, { ward: '00008', commune: 'Phường Ngọc Hà', unit: 'Công an phường Ngọc Hà' })];
  trust = trusted(rootKey, keys, await trustFile(rootKey, keys));
});

/** A saved notice as listSaved returns it: signed by `key` for `ward`, verified against `against`. */
async function item(key: TestKey, ward: string, n: number, against = trust): Promise<SavedItem> {
  const b = body({ w: ward, n, t: `Tin ${n}` });
  const token = await signNotice(key.privateKey, key.kid, b);
  const saved = { id: `${key.kid}.${b.k}.${n}`, token, kid: key.kid, ward, kind: b.k, seq: n, issuedAt: b.i, expiresAt: b.e, savedAt: NOW.toISOString() };
  return { saved, checked: { verdict: await verifyNotice(token, against, NOW), trust: against } };
}

describe('notices of a commune', () => {
  it('keeps only the notices of that official code, in order', async () => {
    const items = [await item(baDinh, '00004', 1), await item(ngocHa, '00008', 2), await item(baDinh, '00004', 3)];
    expect(noticesOfCommune(items, '00004').map((i) => i.saved.seq)).toEqual([1, 3]);
    expect(noticesOfCommune(items, '00008').map((i) => i.saved.seq)).toEqual([2]);
    expect(noticesOfCommune(items, '00025')).toEqual([]);
  });

  it('verifiedOnly drops a notice whose key is no longer on the list (revoked or removed)', async () => {
    const withoutNgocHa: TrustedList = { ...trust, list: { ...trust.list, keys: trust.list.keys.filter((k) => k.kid !== ngocHa.kid) } };
    const items = [await item(baDinh, '00004', 1), await item(ngocHa, '00008', 2, withoutNgocHa)];
    expect(items.map((i) => i.checked.verdict.state)).toEqual(['verified', 'unknown-key']);
    expect(verifiedOnly(items).map((i) => i.saved.seq)).toEqual([1]);
    expect(verifiedOnly(noticesOfCommune(items, '00008'))).toEqual([]);
  });
});

describe('followedCode', () => {
  const places = [
    { id: 'ha-noi', code: '01', name: 'Hà Nội', kind: 'thanh-pho', sources: [], communes: [{ id: 'ba-dinh', code: '00004', name: 'Ba Đình', kind: 'phuong' }, { id: 'ngoc-ha', code: '00008', name: 'Ngọc Hà', kind: 'phuong' }] },
  ] as unknown as ProvincePlaces[];

  it('maps the followed province and commune slugs to the official code', () => {
    expect(followedCode(places, 'ha-noi', 'ngoc-ha')).toBe('00008');
  });
  it('is null when no commune is followed or it is not in the list', () => {
    expect(followedCode(places, 'ha-noi', null)).toBeNull();
    expect(followedCode(places, null, null)).toBeNull();
    expect(followedCode(places, 'ha-noi', 'khong-co')).toBeNull();
    expect(followedCode(places, 'hue', 'ba-dinh')).toBeNull();
  });
});
