// The registration request an officer's phone shows (as text and QR) for the administrator, who adds
// it with `npm run trust -- ward-add --key <request>`. It carries only the public key.
import * as z from 'zod/mini';
import { CommuneCode } from './format.ts';
import { Kid, PublicJwk } from './jwk.ts';

export const KeyRequest = z.strictObject({
  type: z.literal('antq-ward-key-request'),
  v: z.literal(1),
  kid: Kid,
  jwk: PublicJwk,
  ward: z.optional(CommuneCode),
  unit: z.optional(z.string().check(z.minLength(1), z.maxLength(120))),
  createdAt: z.iso.datetime(),
});
export type KeyRequest = z.infer<typeof KeyRequest>;

/** The request as the compact text shown, copied and put in the QR code. */
export function requestText(request: KeyRequest): string {
  return JSON.stringify(KeyRequest.parse(request));
}
