import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json.ts';

export { canonicalJson };

/** The content version of a value: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export function contentVersion(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
}

export { bucketsFor, fnv1a, modelChunk } from '../model-chunk.ts';
