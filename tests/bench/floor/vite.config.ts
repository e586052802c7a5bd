import { defineConfig } from 'vite';
import { preact } from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The floor build: same tools as the app, nothing else. */
export default defineConfig({
  root,
  build: { target: 'es2022', sourcemap: false, manifest: true, modulePreload: { polyfill: false } },
  plugins: [preact({ prerender: { enabled: true, renderTarget: '#app', prerenderScript: root + 'main.tsx' } })],
});
