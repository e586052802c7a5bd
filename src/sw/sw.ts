// The service worker: the app shell and the fixed pages from the precache, every other page from
// the network with a short timeout, falling back to the offline shell that renders it from
// IndexedDB. Content (/content/) is the data layer's: never cached here. A new version waits
// until the resident accepts it on the page (SKIP_WAITING); see README "Triển khai" for retiring a bad worker.
/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { navigationStrategy } from './navigation.ts';
import { isPageNavigation, precacheVariants } from './routing-rules.ts';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// Same-origin, hashed or revisioned files only: no opaque responses can enter this cache.
precacheAndRoute(self.__WB_MANIFEST, {
  // The app reads ?q=, ?tinh= … itself; the precached page is the same for every query.
  ignoreURLParametersMatching: [/.*/],
  directoryIndex: 'index.html',
  cleanURLs: false,
  urlManipulation: precacheVariants,
});
cleanupOutdatedCaches();

// Deep links and unknown paths: the network (crawlers and first visits get the real prerendered
// page), then the shell. Registered after the precache route, so fixed pages never reach it.
registerRoute(({ request, url }) => isPageNavigation(request, url, self.location.origin), navigationStrategy(__ANTQ_SHELL__));

// No skipWaiting() on install: the update waits for the resident. Claiming is safe: it only takes
// pages that have no worker yet (the first visit), so lazy screens load from the precache offline.
clientsClaim();

type Message = { type: 'SKIP_WAITING' } | { type: 'GET_VERSION' };

self.addEventListener('message', (event) => {
  const message = event.data as Message | null;
  if (message?.type === 'SKIP_WAITING') void self.skipWaiting();
  else if (message?.type === 'GET_VERSION') event.ports[0]?.postMessage({ build: __ANTQ_BUILD__ });
});
