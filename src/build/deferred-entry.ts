// Build time only. Every page is prerendered: its HTML is the whole screen, styled by the inlined
// stylesheet, before any script runs. The app's script (~21 KB gzip) only takes over what is
// already there; fetched from the <head>, it competes with the page for the first round trips of a
// slow 3G/4G link and, on a fast one, runs before the first paint and holds it back. So the page
// asks for it once its content is painted: a small inline module script waits for the
// first-contentful-paint entry, then imports the entry. The web app manifest waits likewise (a
// browser fetches it, and the icons it names, for installability checks that no resident needs
// before the page is up: src/main.tsx adds the link), and the favicon is a data: URI in the template
// (no request at all).
//
// The loader's text never changes from one build to the next (the entry's address is read from the
// element's data-src), so its CSP hash is a constant: the template's <meta> policy gets it here,
// and the host's header policy (README "Triển khai") names the same value.
import type { Plugin } from 'vite';
import { cspHash } from './csp-hash.ts';

/** The id of the loader element; its data-src is the app's entry script. */
export const LOADER_ID = 'boot';

/**
 * Import the entry after the first contentful paint. A hidden page (opened in a background tab)
 * does not paint until it is shown, the app shell (served offline for pages the worker does not
 * hold) has nothing to paint, and a browser without paint timing never reports it: those import at once.
 */
export const LOADER =
  "const g=()=>import(document.getElementById('boot').dataset.src);" +
  "document.visibilityState=='hidden'||!document.getElementById('app')?.firstChild||!PerformanceObserver.supportedEntryTypes?.includes('paint')?g():new PerformanceObserver(l=>l.getEntriesByName('first-contentful-paint')[0]&&g()).observe({type:'paint',buffered:!0})";

const ENTRY_SCRIPT = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"><\/script>/;
const MANIFEST_LINK = /<link rel="manifest" href="\/manifest\.webmanifest"\s*\/?>/;
const SCRIPT_SRC = "script-src 'self'";

/** Swap the template's entry <script src> for the loader, and let the CSP allow the loader by its hash. */
export function deferredEntry(): Plugin {
  return {
    name: 'antq:deferred-entry',
    apply: 'build',
    // Among 'post' plugins, after vite-plugin-pwa's, which adds the manifest link this moves.
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const entry = ENTRY_SCRIPT.exec(html);
        if (!entry) throw new Error('deferred-entry: the template has no <script type="module" crossorigin src="/assets/…"> entry');
        if (!html.includes(SCRIPT_SRC)) throw new Error(`deferred-entry: the template's CSP has no "${SCRIPT_SRC}" to add the loader's hash to`);
        // The manifest link is added after the paint, by src/main.tsx (vite-plugin-pwa wrote it here).
        if (!MANIFEST_LINK.test(html)) throw new Error('deferred-entry: the template has no <link rel="manifest"> to defer');
        return html
          .replace(MANIFEST_LINK, '')
          .replace(entry[0], `<script type="module" id="${LOADER_ID}" data-src="${entry[1]}">${LOADER}</script>`)
          .replace(SCRIPT_SRC, `${SCRIPT_SRC} ${cspHash(LOADER)}`);
      },
    },
  };
}
