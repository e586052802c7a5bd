// Network reads for the sync: a timeout on every request, and errors sorted by what the resident
// should be told (nothing when simply offline; a notice when a download breaks).

/** No network, or it did not answer in time: skip quietly. */
export class OfflineError extends Error {
  override name = 'OfflineError';
}
/** The download started but did not complete or was not JSON (dropped connection, truncated body, HTTP error). */
export class DownloadError extends Error {
  override name = 'DownloadError';
}

export interface Fetched {
  data: unknown;
  /** Characters of the body (after decompression): enough for logs; the bench measures wire bytes. */
  size: number;
}

/** GET a JSON file with a timeout; rejects with OfflineError or DownloadError. */
export async function fetchJson(url: string, timeoutMs: number, cache: RequestCache = 'default'): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, cache, credentials: 'same-origin' });
  } catch (error) {
    clearTimeout(timer);
    throw new OfflineError(`${url}: ${controller.signal.aborted ? `no answer in ${timeoutMs} ms` : String(error)}`);
  }
  try {
    if (!response.ok) throw new DownloadError(`${url}: HTTP ${response.status}`);
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw new DownloadError(`${url}: connection lost during download (${String(error)})`);
    }
    try {
      return { data: JSON.parse(text), size: text.length };
    } catch {
      throw new DownloadError(`${url}: not JSON or truncated (${text.length} characters)`);
    }
  } finally {
    clearTimeout(timer);
  }
}
