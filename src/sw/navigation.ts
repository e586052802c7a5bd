import { PrecacheFallbackPlugin } from 'workbox-precaching';
import { NetworkOnly } from 'workbox-strategies';

/** How long a page navigation waits for the network before the offline shell takes over. */
export const NAVIGATION_TIMEOUT_SECONDS = 4;

/** Network only (nothing cached: content is IndexedDB's), with the precached shell on failure or timeout. */
export function navigationStrategy(shellURL: string): NetworkOnly {
  return new NetworkOnly({
    networkTimeoutSeconds: NAVIGATION_TIMEOUT_SECONDS,
    plugins: [new PrecacheFallbackPlugin({ fallbackURL: shellURL })],
  });
}
