// Build-time pieces of the PWA that vite.config.ts wires in.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { ManifestTransform } from 'workbox-build';
import { FIXED_PAGES, PLACE_LINK_SCRIPT, SHELL_PATH, cleanURL } from './pages.ts';

/**
 * Drop from dist/ every chunk that only the build-time prerender uses (the prerender entry, the
 * compiled content module, the HTML renderer): the browser never loads them, so they must be
 * neither shipped nor precached. Runs after the prerender plugin has used them. What the browser
 * loads is what the app entry reaches; the entry module is found by id, because the first-load
 * chunk group (src/build/first-load-chunk.ts) moves it into a chunk that is not flagged `isEntry`.
 */
export function dropBuildOnlyChunks(entries: { app: string; prerender: string }): Plugin {
  return {
    name: 'antq:drop-build-only-chunks',
    apply: 'build',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const chunks = Object.values(bundle).filter((output) => output.type === 'chunk');
        const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
        const reachable = new Set<string>();
        const visit = (fileName: string): void => {
          if (reachable.has(fileName)) return;
          reachable.add(fileName);
          const chunk = byName.get(fileName);
          for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) visit(next);
        };
        const roots = chunks.filter((chunk) => chunk.moduleIds.includes(entries.app) && chunk.facadeModuleId !== entries.prerender);
        if (roots.length === 0) this.error(`no chunk holds the app entry ${entries.app}: refusing to drop every chunk`);
        for (const chunk of roots) visit(chunk.fileName);
        for (const chunk of chunks) {
          if (reachable.has(chunk.fileName)) continue;
          delete bundle[chunk.fileName];
          delete bundle[`${chunk.fileName}.map`];
        }
      },
    },
    // Vite's own manifest (build.manifest, read by the bench) was made before: drop the same chunks there.
    writeBundle(options, bundle) {
      const file = join(options.dir ?? 'dist', '.vite', 'manifest.json');
      if (!existsSync(file)) return;
      type Entry = { file: string; imports?: string[]; dynamicImports?: string[] };
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Entry>;
      const kept = Object.fromEntries(Object.entries(manifest).filter(([, entry]) => entry.file in bundle));
      for (const entry of Object.values(kept)) {
        if (entry.imports) entry.imports = entry.imports.filter((key) => key in kept);
        if (entry.dynamicImports) entry.dynamicImports = entry.dynamicImports.filter((key) => key in kept);
      }
      writeFileSync(file, JSON.stringify(kept, null, 2));
    },
  };
}

/** The precache globs: all of the app's code and styles, and only the fixed pages' HTML. */
export function precacheGlobs(): string[] {
  const folders = [...FIXED_PAGES, SHELL_PATH].filter((path) => path !== '/').map((path) => path.slice(1, -1));
  return ['assets/**/*.{js,css}', '{index,404}.html', `{${folders.join(',')}}/index.html`, PLACE_LINK_SCRIPT.slice(1)];
}

/** Precache HTML under the clean URL the host serves (`/lich/`, not `/lich/index.html`; toolchain trap 6). */
export const cleanURLs: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => (entry.url.endsWith('.html') ? { ...entry, url: cleanURL(entry.url) } : entry)),
});

/**
 * The CSP in index.html has no 'unsafe-inline'; Vite's dev server injects styles inline, so in
 * dev only, style-src is relaxed. The built app keeps the strict policy.
 */
export function relaxCspInDev(): Plugin {
  return {
    name: 'antq:relax-csp-in-dev',
    apply: 'serve',
    transformIndexHtml: (html) => html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
  };
}
