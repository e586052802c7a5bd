// Deterministic byte counts of a build, read from dist/ and Vite's manifest: what home costs on
// first load, what each lazy route adds, what the service worker precaches.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type ViteManifest = Record<string, ManifestChunk>;

export const gzipBytes = (buffer: Buffer | string): number => gzipSync(buffer, { level: 9 }).length;

const fileGz = (dist: string, file: string): number => gzipBytes(readFileSync(join(dist, file)));

export function readViteManifest(dist: string): ViteManifest {
  return JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8')) as ViteManifest;
}

/** Files loaded by static imports from `key` (itself included), JS and CSS. */
function staticClosure(manifest: ViteManifest, key: string, seen = new Set<string>()): Set<string> {
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return new Set();
  seen.add(key);
  const files = new Set<string>([chunk.file, ...(chunk.css ?? [])]);
  for (const dep of chunk.imports ?? []) for (const f of staticClosure(manifest, dep, seen)) files.add(f);
  return files;
}

export interface ByteFigures {
  homeHtmlGz: number;
  /** JS + CSS home loads before it is interactive: the entry's static import graph, as the HTML preloads it,
   * and the CSS and JS inlined in the HTML (each counted on its own, gzipped, as if it were a file). */
  homeFirstLoadGz: number;
  homeFirstLoadFiles: string[];
  /** The <style> elements of home's HTML, gzipped together (part of homeFirstLoadGz and of homeHtmlGz). */
  homeInlineCssGz: number;
  /** Its inline scripts (the entry's loader), gzipped together (part of homeFirstLoadGz and of homeHtmlGz). */
  homeInlineJsGz: number;
  /** Per lazy route module (by source path): the JS/CSS it adds on top of the first load. */
  routeExtraGz: Record<string, number>;
}

/** Count the bytes of a built app. */
export function measureBytes(dist: string): ByteFigures {
  const manifest = readViteManifest(dist);
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry && k.endsWith('.html')) ??
    Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
  const first = staticClosure(manifest, entryKey);
  // The HTML is the truth for what the browser fetches first; the manifest closure must agree with it.
  for (const match of html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)) first.add(match[1]!);
  const routeExtraGz: Record<string, number> = {};
  for (const [key, chunk] of Object.entries(manifest)) {
    if (!chunk.isDynamicEntry) continue;
    const extra = [...staticClosure(manifest, key)].filter((f) => !first.has(f));
    routeExtraGz[chunk.src ?? key] = extra.reduce((sum, f) => sum + fileGz(dist, f), 0);
  }
  const inlineCss = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('');
  const homeInlineCssGz = inlineCss ? gzipBytes(inlineCss) : 0;
  // Inline scripts (the entry's loader), JSON data aside.
  const inlineJs = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter((m) => !/(?:^|\s)src=|application\/json/.test(m[1]!)).map((m) => m[2]!).join('');
  const homeInlineJsGz = inlineJs ? gzipBytes(inlineJs) : 0;
  return {
    homeHtmlGz: gzipBytes(html),
    homeFirstLoadGz: [...first].reduce((sum, f) => sum + fileGz(dist, f), 0) + homeInlineCssGz + homeInlineJsGz,
    homeFirstLoadFiles: [...first].sort(),
    homeInlineCssGz,
    homeInlineJsGz,
    routeExtraGz,
  };
}

/**
 * The precache list workbox wrote into sw.js. injectManifest inlines it as JSON
 * (`[{"revision":null,"url":"assets/a.js"},…]`); generateSW as a JS literal (`[{url:"…",revision:"…"}]`):
 * both are read. Throws when there is no list, so a changed format can never measure as 0 bytes.
 */
export function precacheUrls(dist: string): string[] {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) throw new Error(`${sw} missing: no service worker, no precache to measure`);
  const source = readFileSync(sw, 'utf8');
  const start = /\[\s*\{\s*"?(?:revision|url)"?\s*:/.exec(source);
  if (!start) throw new Error(`no precache list found in ${sw}`);
  // The list holds only plain strings and null: its end is the first `]` outside a string.
  let end = start.index;
  for (let inString = false; end < source.length; end++) {
    const c = source[end];
    if (inString) {
      if (c === '\\') end++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === ']') break;
  }
  const list = source.slice(start.index, end + 1);
  let urls: string[];
  try {
    urls = (JSON.parse(list) as { url: string }[]).map((e) => e.url);
  } catch {
    urls = [...list.matchAll(/"?url"?\s*:\s*"([^"]+)"/g)].map((m) => m[1]!);
  }
  if (urls.length === 0) throw new Error(`empty precache list in ${sw}`);
  return urls;
}

/** The file a precache URL is served from: `assets/a.js`, `/lich/` → `lich/index.html`, `/` → `index.html`. */
export function precacheFile(dist: string, url: string): string {
  const path = url.replace(/^\//, '').split(/[?#]/)[0]!;
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(dist, file))) throw new Error(`precache entry ${url}: ${file} not found in ${dist}`);
  return file;
}

/** The precache as the service worker lists it: entry count and gzip bytes of every entry. */
export function measurePrecache(dist: string): { entries: number; gz: number; raw: number; urls: string[] } {
  const urls = precacheUrls(dist);
  let gz = 0;
  let raw = 0;
  for (const url of urls) {
    const body = readFileSync(join(dist, precacheFile(dist, url)));
    raw += body.length;
    gz += gzipBytes(body);
  }
  return { entries: urls.length, gz, raw, urls };
}
