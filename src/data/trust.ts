// The phone's trust in ward keys: the roots compiled into this build, and the ward list they signed
// (stored by the sync). A stored list is checked against the roots every time it is read, so a
// build that drops a root also drops what that root vouched for.
import roots from 'virtual:antq-roots';
import type { ContentManifest } from '../content/schema.ts';
import { readTrust } from '../db/notices.ts';
import type { Database, StoredTrust } from '../db/schema.ts';
import { checkTrustFile, type Root, type TrustedList } from '../notice/trust-list.ts';
import { getDB } from './db.ts';
import { fetchJson } from './fetch-json.ts';

let current: readonly Root[] = roots;

/** The roots this build trusts. */
export function trustRoots(): readonly Root[] {
  return current;
}

/** Tests only: trust other (throw-away) roots. */
export function setTrustRootsForTests(next: readonly Root[]): void {
  current = next;
}

/** The sync refuses a ward list (root signature fails, older than the stored one): nothing is stored. */
export class TrustListError extends Error {
  override name = 'TrustListError';
}

/** The ward list of `manifest` when it differs from the stored one: downloaded and checked; undefined when unchanged. */
export async function downloadTrust(manifest: ContentManifest, stored: StoredTrust | undefined, timeoutMs = 30_000): Promise<StoredTrust | undefined> {
  const ref = manifest.trust;
  if (!ref || stored?.version === ref.version) return undefined;
  const { data } = await fetchJson(ref.url, timeoutMs);
  const check = await checkTrustFile(data, current);
  if (!check.ok) throw new TrustListError(`${ref.url}: ${check.error}`);
  const issuedAt = check.trusted.list.issuedAt;
  if (stored && Date.parse(issuedAt) < Date.parse(stored.issuedAt)) throw new TrustListError(`${ref.url}: list of ${issuedAt} is older than the stored ${stored.issuedAt}`);
  return { version: ref.version, file: check.trusted.file, issuedAt };
}

/** The trusted ward list on this phone (checked again against the roots), or undefined. */
export async function loadTrust(db?: Database): Promise<TrustedList | undefined> {
  const database = db ?? (await getDB().catch(() => undefined));
  const stored = database ? await readTrust(database) : undefined;
  if (!stored) return undefined;
  const check = await checkTrustFile(stored.file, current);
  if (!check.ok) console.warn('[antq] stored ward list no longer checks:', check.error);
  return check.ok ? check.trusted : undefined;
}

/** True when no root of this build is a production root: everything verified is a test ("THỬ NGHIỆM"). */
export function testBuild(): boolean {
  return !current.some((r) => r.production);
}
