// The notice format end to end in Node (WebCrypto and CompressionStream are the same APIs the
// browser uses): sign → verify, and every way a link can fail. Rendering is tested in Chromium.
import { beforeAll, describe, expect, it } from 'vitest';
import { fromBase64url, toBase64url, utf8 } from '../../src/notice/base64url.ts';
import { deflateRaw } from '../../src/notice/deflate.ts';
import { HEADER_BYTES, MAX_TOKEN_CHARS, NOTICE_VERSION, noticeLink, tokenOf } from '../../src/notice/format.ts';
import { signEs256 } from '../../src/notice/jwk.ts';
import { signNotice } from '../../src/notice/sign.ts';
import { verifyNotice } from '../../src/notice/verify.ts';
import type { TrustedList } from '../../src/notice/trust-list.ts';
import { body, NOW, nowS, testKey, trusted, trustFile, wardKey, type TestKey } from './notice-fixtures.ts';

let ward: TestKey;
let other: TestKey;
let rootKey: TestKey;
let trust: TrustedList;

beforeAll(async () => {
  [ward, other, rootKey] = await Promise.all([testKey(), testKey(), testKey()]);
  const keys = [wardKey(ward), wardKey(other, { ward: '00008', unit: 'Công an phường Ngọc Hà' })];
  trust = trusted(rootKey, keys, await trustFile(rootKey, keys));
});

/** Signs arbitrary payload bytes as a v1 notice (for payloads the signer's own checks would refuse). */
async function signRaw(key: TestKey, payload: Uint8Array<ArrayBuffer>, version = NOTICE_VERSION): Promise<string> {
  const message = new Uint8Array(HEADER_BYTES + payload.length);
  message[0] = version;
  message.set(fromBase64url(key.kid)!, 1);
  message.set(payload, HEADER_BYTES);
  const sig = await signEs256(key.privateKey, message);
  return toBase64url(new Uint8Array([...message, ...sig]));
}

describe('a signed notice', () => {
  it('verifies with its unit, and returns exactly what was signed', async () => {
    const signed = body();
    const verdict = await verifyNotice(await signNotice(ward.privateKey, ward.kid, signed), trust, NOW);
    expect(verdict.state).toBe('verified');
    if (verdict.state !== 'verified') return;
    expect(verdict.body).toEqual(signed);
    expect(verdict.key.unit).toBe('Công an phường Ba Đình');
  });

  it('round-trips through a link and its fragment', async () => {
    const link = noticeLink('https://antq.example/', await signNotice(ward.privateKey, ward.kid, body()));
    expect(link.startsWith('https://antq.example/tin/#')).toBe(true);
    expect((await verifyNotice(tokenOf(link), trust, NOW)).state).toBe('verified');
  });

  it('keeps script and markup in every text field as plain text, verbatim', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const signed = body({ k: 'su-kien', t: evil, x: `${evil}\nhttps://evil.example`, p: evil, s: '2026-12-01T19:30', f: '2026-12-01T21:00' });
    const verdict = await verifyNotice(await signNotice(ward.privateKey, ward.kid, signed), trust, NOW);
    expect(verdict.state).toBe('verified');
    if (verdict.state === 'verified') expect([verdict.body.t, verdict.body.x, verdict.body.p]).toEqual([signed.t, signed.x, signed.p]);
  });

  it('refuses to sign a body that fails the schema (javascript: is not a phone number)', async () => {
    await expect(signNotice(ward.privateKey, ward.kid, body({ tel: 'javascript:alert(1)' }))).rejects.toThrow();
    await expect(signNotice(ward.privateKey, ward.kid, body({ e: nowS + 200 * 86_400 }))).rejects.toThrow(/180 days/);
  });
});

describe('states other than verified', () => {
  it('expired once past its expires-at', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body({ i: nowS - 40 * 86_400, e: nowS - 86_400 }));
    expect((await verifyNotice(token, trust, NOW)).state).toBe('expired');
  });

  it('revoked when the list marks its key revoked', async () => {
    const keys = [wardKey(ward, { revoked: '2026-11-28' })];
    const revokedList = trusted(rootKey, keys, await trustFile(rootKey, keys));
    expect((await verifyNotice(await signNotice(ward.privateKey, ward.kid, body()), revokedList, NOW)).state).toBe('revoked');
  });

  it('unknown key when the kid is not in the list (or there is no list)', async () => {
    const stranger = await testKey();
    const token = await signNotice(stranger.privateKey, stranger.kid, body());
    expect(await verifyNotice(token, trust, NOW)).toEqual({ state: 'unknown-key', kid: stranger.kid });
    expect((await verifyNotice(token, undefined, NOW)).state).toBe('unknown-key');
  });

  it('clock when issued more than a few minutes in the phone future', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body({ i: nowS + 3600, e: nowS + 10 * 86_400 }));
    expect((await verifyNotice(token, trust, NOW)).state).toBe('clock');
    const fine = await signNotice(ward.privateKey, ward.kid, body({ i: nowS + 120 }));
    expect((await verifyNotice(fine, trust, NOW)).state).toBe('verified');
  });
});

describe('forged or broken links', () => {
  const forged = (reason: string) => ({ state: 'forged', reason });

  it('a signature by another key that claims the ward key is a bad signature', async () => {
    const token = await signRaw(other, await deflateRaw(utf8(JSON.stringify(body()))));
    // Swap the kid to the ward key's: the signature no longer belongs to the named key.
    const bytes = fromBase64url(token)!;
    bytes.set(fromBase64url(ward.kid)!, 1);
    expect(await verifyNotice(toBase64url(bytes), trust, NOW)).toEqual(forged('bad-signature'));
  });

  it('every single changed byte of the message or signature fails', async () => {
    const bytes = fromBase64url(await signNotice(ward.privateKey, ward.kid, body()))!;
    for (let i = HEADER_BYTES; i < bytes.length; i += 7) {
      const copy = bytes.slice();
      copy[i] = copy[i]! ^ 0x01;
      expect((await verifyNotice(toBase64url(copy), trust, NOW)).state, `byte ${i}`).toBe('forged');
    }
  });

  it('a one-character change of the link text is not verified', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body());
    for (const at of [50, Math.floor(token.length / 2), token.length - 1]) {
      const c = token[at] === 'A' ? 'B' : 'A';
      const changed = token.slice(0, at) + c + token.slice(at + 1);
      expect((await verifyNotice(changed, trust, NOW)).state, `char ${at}`).toBe('forged');
    }
  });

  it('a valid signature over a commune that is not the key\'s', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body({ w: '00008' }));
    expect(await verifyNotice(token, trust, NOW)).toEqual(forged('commune-mismatch'));
  });

  it('a notice issued outside the key\'s validity', async () => {
    const keys = [wardKey(ward, { from: '2026-12-01' })];
    const later = trusted(rootKey, keys, await trustFile(rootKey, keys));
    expect(await verifyNotice(await signNotice(ward.privateKey, ward.kid, body()), later, NOW)).toEqual(forged('outside-key-validity'));
  });

  it('truncated', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body());
    expect(await verifyNotice(token.slice(0, 60), trust, NOW)).toEqual(forged('truncated'));
    expect((await verifyNotice(token.slice(0, -8), trust, NOW)).state).toBe('forged');
    expect((await verifyNotice('', trust, NOW)).state).toBe('forged');
  });

  it('not base64url (padding, +/, spaces, non-canonical last character)', async () => {
    const token = await signNotice(ward.privateKey, ward.kid, body());
    for (const bad of [`${token}=`, token.replace(/-/g, '+').replace(/_/g, '/') + '+', `${token.slice(0, 20)} ${token.slice(20)}`, '%3Cscript%3E', 12]) {
      expect(await verifyNotice(bad, trust, NOW)).toEqual(forged('not-base64url'));
    }
    // 2 bytes encode as 3 characters with 2 unused bits: "AAB" decodes like "AAA" and must be refused.
    expect(fromBase64url('AAA')).toEqual(new Uint8Array([0, 0]));
    expect(fromBase64url('AAB')).toBeUndefined();
  });

  it('oversize', async () => {
    expect(await verifyNotice('A'.repeat(MAX_TOKEN_CHARS + 1), trust, NOW)).toEqual(forged('oversize'));
  });

  it('wrong version', async () => {
    const token = await signRaw(ward, await deflateRaw(utf8(JSON.stringify(body()))), 2);
    expect(await verifyNotice(token, trust, NOW)).toEqual(forged('wrong-version'));
  });

  it('a valid signature over a payload that fails the schema, is not JSON, or does not inflate', async () => {
    const payloads = [
      await deflateRaw(utf8(JSON.stringify({ ...body(), tel: 'javascript:alert(1)' }))),
      await deflateRaw(utf8(JSON.stringify({ ...body(), extra: 'field' }))),
      await deflateRaw(utf8(JSON.stringify({ ...body(), t: 'a\u202Eb' }))),
      await deflateRaw(utf8('{"w":')),
      utf8('not deflate at all'),
    ];
    for (const payload of payloads) expect(await verifyNotice(await signRaw(ward, payload), trust, NOW)).toEqual(forged('bad-payload'));
  });

  it('a deflate bomb stops at the size cap', async () => {
    const bomb = await deflateRaw(new Uint8Array(1_000_000).fill(0x20));
    expect(bomb.length).toBeLessThan(2000);
    expect(await verifyNotice(await signRaw(ward, bomb), trust, NOW)).toEqual(forged('bad-payload'));
  });
});
