// Bytes on the wire per request, from the DevTools protocol (what a phone's data plan pays,
// compressed, headers included), for the requests whose path matches a filter.
import type { Page } from 'playwright-core';

export interface Wire {
  /** Requests and bytes since the last reset. */
  requests(): { url: string; bytes: number }[];
  bytes(): number;
  reset(): void;
}

export async function watchWire(page: Page, filter: RegExp = /\/content\//): Promise<Wire> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  let done: { url: string; bytes: number }[] = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (url && filter.test(new URL(url).pathname)) done.push({ url: new URL(url).pathname, bytes: e.encodedDataLength });
  });
  return {
    requests: () => done,
    bytes: () => done.reduce((n, r) => n + r.bytes, 0),
    reset: () => void (done = []),
  };
}
