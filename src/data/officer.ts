// The ward officer's side on a phone: a P-256 key made here whose private half can never leave the
// browser (non-extractable CryptoKey, stored in IndexedDB), its registration request, and signing.
import { readOfficerKeys, takeSequence, writeOfficerKey } from '../db/notices.ts';
import type { OfficerKey } from '../db/schema.ts';
import { bodyOf, type Draft } from '../notice/compose.ts';
import { noticeLink, SIGNATURE_BYTES, type NoticeBody } from '../notice/format.ts';
import { ECDSA_P256, publicPart, thumbprint } from '../notice/jwk.ts';
import { requestText } from '../notice/request.ts';
import { noticeMessage, signNotice } from '../notice/sign.ts';
import type { TrustedList, WardKey } from '../notice/trust-list.ts';
import { getDB } from './db.ts';

/** Makes and stores a new signing key for `ward`/`unit`; the private key is not extractable. */
export async function createOfficerKey(ward: string, unit: string, now = new Date()): Promise<OfficerKey> {
  const pair = await crypto.subtle.generateKey(ECDSA_P256, false, ['sign', 'verify']);
  const publicJwk = publicPart(await crypto.subtle.exportKey('jwk', pair.publicKey));
  const key: OfficerKey = { kid: await thumbprint(publicJwk), privateKey: pair.privateKey, publicJwk, ward, unit, createdAt: now.toISOString(), seq: 0 };
  await writeOfficerKey(await getDB(), key);
  return key;
}

/** The newest key made on this phone, if any. */
export async function currentOfficerKey(): Promise<OfficerKey | undefined> {
  return (await readOfficerKeys(await getDB()))[0];
}

/** The registration request the administrator adds with `npm run trust -- ward-add --key <file>`. */
export function registrationRequest(key: OfficerKey): string {
  return requestText({ type: 'antq-ward-key-request', v: 1, kid: key.kid, jwk: key.publicJwk, ward: key.ward, unit: key.unit, createdAt: key.createdAt });
}

/** The key's entry in the phone's ward list: undefined until the administrator has added it and the phone synced. */
export function listedKey(key: OfficerKey, trust: TrustedList | undefined): WardKey | undefined {
  return trust?.list.keys.find((k) => k.kid === key.kid);
}

/** How long the link of this body will be, without signing (the signature is always 64 bytes). */
export async function linkLength(kid: string, body: NoticeBody, origin = location.origin): Promise<number> {
  const message = await noticeMessage(kid, body);
  const bytes = message.length + SIGNATURE_BYTES;
  // base64url without padding: 4 characters per 3 bytes, rounded up.
  return noticeLink(origin, '').length + Math.ceil((bytes * 4) / 3);
}

/** Signs a draft with the phone's key (taking the next sequence number); returns the link. */
export async function signDraft(key: OfficerKey, draft: Omit<Draft, 'seq' | 'ward'>, now = new Date()): Promise<string> {
  const db = await getDB();
  const seq = await takeSequence(db, key.kid, 1);
  const body = bodyOf({ ...draft, ward: key.ward, seq }, now);
  return noticeLink(location.origin, await signNotice(key.privateKey, key.kid, body));
}
