// Raw DEFLATE (RFC 1951) through the platform's CompressionStream: Chromium and Node 20 both have
// 'deflate-raw', so no library ships for it.

async function collect(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    // A small payload that inflates to megabytes is an attack, not a notice.
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new RangeError(`inflates past ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function through(bytes: Uint8Array<ArrayBuffer>, transform: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = transform.writable.getWriter();
  writer.write(bytes).catch(() => {});
  writer.close().catch(() => {});
  return transform.readable as ReadableStream<Uint8Array>;
}

/** Compress with raw DEFLATE. */
export function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  return collect(through(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
}

/** Decompress raw DEFLATE; rejects on corrupt data or output past `maxBytes`. */
export function inflateRaw(bytes: Uint8Array<ArrayBuffer>, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  return collect(through(bytes, new DecompressionStream('deflate-raw')), maxBytes);
}
