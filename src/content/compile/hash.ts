import { createHash } from 'node:crypto';
import { MODEL_CHUNKS } from '../schema.ts';

/** JSON with object keys sorted at every level, so equal data always gives equal bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** The content version of a value: the first 12 hex digits of the SHA-256 of its canonical JSON. */
export function contentVersion(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex').slice(0, 12);
}

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The fixed bucket a model id falls in, so one edited listing changes one chunk file. */
export function modelChunk(id: string): number {
  return fnv1a(id) % MODEL_CHUNKS;
}
