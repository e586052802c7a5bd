// Injected at build time by vite.config.ts (`define`), shared by the app and the worker builds.
/** Build id (BUILD_ID env, default: the package version): tells two deploys apart. */
declare const __ANTQ_BUILD__: string;
/** Path of the precached offline shell that any deep link is rendered into. */
declare const __ANTQ_SHELL__: string;
