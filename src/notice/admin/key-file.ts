// Private key files (Node only): a JWK with `d` and `kid`, written owner-read-only and never over an
// existing file. They live wherever the administrator keeps them — never in the repository.
import { readFile, writeFile } from 'node:fs/promises';
import * as z from 'zod/mini';
import { ECDSA_P256, publicPart, thumbprint, type PublicJwk } from '../jwk.ts';

const PrivateJwk = z.object({ kty: z.literal('EC'), crv: z.literal('P-256'), x: z.string(), y: z.string(), d: z.string(), kid: z.optional(z.string()) });

export interface KeyPairInfo {
  kid: string;
  publicJwk: PublicJwk;
  privateKey: CryptoKey;
}

/** A new extractable P-256 key pair (it has to be written to a file). */
export async function newKeyPair(): Promise<KeyPairInfo & { privateJwk: JsonWebKey }> {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, true, ['sign', 'verify']);
  const privateJwk = await crypto.subtle.exportKey('jwk', pair.privateKey);
  const publicJwk = publicPart(privateJwk);
  return { kid: await thumbprint(publicJwk), publicJwk, privateKey: pair.privateKey, privateJwk };
}

/** Writes the private JWK (with its kid) to `path`, mode 0600; refuses to overwrite. */
export async function writeKeyFile(path: string, pair: { kid: string; privateJwk: JsonWebKey }): Promise<void> {
  const { kty, crv, x, y, d } = pair.privateJwk;
  const text = `${JSON.stringify({ kty, crv, x, y, d, kid: pair.kid }, null, 2)}\n`;
  try {
    await writeFile(path, text, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new Error(`${path} already exists: choose another --out (an existing key is never overwritten)`);
    throw error;
  }
}

/** Reads a private key file written by root-new or ward-key-new. */
export async function readKeyFile(path: string): Promise<KeyPairInfo> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: cannot read a key file (${(error as Error).message})`);
  }
  const jwk = PrivateJwk.safeParse(json);
  if (!jwk.success) throw new Error(`${path}: not a P-256 private key file (expected a JWK with kty EC, crv P-256 and d)`);
  const publicJwk = publicPart(jwk.data);
  const { kty, crv, x, y, d } = jwk.data;
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('jwk', { kty, crv, x, y, d }, ECDSA_P256, false, ['sign']);
  } catch {
    throw new Error(`${path}: the key does not import as a P-256 private key`);
  }
  return { kid: await thumbprint(publicJwk), publicJwk, privateKey };
}
