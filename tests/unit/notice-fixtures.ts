// Throw-away keys made at run time (never stored) and a trusted list built from them.
import { toBase64url, utf8 } from '../../src/notice/base64url.ts';
import { publicPart, signEs256, thumbprint, ECDSA_P256 } from '../../src/notice/jwk.ts';
import type { NoticeBody } from '../../src/notice/format.ts';
import type { Root, TrustedList, TrustFile, WardKey, WardList } from '../../src/notice/trust-list.ts';
import { canonicalJson } from '../../src/lib/canonical-json.ts';

export interface TestKey {
  kid: string;
  privateKey: CryptoKey;
  jwk: ReturnType<typeof publicPart>;
}

export async function testKey(): Promise<TestKey> {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const jwk = publicPart(await crypto.subtle.exportKey('jwk', pair.publicKey));
  return { kid: await thumbprint(jwk), privateKey: pair.privateKey, jwk };
}

export const NOW = new Date('2026-11-29T03:00:00Z');
export const nowS = Math.floor(NOW.getTime() / 1000);

export function wardKey(key: TestKey, extra: Partial<WardKey> = {}): WardKey {
  return { kid: key.kid, jwk: key.jwk, ward: '00004', commune: 'Phường Ba Đình', province: 'Thành phố Hà Nội', unit: 'Công an phường Ba Đình', from: '2026-01-01', to: '2027-12-31', ...extra };
}

export function root(key: TestKey, production = false): Root {
  return { kid: key.kid, jwk: key.jwk, name: 'Gốc thử nghiệm', production, created: '2026-11-29' };
}

/** A trust file signed by `rootKey` over `keys`. */
export async function trustFile(rootKey: TestKey, keys: WardKey[], issuedAt = '2026-11-28T00:00:00.000Z'): Promise<TrustFile> {
  const list = canonicalJson({ format: 1, issuedAt, keys });
  return { format: 1, root: rootKey.kid, list, sig: toBase64url(await signEs256(rootKey.privateKey, utf8(list))) };
}

export function trusted(rootKey: TestKey, keys: WardKey[], file: TrustFile): TrustedList {
  const list: WardList = { format: 1, issuedAt: '2026-11-28T00:00:00.000Z', keys };
  return { list, root: root(rootKey), file };
}

export function body(extra: Partial<NoticeBody> = {}): NoticeBody {
  return { w: '00004', n: 1, i: nowS - 3600, e: nowS + 29 * 86_400, k: 'canh-bao', t: 'Cảnh báo giả danh công an', x: 'Công an không gọi điện yêu cầu chuyển tiền.', tel: '0241234567', ...extra };
}
