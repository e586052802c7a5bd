// What screens call for verified notices: check a link, save a verified notice, list the saved ones
// (each checked again, so a revocation that arrived with the sync shows at once).
import { deleteSavedNotices, readSavedNotices, writeSavedNotice } from '../db/notices.ts';
import type { SavedNotice } from '../db/schema.ts';
import type { TrustedList } from '../notice/trust-list.ts';
import { verifyNotice, type Verdict } from '../notice/verify.ts';
import { getDB } from './db.ts';
import { observable } from './observable.ts';
import { requestPersistence } from './storage.ts';
import { loadTrust } from './trust.ts';

/** Bumped whenever the saved notices change, so lists re-read them. */
export const savedChanges = observable(0);
/** Expired notices stay listed ("Đã hết hạn") this long, then are deleted. */
export const KEEP_EXPIRED_DAYS = 30;

export interface CheckedNotice {
  verdict: Verdict;
  trust: TrustedList | undefined;
}

/** Verifies a token against the ward list on this phone. */
export async function checkNotice(token: string, now = new Date()): Promise<CheckedNotice> {
  const trust = await loadTrust();
  return { verdict: await verifyNotice(token, trust, now), trust };
}

export type Verified = Extract<Verdict, { state: 'verified' }>;
const idOf = (v: Verified) => `${v.key.kid}.${v.body.k}.${v.body.n}`;

/** Saves a verified notice; a newer "liên hệ" card of the same key replaces older ones. Asks the browser to keep storage. */
export async function saveNotice(verdict: Verified, now = new Date()): Promise<'saved' | 'newer-saved'> {
  const db = await getDB();
  const saved = await readSavedNotices(db);
  let replaces: string[] = [];
  if (verdict.body.k === 'lien-he') {
    const cards = saved.filter((s) => s.kid === verdict.key.kid && s.kind === 'lien-he' && s.id !== idOf(verdict));
    if (cards.some((s) => s.seq > verdict.body.n)) return 'newer-saved';
    replaces = cards.map((s) => s.id);
  }
  const record: SavedNotice = {
    id: idOf(verdict),
    token: verdict.token,
    kid: verdict.key.kid,
    ward: verdict.body.w,
    kind: verdict.body.k,
    seq: verdict.body.n,
    issuedAt: verdict.body.i,
    expiresAt: verdict.body.e,
    savedAt: now.toISOString(),
  };
  await writeSavedNotice(db, record, replaces);
  void requestPersistence();
  savedChanges.set(savedChanges.get() + 1);
  return 'saved';
}

/** Removes a saved notice. */
export async function forgetNotice(id: string): Promise<void> {
  await deleteSavedNotices(await getDB(), [id]);
  savedChanges.set(savedChanges.get() + 1);
}

export interface SavedList {
  /** Still valid (verified, or now revoked: shown with the warning, never as trusted), newest first. */
  current: { saved: SavedNotice; checked: CheckedNotice }[];
  /** Expired less than KEEP_EXPIRED_DAYS ago. */
  expired: { saved: SavedNotice; checked: CheckedNotice }[];
  trust: TrustedList | undefined;
}

/** The saved notices, checked again; those expired for more than KEEP_EXPIRED_DAYS are deleted. */
export async function listSaved(now = new Date()): Promise<SavedList> {
  const db = await getDB();
  const [saved, trust] = await Promise.all([readSavedNotices(db), loadTrust(db)]);
  const nowS = now.getTime() / 1000;
  const old = saved.filter((s) => s.expiresAt + KEEP_EXPIRED_DAYS * 86_400 < nowS);
  if (old.length) await deleteSavedNotices(db, old.map((s) => s.id));
  const kept = saved.filter((s) => !old.includes(s)).sort((a, b) => b.issuedAt - a.issuedAt);
  const checked = await Promise.all(kept.map(async (s) => ({ saved: s, checked: { verdict: await verifyNotice(s.token, trust, now), trust } })));
  return {
    current: checked.filter((c) => c.checked.verdict.state !== 'expired'),
    expired: checked.filter((c) => c.checked.verdict.state === 'expired'),
    trust,
  };
}
