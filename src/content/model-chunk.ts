// Which chunk file a model listing lives in. Shared by the content build (which writes the chunks)
// and the browser store (which finds a listing by id); dependency-free so the first load stays small.
export const MODEL_CHUNKS = 32;

/** 32-bit FNV-1a over the UTF-8 bytes of `text`. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The fixed bucket (0–31) of a model id, so one edited listing changes one chunk file. */
export function modelChunk(id: string): number {
  return fnv1a(id) % MODEL_CHUNKS;
}
