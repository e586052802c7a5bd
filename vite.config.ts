import { defineConfig } from 'vite';
import { preact } from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentPlugin, trustRootsPlugin } from './src/content/compile/vite-plugin.ts';
import { firstLoadChunk } from './src/build/first-load-chunk.ts';
import { deferredEntry } from './src/build/deferred-entry.ts';
import { inlineStylesheet } from './src/build/inline-stylesheet.ts';
import pkg from './package.json' with { type: 'json' };
import { SHELL_PATH } from './src/pwa/build/pages.ts';
import { cleanURLs, dropBuildOnlyChunks, precacheGlobs, relaxCspInDev } from './src/pwa/build/plugins.ts';
import { crawlFiles } from './src/pwa/build/sitemap.ts';
import { webManifest } from './src/pwa/build/web-manifest.ts';
import { siteOrigin } from './src/pwa/build/site-origin.ts';
import { calendarFeedFiles } from './src/routes/calendar-feed-files.ts';

const appEntry = new URL('./src/main.tsx', import.meta.url).pathname;
const prerenderScript = new URL('./src/prerender.tsx', import.meta.url).pathname;
// Kill switch for a bad service worker (README "Triển khai"): build and deploy with ANTQ_SW_RETIRE=1.
const retireWorker = process.env.ANTQ_SW_RETIRE === '1';

export default defineConfig({
  // Shared by the app and the service worker builds (src/sw/globals.d.ts).
  define: {
    __ANTQ_BUILD__: JSON.stringify(process.env.BUILD_ID ?? pkg.version),
    __ANTQ_SHELL__: JSON.stringify(SHELL_PATH),
    __ANTQ_SW_RETIRED__: JSON.stringify(retireWorker),
    // The public origin, for addresses a prerendered page shows (the subscribe screen's feed URLs).
    __ANTQ_ORIGIN__: JSON.stringify(siteOrigin()),
  },
  build: {
    target: 'es2022',
    // Prerender turns sourcemaps on; we ship none (they would also land in the precache).
    sourcemap: false,
    // dist/.vite/manifest.json: the bench reads it to count each route's JavaScript.
    manifest: true,
    modulePreload: false,
    // The entry's stylesheet (every screen's layout) is inlined into every page by inlineStylesheet():
    // no render-blocking request. The few components that load lazily (notices, the QR poster) bring
    // their own CSS with their chunk, so it never counts against the first load of home.
    cssCodeSplit: true,
  },
  plugins: [
    // seeds/ → /content/ (validated; fails the build on bad content) and virtual:antq-content for the prerender.
    // …and the calendar feeds (dist/lich/**/*.ics), made from the same compiled content.
    contentPlugin({ derivedFiles: ({ national }) => calendarFeedFiles(national.campaigns, national.provinces, siteOrigin()) }),
    // virtual:antq-roots: the trusted root public keys (seeds/trust/roots.json, or ANTQ_TRUST_DIR's).
    trustRootsPlugin(),
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript,
        additionalPrerenderRoutes: ['/404.html', SHELL_PATH],
      },
    }),
    firstLoadChunk(appEntry),
    inlineStylesheet(),
    dropBuildOnlyChunks({ app: appEntry, prerender: prerenderScript }),
    VitePWA({
      strategies: 'injectManifest',
      // The kill-switch build swaps in src/sw/retire/sw.ts (still served as /sw.js).
      srcDir: retireWorker ? 'src/sw/retire' : 'src/sw',
      filename: 'sw.ts',
      // Registered by src/pwa/register.ts (workbox-window) after the first render; updates wait for the user.
      injectRegister: false,
      manifest: webManifest,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      injectManifest: {
        globPatterns: precacheGlobs(),
        // Calendar feeds are fetched by calendar apps, never by the app: not precached (they would go stale offline).
        globIgnores: ['.vite/**', 'content/**', 'og/**', '**/*.ics'],
        dontCacheBustURLsMatching: /^assets\//,
        manifestTransforms: [cleanURLs],
        // The kill switch precaches nothing.
        ...(retireWorker ? { injectionPoint: '' } : {}),
        sourcemap: false,
        minify: true,
      },
    }),
    // After VitePWA (both enforce 'post'), which writes the manifest link this defers: the entry script
    // is imported once the prerendered page has painted; the manifest link is added then too.
    deferredEntry(),
    relaxCspInDev(),
    // Last: robots.txt and the sitemap from every prerendered page now in dist/.
    crawlFiles(),
  ],
});
