// P-256 public keys as JWK, their RFC 7638 thumbprint (the `kid` every notice names), and WebCrypto import.
import * as z from 'zod/mini';
import { toBase64url, utf8 } from './base64url.ts';

const Coordinate = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'expected a 32-byte base64url coordinate'));
/** An EC P-256 public key; a private key (with `d`) is refused wherever a public one is expected. */
export const PublicJwk = z.strictObject({ kty: z.literal('EC'), crv: z.literal('P-256'), x: Coordinate, y: Coordinate });
export type PublicJwk = z.infer<typeof PublicJwk>;
/** A key id: the base64url SHA-256 JWK thumbprint (43 characters). */
export const Kid = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/, 'expected an RFC 7638 thumbprint (43 base64url characters)'));

export const ECDSA_P256 = { name: 'ECDSA', namedCurve: 'P-256' } as const;
export const ES256 = { name: 'ECDSA', hash: 'SHA-256' } as const;

/** RFC 7638 §3: SHA-256 over the required members in lexicographic order, no whitespace. */
export async function thumbprint(jwk: PublicJwk): Promise<string> {
  const canonical = `{"crv":"${jwk.crv}","kty":"${jwk.kty}","x":"${jwk.x}","y":"${jwk.y}"}`;
  return toBase64url(new Uint8Array(await crypto.subtle.digest('SHA-256', utf8(canonical))));
}

/** The public members only of a (possibly private) JWK. */
export function publicPart(jwk: JsonWebKey): PublicJwk {
  return PublicJwk.parse({ kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y });
}

const imported = new Map<string, Promise<CryptoKey>>();
/** A verify-only CryptoKey for a public JWK, imported once per page. */
export function verifyKey(jwk: PublicJwk): Promise<CryptoKey> {
  const id = `${jwk.x}.${jwk.y}`;
  let key = imported.get(id);
  if (!key) {
    key = crypto.subtle.importKey('jwk', { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y }, ECDSA_P256, false, ['verify']);
    key.catch(() => imported.delete(id));
    imported.set(id, key);
  }
  return key;
}

/** ES256 check of a raw 64-byte r‖s signature over exactly `data`; false (never throws) for a bad key or signature. */
export async function verifyEs256(jwk: PublicJwk, signature: Uint8Array<ArrayBuffer>, data: Uint8Array<ArrayBuffer>): Promise<boolean> {
  if (signature.length !== 64) return false;
  try {
    return await crypto.subtle.verify(ES256, await verifyKey(jwk), signature, data);
  } catch {
    return false;
  }
}

/** ES256 signature (raw r‖s, 64 bytes: what WebCrypto produces) over `data`. */
export async function signEs256(key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await crypto.subtle.sign(ES256, key, data));
}
