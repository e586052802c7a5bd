// The notice bench page: the app's own notice code (src/notice), bundled on its own. Throw-away keys
// are made here at run time; the bench times verifyNotice exactly as /tin/ calls it.
import { toBase64url, utf8 } from '../../../src/notice/base64url.ts';
import { canonicalJson } from '../../../src/lib/canonical-json.ts';
import { ECDSA_P256, publicPart, signEs256, thumbprint } from '../../../src/notice/jwk.ts';
import { signNotice } from '../../../src/notice/sign.ts';
import { checkTrustFile, type TrustedList } from '../../../src/notice/trust-list.ts';
import { verifyNotice } from '../../../src/notice/verify.ts';
import type { NoticeBody } from '../../../src/notice/format.ts';

async function key() {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  const jwk = publicPart(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return { privateKey: pair.privateKey, jwk, kid: await thumbprint(jwk) };
}

let token = '';
let trust: TrustedList | undefined;

const bench = {
  /** A test root, a ward key on a signed list of `wards` keys, and one notice with this body. */
  async setup(body: NoticeBody, wards: number) {
    const [root, ward] = await Promise.all([key(), key()]);
    const others = await Promise.all(Array.from({ length: wards - 1 }, key));
    const entry = (k: { kid: string; jwk: unknown }, code: string) => ({ kid: k.kid, jwk: k.jwk, ward: code, commune: 'Phường Ba Đình', province: 'Thành phố Hà Nội', unit: 'Công an phường Ba Đình', from: '2020-01-01', to: '2099-12-31' });
    const list = canonicalJson({ format: 1, issuedAt: new Date().toISOString(), keys: [...others.map((k, i) => entry(k, String(10000 + i))), entry(ward, body.w)] });
    const file = { format: 1, root: root.kid, list, sig: toBase64url(await signEs256(root.privateKey, utf8(list))) };
    const checked = await checkTrustFile(file, [{ kid: root.kid, jwk: root.jwk, name: 'bench', production: false, created: '2026-01-01' }]);
    if (!checked.ok) throw new Error(checked.error);
    trust = checked.trusted;
    token = await signNotice(ward.privateKey, ward.kid, body);
    return token;
  },
  /** Milliseconds of each of `n` verifications (the first includes importing the key). */
  async verify(n: number) {
    const times: number[] = [];
    for (let i = 0; i < n; i++) {
      const started = performance.now();
      const verdict = await verifyNotice(token, trust);
      times.push(performance.now() - started);
      if (verdict.state !== 'verified') throw new Error(`bench notice is ${verdict.state}`);
    }
    return times;
  },
};
(globalThis as unknown as { bench: typeof bench }).bench = bench;
document.title = 'bench ready';
