// The kill switch (built instead of ../sw.ts with ANTQ_SW_RETIRE=1; README "Triển khai"): a worker
// that replaces a bad one at once, deletes the caches, unregisters and reloads the open tabs from
// the network. IndexedDB (settings, content) is left alone. No fetch handler: nothing is served.
//
// Chromium does not always let it take over at once. Found while a page loads, it can stay
// `installed` for Chromium's lame-duck time (5 min) with DevTools attached, or until the old worker
// has been idle for 30 s without (README "Triển khai" traces it in Chromium's source). So the retiring
// starts at install, where nothing waits for the old worker: the caches go and the registration is
// deleted from storage, so the next navigation and the next start load the network build whatever
// Chromium does; and an open page that sees this worker waiting asks it what it is (GET_VERSION)
// and retires itself (src/pwa/retire.ts). Activation, when it comes, still reloads the tabs.
/// <reference lib="webworker" />
declare const self: ServiceWorkerGlobalScope;
export {};

async function deleteCaches(): Promise<void> {
  await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}

self.addEventListener('install', (event) => {
  void self.skipWaiting();
  // Not awaited: the unregister job runs after this install's job ends, so waiting here would hang.
  // A page of the old build that calls register() meanwhile revives the registration; ours then sees
  // this worker waiting, asks it and retires itself (src/pwa/retire.ts).
  void self.registration.unregister().catch(() => false);
  // A failed delete must not fail the install: this worker has to install to retire the old one.
  event.waitUntil(deleteCaches().catch(() => {}));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await deleteCaches();
      await self.registration.unregister().catch(() => false);
      for (const client of await self.clients.matchAll({ type: 'window' })) void client.navigate(client.url).catch(() => {});
    })(),
  );
});

// Same question as the normal worker answers (src/sw/sw.ts); `retired` tells a page to retire itself.
self.addEventListener('message', (event) => {
  if ((event.data as { type?: unknown } | null)?.type === 'GET_VERSION') event.ports[0]?.postMessage({ build: __ANTQ_BUILD__, retired: true });
});
