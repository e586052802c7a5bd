// Checking a notice on the phone, offline. Order matters: the fragment is checked as text, decoded,
// its key found by kid, and the signature checked over the exact bytes; only a notice that passes is
// inflated and parsed. Nothing from a notice that fails reaches the screen.
import { fromBase64url, toBase64url } from './base64url.ts';
import { inflateRaw } from './deflate.ts';
import { CLOCK_SKEW_S, HEADER_BYTES, KID_BYTES, MAX_BODY_BYTES, NOTICE_VERSION, NoticeBody, NoticeToken, SIGNATURE_BYTES } from './format.ts';
import { verifyEs256 } from './jwk.ts';
import type { TrustedList, WardKey } from './trust-list.ts';

/** Why a notice cannot be trusted; each has its own line in the UI. */
export type Rejection =
  | 'not-base64url'
  | 'oversize'
  | 'truncated'
  | 'wrong-version'
  | 'bad-signature'
  | 'bad-payload'
  | 'commune-mismatch'
  | 'outside-key-validity';

/** A notice whose signature checked, with the key that signed it. */
export interface Signed {
  body: NoticeBody;
  key: WardKey;
  token: string;
}

export type Verdict =
  /** Signed by a current key of the list, and within its validity. */
  | ({ state: 'verified' } & Signed)
  /** Genuine, but past its expires-at. */
  | ({ state: 'expired' } & Signed)
  /** Signed by a key that has since been revoked: never shown as trusted. */
  | ({ state: 'revoked' } & Signed)
  /** Issued in the phone's future: the phone's clock (or the signer's) is wrong. */
  | ({ state: 'clock' } & Signed)
  /** No key with this kid in the phone's list: maybe the list is old. */
  | { state: 'unknown-key'; kid: string }
  | { state: 'forged'; reason: Rejection };

const forged = (reason: Rejection): Verdict => ({ state: 'forged', reason });
const dayOf = (seconds: number): string => new Date(seconds * 1000 + 7 * 3600_000).toISOString().slice(0, 10);

/** Verifies a token (the fragment of a `/tin/#…` link) against the phone's trusted ward list. */
export async function verifyNotice(input: unknown, trust: TrustedList | undefined, now: Date = new Date()): Promise<Verdict> {
  const token = NoticeToken.safeParse(input);
  if (!token.success) return forged(typeof input === 'string' && input.length > 2000 ? 'oversize' : 'not-base64url');
  const bytes = fromBase64url(token.data);
  if (!bytes) return forged('not-base64url');
  if (bytes.length < HEADER_BYTES + 1 + SIGNATURE_BYTES) return forged('truncated');
  if (bytes[0] !== NOTICE_VERSION) return forged('wrong-version');
  const kid = toBase64url(bytes.subarray(1, 1 + KID_BYTES));
  const key = trust?.list.keys.find((k) => k.kid === kid);
  if (!key) return { state: 'unknown-key', kid };
  const message = bytes.slice(0, bytes.length - SIGNATURE_BYTES);
  const signature = bytes.slice(bytes.length - SIGNATURE_BYTES);
  if (!(await verifyEs256(key.jwk, signature, message))) return forged('bad-signature');

  const body = await parseBody(message.subarray(HEADER_BYTES));
  if (!body) return forged('bad-payload');
  if (body.w !== key.ward) return forged('commune-mismatch');
  const issuedDay = dayOf(body.i);
  if (issuedDay < key.from || issuedDay > key.to) return forged('outside-key-validity');
  const found = { body, key, token: token.data };
  if (key.revoked) return { state: 'revoked', ...found };
  const nowS = now.getTime() / 1000;
  if (body.i > nowS + CLOCK_SKEW_S) return { state: 'clock', ...found };
  return nowS >= body.e ? { state: 'expired', ...found } : { state: 'verified', ...found };
}

async function parseBody(packed: Uint8Array<ArrayBuffer>): Promise<NoticeBody | undefined> {
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(packed, MAX_BODY_BYTES)));
    const body = NoticeBody.safeParse(json);
    return body.success ? body.data : undefined;
  } catch {
    return undefined;
  }
}
