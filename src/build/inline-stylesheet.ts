// Build time only. The entry's stylesheet (every screen's layout; lazy components such as notices and
// the QR poster bring their own with their chunk), ~3.7 KB gzip: linked, it is a render-blocking request that costs a round trip before the first paint (Lighthouse's
// render-blocking-resources on every page). It is put into the HTML template instead, as one
// <style>, and allowed by its sha256 hash in the template's CSP: no 'unsafe-inline'. The
// prerender copies the template into every page, so every page carries the same CSS and the same
// hash, and no page costs more than a string copy (the build stays fast whatever the number of pages).
// The stylesheet file then has no reader: it leaves the bundle (and so the precache) and Vite's manifest.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { cspHash } from './csp-hash.ts';

const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[^"]+\.css)">/g;
const STYLE_SRC = "style-src 'self'";

/**
 * Replace the template's stylesheet links with the stylesheets' text, and add each one's hash to
 * the CSP meta tag's style-src. Fails the build when the template has no such policy to extend.
 */
export function inlineStylesheet(): Plugin {
  const inlined = new Set<string>();
  return {
    name: 'antq:inline-stylesheet',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const bundle = ctx.bundle;
        if (!bundle) return html;
        const hashes: string[] = [];
        const out = html.replace(STYLESHEET_LINK, (_tag, fileName: string) => {
          const asset = bundle[fileName];
          if (asset?.type !== 'asset') throw new Error(`inline-stylesheet: ${fileName} is linked but not in the bundle`);
          const css = typeof asset.source === 'string' ? asset.source : new TextDecoder().decode(asset.source);
          // The HTML parser ends a <style> at the first `</style`: such CSS cannot be inlined as it is.
          if (/<\/style/i.test(css)) throw new Error(`inline-stylesheet: ${fileName} contains "</style"`);
          hashes.push(cspHash(css));
          inlined.add(fileName);
          return `<style>${css}</style>`;
        });
        if (!hashes.length) return out;
        if (!out.includes(STYLE_SRC)) throw new Error(`inline-stylesheet: the template's CSP has no "${STYLE_SRC}" to add the hash to`);
        return out.replace(STYLE_SRC, `${STYLE_SRC} ${hashes.join(' ')}`);
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // A stylesheet some script still asks for at run time (a lazy chunk's CSS) must stay.
        const code = Object.values(bundle).map((o) => (o.type === 'chunk' ? o.code : '')).join('\n');
        for (const fileName of inlined) if (!code.includes(fileName)) delete bundle[fileName];
      },
    },
    // Vite's manifest (build.manifest, read by the bench) was written with the file: drop it there too.
    writeBundle(options, bundle) {
      const file = join(options.dir ?? 'dist', '.vite', 'manifest.json');
      if (!existsSync(file)) return;
      const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { file: string; css?: string[] }>;
      for (const [key, entry] of Object.entries(manifest)) {
        if (entry.css) entry.css = entry.css.filter((css) => css in bundle);
        if (entry.file.endsWith('.css') && !(entry.file in bundle)) delete manifest[key];
      }
      writeFileSync(file, JSON.stringify(manifest, null, 2));
    },
  };
}
