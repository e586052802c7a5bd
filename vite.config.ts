import { defineConfig } from 'vite';
import { preact } from '@preact/preset-vite';

export default defineConfig({
  build: {
    target: 'es2022',
    // Prerender turns sourcemaps on; we ship none (they would also land in the precache).
    sourcemap: false,
    modulePreload: { polyfill: false },
  },
  plugins: [
    preact({
      prerender: {
        enabled: true,
        renderTarget: '#app',
        prerenderScript: new URL('./src/prerender.tsx', import.meta.url).pathname,
        additionalPrerenderRoutes: ['/404.html'],
      },
    }),
  ],
});
