// Build step (Node only): the ward list, signed by a root, as the file phones download. With
// ANTQ_ROOT_KEY_FILE the build signs; without it the committed signature (wards.sig.json) must still
// match the list, so a list edited but not signed fails the build instead of shipping unsigned.
import { join } from 'node:path';
import { canonicalJson } from '../../lib/canonical-json.ts';
import { fromBase64url, toBase64url, utf8 } from '../base64url.ts';
import { signEs256, thumbprint, verifyEs256 } from '../jwk.ts';
import type { Root, TrustFile, WardKey } from '../trust-list.ts';
import { readKeyFile, type KeyPairInfo } from './key-file.ts';
import { readTrustSeeds, shown, type ListSignature, type TrustSeeds } from './trust-dir.ts';

/** The exact text a root signs for a list of ward keys. */
export const listText = (keys: readonly WardKey[], issuedAt: string): string => canonicalJson({ format: 1, issuedAt, keys });

/** Problems in the ward list itself, each naming the file, the key and the field. */
export async function checkWards(seeds: TrustSeeds): Promise<string[]> {
  const file = shown(join(seeds.dir, 'wards.json'));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const key of seeds.wards) {
    if ((await thumbprint(key.jwk)) !== key.kid) problems.push(`${file} › ${key.kid} › kid: not the RFC 7638 thumbprint of jwk`);
    if (seen.has(key.kid)) problems.push(`${file} › ${key.kid}: listed twice`);
    seen.add(key.kid);
    if (key.to < key.from) problems.push(`${file} › ${key.kid} › to: ${key.to} is before from ${key.from}`);
  }
  for (const root of seeds.roots) {
    if ((await thumbprint(root.jwk)) !== root.kid) problems.push(`${shown(join(seeds.dir, 'roots.json'))} › ${root.kid} › kid: not the RFC 7638 thumbprint of jwk`);
  }
  return problems;
}

/** Signs the current list with a root key file: the signature to commit as wards.sig.json. */
export async function signList(seeds: TrustSeeds, root: KeyPairInfo, issuedAt = new Date().toISOString()): Promise<ListSignature> {
  if (!seeds.roots.some((r) => r.kid === root.kid)) throw new Error(`key ${root.kid} is not a root listed in ${shown(join(seeds.dir, 'roots.json'))}`);
  const sig = await signEs256(root.privateKey, utf8(listText(seeds.wards, issuedAt)));
  return { root: root.kid, issuedAt, sig: toBase64url(sig) };
}

async function signatureHolds(seeds: TrustSeeds, signature: ListSignature | undefined): Promise<Root | undefined> {
  const root = signature && seeds.roots.find((r) => r.kid === signature.root);
  const sig = signature && fromBase64url(signature.sig);
  if (!root || !sig || !signature) return undefined;
  return (await verifyEs256(root.jwk, new Uint8Array(sig), utf8(listText(seeds.wards, signature.issuedAt)))) ? root : undefined;
}

/**
 * The trust file for this build, or undefined when there is nothing to trust (no root and no ward
 * key). Throws an Error naming the file for an unsigned or changed list.
 */
export async function compileTrust(dir?: string, keyFile = process.env['ANTQ_ROOT_KEY_FILE']): Promise<TrustFile | undefined> {
  const seeds = await readTrustSeeds(dir);
  const problems = await checkWards(seeds);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  const wardsFile = shown(join(seeds.dir, 'wards.json'));
  const sigFile = shown(join(seeds.dir, 'wards.sig.json'));
  if (seeds.roots.length === 0) {
    if (seeds.wards.length > 0) throw new Error(`${wardsFile} lists ward keys but ${shown(join(seeds.dir, 'roots.json'))} has no root to vouch for them (npm run trust -- root-new --out FILE)`);
    return undefined;
  }
  let signature = seeds.signature;
  if (keyFile) {
    const root = await readKeyFile(keyFile);
    // An unchanged list keeps its committed signature (and so its date and version on every phone).
    if (signature?.root !== root.kid || !(await signatureHolds(seeds, signature))) signature = await signList(seeds, root);
  } else if (!signature) {
    if (seeds.wards.length === 0) return undefined;
    throw new Error(`${wardsFile} is not signed (no ${sigFile}): run npm run trust -- list-sign --root FILE, or build with ANTQ_ROOT_KEY_FILE=FILE`);
  } else if (!(await signatureHolds(seeds, signature))) {
    throw new Error(`${wardsFile} has changed since it was signed (${sigFile} does not match it): run npm run trust -- list-sign --root FILE, or build with ANTQ_ROOT_KEY_FILE=FILE`);
  }
  return { format: 1, root: signature.root, list: listText(seeds.wards, signature.issuedAt), sig: signature.sig };
}
