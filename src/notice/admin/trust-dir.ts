// The trust seeds (Node only): seeds/trust/roots.json, wards.json and wards.sig.json. Tests point
// ANTQ_TRUST_DIR (or the CLI's --dir) at a throw-away folder.
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { canonicalJson } from '../../lib/canonical-json.ts';
import { Kid } from '../jwk.ts';
import { Roots, WardKeys, type Root, type WardKey } from '../trust-list.ts';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** The trust folder: ANTQ_TRUST_DIR when set, else seeds/trust of this repository. */
export function trustDir(override?: string): string {
  return resolve(override ?? process.env['ANTQ_TRUST_DIR'] ?? join(REPO, 'seeds/trust'));
}

/** How messages name a file: relative to the repository when inside it. */
export function shown(path: string): string {
  const rel = relative(REPO, path);
  return rel.startsWith('..') ? path : rel;
}

/** The committed root signature of the ward list. */
export const ListSignature = z.strictObject({ root: Kid, issuedAt: z.iso.datetime(), sig: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/)) });
export type ListSignature = z.infer<typeof ListSignature>;

export interface TrustSeeds {
  dir: string;
  roots: Root[];
  wards: WardKey[];
  signature: ListSignature | undefined;
}

async function readJson<T>(path: string, schema: z.ZodMiniType<T>, missing: T | undefined): Promise<T> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT' && missing !== undefined) return missing;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined as T;
    throw error;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${shown(path)}: invalid JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${shown(path)} › ${issue?.path.join('.') || '(top level)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** Reads and validates the trust seeds; a problem names the file and the field. */
export async function readTrustSeeds(dir = trustDir()): Promise<TrustSeeds> {
  const [roots, wards, signature] = await Promise.all([
    readJson(join(dir, 'roots.json'), Roots, []),
    readJson(join(dir, 'wards.json'), WardKeys, []),
    readJson(join(dir, 'wards.sig.json'), ListSignature, undefined),
  ]);
  return { dir, roots, wards, signature };
}

const pretty = (value: unknown) => `${JSON.stringify(JSON.parse(canonicalJson(value)), null, 2)}\n`;

export async function writeRoots(dir: string, roots: Root[]): Promise<void> {
  await writeFile(join(dir, 'roots.json'), pretty(roots));
}
export async function writeWards(dir: string, wards: WardKey[]): Promise<void> {
  await writeFile(join(dir, 'wards.json'), pretty(wards));
}
export async function writeSignature(dir: string, signature: ListSignature): Promise<void> {
  await writeFile(join(dir, 'wards.sig.json'), pretty(signature));
}
