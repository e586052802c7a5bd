// The kill switch (built instead of ../sw.ts with ANTQ_SW_RETIRE=1; README "Triển khai"): a worker
// that replaces a bad one at once, deletes the caches, unregisters and reloads the open tabs from
// the network. IndexedDB (settings, content) is left alone. No fetch handler: nothing is served.
/// <reference lib="webworker" />
declare const self: ServiceWorkerGlobalScope;
export {};

self.addEventListener('install', () => void self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
      await self.registration.unregister();
      for (const client of await self.clients.matchAll({ type: 'window' })) void client.navigate(client.url).catch(() => {});
    })(),
  );
});
