// Injected at build time by vite.config.ts (`define`); the worker has its own copy (src/sw/globals.d.ts).
/** Build id (BUILD_ID env, default: the package version): tells two deploys apart. */
declare const __ANTQ_BUILD__: string;
/** True in a kill-switch build (ANTQ_SW_RETIRE=1): sw.js unregisters itself and the page registers none. */
declare const __ANTQ_SW_RETIRED__: boolean;
/** SITE_ORIGIN at build time (src/pwa/build/site-origin.ts); in the browser, prefer location.origin. */
declare const __ANTQ_ORIGIN__: string;
