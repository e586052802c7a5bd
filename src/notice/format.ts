// The notice format, version 1. A notice link is `<origin>/tin/#<token>`: the fragment never reaches a
// server, a log or a cache. token = base64url(message ‖ signature), where
//   message   = version (1 byte, = 1) ‖ kid (32 bytes: the raw SHA-256 JWK thumbprint) ‖ deflate-raw(body)
//   signature = ES256 over exactly `message`, raw r‖s (64 bytes)
//   body      = UTF-8 JSON of NoticeBody (short keys: the link has to fit a QR code printed on A5).
// The version and kid stay outside the compressed body so the right key is found, and the signature
// checked, before a single byte of what it signs is inflated or parsed.
import * as z from 'zod/mini';

export const NOTICE_VERSION = 1;
export const KID_BYTES = 32;
export const SIGNATURE_BYTES = 64;
export const HEADER_BYTES = 1 + KID_BYTES;
/** A link longer than this is not offered by the composer (QR version ≤ 25 at level L stays readable on A5). */
export const MAX_LINK_CHARS = 1500;
/** Longer tokens are refused before decoding: no honest notice comes near. */
export const MAX_TOKEN_CHARS = 2000;
/** Largest inflated body accepted (a deflate bomb stops here). */
export const MAX_BODY_BYTES = 8192;
export const DEFAULT_VALID_DAYS = 30;
export const MAX_VALID_DAYS = 180;
/** Issued-at further than this in the phone's future means one of the two clocks is wrong. */
export const CLOCK_SKEW_S = 5 * 60;

export const NOTICE_KINDS = ['thong-bao', 'canh-bao', 'su-kien', 'lien-he'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const KIND_LABELS: Record<NoticeKind, string> = {
  'thong-bao': 'Thông báo',
  'canh-bao': 'Cảnh báo lừa đảo',
  'su-kien': 'Sự kiện',
  'lien-he': 'Liên hệ, lịch tiếp dân',
};

// Control characters (newline and tab aside) and bidirectional overrides could make a text read
// differently from what was signed: refused.
const SAFE_TEXT = /^[^\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]*$/u;
const text = (max: number) => z.string().check(z.minLength(1), z.maxLength(max), z.regex(SAFE_TEXT, 'control or bidi character'));
/** Local time in Vietnam: a day, or a day and a time. */
const LocalTime = z.string().check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T(?:[01]\d|2[0-3]):[0-5]\d)?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:MM'));
const Seconds = z.number().check(z.int(), z.minimum(1_600_000_000), z.maximum(4_102_444_800));
export const CommuneCode = z.string().check(z.regex(/^\d{5}$/, 'expected the 5-digit official commune code'));
export const Tel = z.string().check(z.regex(/^\+?\d{3,15}$/, 'expected a phone number: digits, optionally a leading +'));

/** What a notice says, as signed. */
export const NoticeBody = z
  .strictObject({
    /** Official code of the commune the notice is for: must be the signing key's commune. */
    w: CommuneCode,
    /** Sequence number per key: a newer "liên hệ" card replaces an older one. */
    n: z.number().check(z.int(), z.minimum(0), z.maximum(2 ** 40)),
    /** Issued at, expires at: Unix seconds. */
    i: Seconds,
    e: Seconds,
    k: z.enum(NOTICE_KINDS),
    /** Title and text. */
    t: text(140),
    x: text(1200),
    /** Event start and end (local time in Vietnam), place, phone. */
    s: z.optional(LocalTime),
    f: z.optional(LocalTime),
    p: z.optional(text(200)),
    tel: z.optional(Tel),
  })
  .check(
    z.refine((b) => b.e > b.i && b.e - b.i <= MAX_VALID_DAYS * 86_400 + 3600, 'expires-at must follow issued-at by at most 180 days'),
    z.refine((b) => b.k !== 'su-kien' || b.s !== undefined, 'an event needs its start'),
    z.refine((b) => b.f === undefined || (b.s !== undefined && b.f >= b.s), 'the end must follow the start'),
  );
export type NoticeBody = z.infer<typeof NoticeBody>;

/** The token as it may appear in a URL fragment (checked before any decoding). */
export const NoticeToken = z.string().check(z.minLength(1), z.maxLength(MAX_TOKEN_CHARS), z.regex(/^[A-Za-z0-9_-]+$/, 'not base64url'));

/** The link for a token. */
export function noticeLink(origin: string, token: string): string {
  return `${origin.replace(/\/$/, '')}/tin/#${token}`;
}

/** The token of a notice link or of a bare fragment ('#…' or '…'). */
export function tokenOf(linkOrHash: string): string {
  const at = linkOrHash.indexOf('#');
  return at >= 0 ? linkOrHash.slice(at + 1) : linkOrHash;
}
