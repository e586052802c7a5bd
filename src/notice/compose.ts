// From what an officer fills in (phone form or CLI options) to the body that gets signed.
import { DEFAULT_VALID_DAYS, MAX_VALID_DAYS, NoticeBody, type NoticeKind } from './format.ts';

export interface Draft {
  ward: string;
  kind: NoticeKind;
  title: string;
  text: string;
  start?: string | undefined;
  end?: string | undefined;
  place?: string | undefined;
  tel?: string | undefined;
  validDays?: number | undefined;
  seq: number;
}

const trimmed = (s: string | undefined): string | undefined => (s && s.trim() ? s.trim().normalize('NFC') : undefined);

/** The body for a draft issued at `now`; throws with a readable message when a field is wrong. */
export function bodyOf(draft: Draft, now: Date = new Date()): NoticeBody {
  const days = draft.validDays ?? DEFAULT_VALID_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_VALID_DAYS) throw new Error(`validity: 1 to ${MAX_VALID_DAYS} days, got ${draft.validDays}`);
  const i = Math.floor(now.getTime() / 1000);
  const body = {
    w: draft.ward,
    n: draft.seq,
    i,
    e: i + days * 86_400,
    k: draft.kind,
    t: trimmed(draft.title) ?? '',
    x: (draft.text ?? '').trim().normalize('NFC'),
    s: trimmed(draft.start),
    f: trimmed(draft.end),
    p: trimmed(draft.place),
    tel: trimmed(draft.tel)?.replace(/[\s.-]/g, ''),
  };
  const clean = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
  const parsed = NoticeBody.safeParse(clean);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'notice'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}
