// The trust chain: root public keys compiled into the app (seeds/trust/roots.json), and the ward
// key list they sign (seeds/trust/wards.json), shipped as /content/trust.<version>.json and synced.
// The list is signed as text: the phone checks the root's signature over the exact UTF-8 bytes of
// `list`, and only then parses it.
import * as z from 'zod/mini';
import { fromBase64url, utf8 } from './base64url.ts';
import { CommuneCode } from './format.ts';
import { Kid, PublicJwk, verifyEs256 } from './jwk.ts';

const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
const Name = z.string().check(z.minLength(1), z.maxLength(120));

/** A root: its public key, and whether it is the production root (anything else shows "THỬ NGHIỆM"). */
export const Root = z.strictObject({ kid: Kid, jwk: PublicJwk, name: Name, production: z.boolean(), created: Day });
export type Root = z.infer<typeof Root>;
export const Roots = z.array(Root);

/** One ward key: who holds it, for which commune, when it may sign, and when it was revoked. */
export const WardKey = z.strictObject({
  kid: Kid,
  jwk: PublicJwk,
  /** The commune's official code, its full name and its province's full name. */
  ward: CommuneCode,
  commune: Name,
  province: Name,
  /** The unit as residents should read it: "Công an phường Hà Đông". */
  unit: Name,
  from: Day,
  to: Day,
  revoked: z.optional(Day),
});
export type WardKey = z.infer<typeof WardKey>;
export const WardKeys = z.array(WardKey);

/** What the root signs. */
export const WardList = z.strictObject({ format: z.literal(1), issuedAt: z.iso.datetime(), keys: WardKeys });
export type WardList = z.infer<typeof WardList>;

/** The shipped file: the list as the exact text that was signed, the root that signed it, the signature. */
export const TrustFile = z.strictObject({
  format: z.literal(1),
  root: Kid,
  list: z.string().check(z.maxLength(2_000_000)),
  sig: z.string().check(z.regex(/^[A-Za-z0-9_-]{86}$/, 'expected a 64-byte base64url signature')),
});
export type TrustFile = z.infer<typeof TrustFile>;

/** A ward list whose root signature checked, with the root that vouches for it. */
export interface TrustedList {
  list: WardList;
  root: Root;
  /** The exact file, kept to be checked again on every start. */
  file: TrustFile;
}

export type TrustCheck = { ok: true; trusted: TrustedList } | { ok: false; error: string };

/** Checks a trust file against the roots: shape of the envelope, root signature over the exact list bytes, then the list. */
export async function checkTrustFile(json: unknown, roots: readonly Root[]): Promise<TrustCheck> {
  const envelope = TrustFile.safeParse(json);
  if (!envelope.success) return { ok: false, error: `trust file: ${envelope.error.issues[0]?.message ?? 'invalid'}` };
  const file = envelope.data;
  const root = roots.find((r) => r.kid === file.root);
  if (!root) return { ok: false, error: `trust file: signed by unknown root ${file.root}` };
  const sig = fromBase64url(file.sig);
  if (!sig || !(await verifyEs256(root.jwk, new Uint8Array(sig), utf8(file.list)))) return { ok: false, error: 'trust file: root signature does not verify' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(file.list);
  } catch {
    return { ok: false, error: 'trust file: signed list is not JSON' };
  }
  const list = WardList.safeParse(parsed);
  if (!list.success) return { ok: false, error: `trust file: list ${list.error.issues[0]?.path.join('.') ?? ''}: ${list.error.issues[0]?.message ?? 'invalid'}` };
  return { ok: true, trusted: { list: list.data, root, file } };
}
