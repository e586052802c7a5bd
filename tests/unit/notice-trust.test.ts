// The ward list and its root signature: what the phone accepts (checkTrustFile) and what the build
// ships (compileTrust) from a throw-away trust folder. Keys are made here, at run time.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { compileTrust, signList } from '../../src/notice/admin/compile-trust.ts';
import { newKeyPair, readKeyFile, writeKeyFile } from '../../src/notice/admin/key-file.ts';
import { readTrustSeeds, writeRoots, writeSignature, writeWards } from '../../src/notice/admin/trust-dir.ts';
import { checkTrustFile } from '../../src/notice/trust-list.ts';
import { root, testKey, trustFile, wardKey, type TestKey } from './notice-fixtures.ts';

let rootKey: TestKey;
let ward: TestKey;
beforeAll(async () => {
  [rootKey, ward] = await Promise.all([testKey(), testKey()]);
});

describe('checkTrustFile (the phone)', () => {
  it('accepts a list signed by a known root', async () => {
    const file = await trustFile(rootKey, [wardKey(ward)]);
    const check = await checkTrustFile(file, [root(rootKey)]);
    expect(check.ok && check.trusted.list.keys.map((k) => k.kid)).toEqual([ward.kid]);
  });

  it('refuses a list changed after signing, a list signed by an unknown root, a mangled envelope', async () => {
    const file = await trustFile(rootKey, [wardKey(ward)]);
    const tampered = { ...file, list: file.list.replace('Ba Đình', 'Ba Dinh') };
    expect(await checkTrustFile(tampered, [root(rootKey)])).toEqual({ ok: false, error: 'trust file: root signature does not verify' });
    const stranger = await testKey();
    expect((await checkTrustFile(await trustFile(stranger, [wardKey(ward)]), [root(rootKey)])).ok).toBe(false);
    expect((await checkTrustFile({ ...file, sig: 'x' }, [root(rootKey)])).ok).toBe(false);
    expect((await checkTrustFile('nonsense', [root(rootKey)])).ok).toBe(false);
  });

  it('refuses a signed list that fails its schema', async () => {
    const file = await trustFile(rootKey, [{ ...wardKey(ward), ward: 'not-a-code' }]);
    const check = await checkTrustFile(file, [root(rootKey)]);
    expect(check.ok).toBe(false);
  });
});

describe('compileTrust (the build)', () => {
  let dir: string;
  let keyFile: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'antq-trust-'));
    const pair = await newKeyPair();
    keyFile = join(dir, 'root.jwk');
    await writeKeyFile(keyFile, pair);
    await writeRoots(dir, [{ kid: pair.kid, jwk: pair.publicJwk, name: 'Gốc thử nghiệm', production: false, created: '2026-11-29' }]);
    await writeWards(dir, [wardKey(ward)]);
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('ships nothing when there is no root and no ward key', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'antq-trust-empty-'));
    await expect(compileTrust(empty, undefined)).resolves.toBeUndefined();
    await rm(empty, { recursive: true });
  });

  it('without the key file, fails naming wards.json when the list is unsigned or changed since signing', async () => {
    await expect(compileTrust(dir, undefined)).rejects.toThrow(/wards\.json is not signed/);
    await writeSignature(dir, await signList(await readTrustSeeds(dir), await readKeyFile(keyFile)));
    const good = await compileTrust(dir, undefined);
    expect(good && (await checkTrustFile(good, (await readTrustSeeds(dir)).roots)).ok).toBe(true);
    await writeWards(dir, [wardKey(ward, { unit: 'Công an phường Khác' })]);
    await expect(compileTrust(dir, undefined)).rejects.toThrow(/wards\.json has changed since it was signed \(.*wards\.sig\.json/);
  });

  it('with the key file, signs the changed list, and keeps an unchanged list\'s signature', async () => {
    await writeSignature(dir, await signList(await readTrustSeeds(dir), await readKeyFile(keyFile), '2026-11-01T00:00:00.000Z'));
    const kept = await compileTrust(dir, keyFile);
    expect(kept && JSON.parse(kept.list).issuedAt).toBe('2026-11-01T00:00:00.000Z');
    await writeWards(dir, [wardKey(ward, { revoked: '2026-11-29' })]);
    const fresh = await compileTrust(dir, keyFile);
    expect(fresh && JSON.parse(fresh.list).keys[0].revoked).toBe('2026-11-29');
    expect(fresh && (await checkTrustFile(fresh, (await readTrustSeeds(dir)).roots)).ok).toBe(true);
  });

  it('names the file and field of a broken seed', async () => {
    await writeFile(join(dir, 'wards.json'), JSON.stringify([{ ...wardKey(ward), kid: ward.kid.replace(/^./, 'Z') === ward.kid ? 'A'.repeat(43) : ward.kid.replace(/^./, 'Z') }]));
    await expect(compileTrust(dir, keyFile)).rejects.toThrow(/wards\.json › .* › kid: not the RFC 7638 thumbprint/);
    await writeFile(join(dir, 'wards.json'), '[{"kid": 1}]');
    await expect(compileTrust(dir, keyFile)).rejects.toThrow(/wards\.json › 0\.kid/);
  });

  it('key files are owner-only and never overwritten', async () => {
    const { mode } = await import('node:fs/promises').then((fs) => fs.stat(keyFile));
    expect(mode & 0o077).toBe(0);
    await expect(writeKeyFile(keyFile, await newKeyPair())).rejects.toThrow(/already exists/);
    expect(JSON.parse(await readFile(keyFile, 'utf8')).d).toBeTypeOf('string');
  });
});
