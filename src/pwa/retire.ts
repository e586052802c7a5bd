// The kill switch, page side (README "Triển khai"). The retire worker (src/sw/retire/sw.ts) normally
// takes over within a second and reloads the tabs itself. Found while a page loads, Chromium may keep
// it installed and waiting for minutes instead, which the page sees as a waiting version. So before
// offering a waiting version as an update, the page asks it what it is; a retire worker says so, and
// the page retires itself at once: no worker, no caches, a reload from the network.

/** How long a waiting worker may take to answer GET_VERSION before it is offered as an update anyway. */
export const ASK_WAIT_MS = 3_000;

/** Whether `worker` answers GET_VERSION as the retire worker does (`retired: true`); false when it does not answer in `wait` ms. */
export function isRetireWorker(worker: ServiceWorker, wait = ASK_WAIT_MS): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = setTimeout(() => resolve(false), wait);
    channel.port1.onmessage = (event) => {
      clearTimeout(timer);
      resolve((event.data as { retired?: unknown } | null)?.retired === true);
    };
    try {
      worker.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
    } catch {
      // A worker that became redundant meanwhile refuses messages: it is no kill switch to act on.
      clearTimeout(timer);
      resolve(false);
    }
  });
}

/**
 * Unregister every worker of this origin and empty Cache Storage; IndexedDB (the settings and the
 * content) is kept. Once unregistered, the next navigation is not handled by the old worker.
 */
export async function retireHere(): Promise<void> {
  for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  if ('caches' in self) await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
}
