// base64url without padding (RFC 4648 §5), strict: one encoding per byte string, so a changed
// character can never decode to the same bytes and slip past the signature.

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Bytes → base64url text, no padding. */
export function toBase64url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** base64url text → bytes; undefined for anything that is not the canonical encoding of some bytes. */
export function fromBase64url(text: string): Uint8Array | undefined {
  if (!ALPHABET.test(text) || text.length % 4 === 1) return undefined;
  let binary: string;
  try {
    binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
  // Unused low bits of the last character must be zero: otherwise two texts give the same bytes.
  return toBase64url(bytes) === text ? bytes : undefined;
}

/** UTF-8 bytes of a string. */
export const utf8 = (text: string): Uint8Array<ArrayBuffer> => new TextEncoder().encode(text);
