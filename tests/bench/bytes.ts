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
  /** JS + CSS home loads before it is interactive: the entry's static import graph, as the HTML preloads it. */
  homeFirstLoadGz: number;
  homeFirstLoadFiles: string[];
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
  return {
    homeHtmlGz: gzipBytes(html),
    homeFirstLoadGz: [...first].reduce((sum, f) => sum + fileGz(dist, f), 0),
    homeFirstLoadFiles: [...first].sort(),
    routeExtraGz,
  };
}

/** The precache as the service worker lists it: entry count and gzip bytes of every entry. */
export function measurePrecache(dist: string): { entries: number; gz: number; urls: string[] } {
  const sw = join(dist, 'sw.js');
  if (!existsSync(sw)) return { entries: 0, gz: 0, urls: [] };
  const source = readFileSync(sw, 'utf8');
  const urls = [...source.matchAll(/\burl:\s*"([^"]+)"/g)].map((m) => m[1]!);
  let gz = 0;
  for (const url of urls) {
    const path = url.replace(/^\//, '');
    const candidates = [path, join(path, 'index.html'), `${path}.html`];
    const file = candidates.find((c) => c && existsSync(join(dist, c)) && !c.endsWith('/'));
    if (file) gz += fileGz(dist, file);
  }
  return { entries: urls.length, gz, urls };
}
