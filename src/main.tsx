import { render } from 'preact';
import { App, preloadRoute } from './app.tsx';
import { loadStore, onStoreReplaced, startSyncAfterPaint } from './data/load-store.ts';
import { yieldToMain } from './lib/yield-to-main.ts';

/** Start the app over the prerendered HTML. */
function boot(): void {
  const root = document.getElementById('app')!;
  // The web app manifest is linked only now, after the first paint (src/build/deferred-entry.ts takes
  // the build's link out of the HTML): installing needs it, painting does not.
  if (import.meta.env.PROD) document.head.append(Object.assign(document.createElement('link'), { rel: 'manifest', href: '/manifest.webmanifest' }));
  // The prerendered HTML stays on screen until the content store is ready, then one render replaces it.
  loadStore().then(
    async (store) => {
      // The initial screen's chunk and data first, so this one render has no loading state.
      await preloadRoute(location.pathname + location.search, store);
      // The render in a task of its own, apart from the reads and downloads before it.
      await yieldToMain();
      render(<App store={store} />, root);
      // The bench checks against it that the place list is never fetched before the first render.
      performance.mark('antq:rendered');
      // A content update replaces the store: the app renders again with the new content.
      onStoreReplaced((next) => render(<App store={next} />, root));
      startSyncAfterPaint();
      // After the first render: the worker and workbox-window stay off the first-load path.
      void import('./pwa/register.ts').then((pwa) => pwa.registerServiceWorker());
    },
    (error: unknown) => {
      // First visit with no network and nothing stored: the prerendered page stays as it is.
      console.warn('[antq] content not loaded:', error);
    },
  );
}

// The build-time prerender runs this module in Node too (it shares the first-load chunk).
if (typeof window !== 'undefined') boot();

