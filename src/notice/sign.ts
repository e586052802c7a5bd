// Making a notice: the body is validated, compressed and signed. Used by the CLI (Node) and the
// officer screens (browser), both with a WebCrypto private key.
import { fromBase64url, toBase64url, utf8 } from './base64url.ts';
import { deflateRaw } from './deflate.ts';
import { HEADER_BYTES, KID_BYTES, NOTICE_VERSION, NoticeBody } from './format.ts';
import { signEs256 } from './jwk.ts';

/** The unsigned message for a body: version ‖ kid ‖ deflate-raw(JSON). Throws if the body fails its schema. */
export async function noticeMessage(kid: string, body: NoticeBody): Promise<Uint8Array<ArrayBuffer>> {
  const valid = NoticeBody.parse(body);
  const kidBytes = fromBase64url(kid);
  if (!kidBytes || kidBytes.length !== KID_BYTES) throw new Error(`kid ${kid}: expected a 43-character RFC 7638 thumbprint`);
  const packed = await deflateRaw(utf8(JSON.stringify(valid)));
  const message = new Uint8Array(HEADER_BYTES + packed.length);
  message[0] = NOTICE_VERSION;
  message.set(kidBytes, 1);
  message.set(packed, HEADER_BYTES);
  return message;
}

/** Signs a notice body with the ward's private key; returns the token for `/tin/#<token>`. */
export async function signNotice(privateKey: CryptoKey, kid: string, body: NoticeBody): Promise<string> {
  const message = await noticeMessage(kid, body);
  const signature = await signEs256(privateKey, message);
  const token = new Uint8Array(message.length + signature.length);
  token.set(message);
  token.set(signature, message.length);
  return toBase64url(token);
}
