// Build time: /robots.txt and /sitemap.xml from the prerendered HTML in dist/, read at the very
// end of the build, so every page any plugin prerendered is listed (and none that is not). Pages
// marked noindex (the offline shell, 404) are left out. Beyond 50,000 URLs (or 50 MB) a file,
// sitemap.xml becomes a sitemap index over sitemap-1.xml, sitemap-2.xml … (sitemaps.org protocol).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Plugin } from 'vite';
import { cleanURL } from './pages.ts';
import { siteOrigin } from './site-origin.ts';

/** The protocol's limits per sitemap file. */
export const SITEMAP_LIMITS = { urls: 50_000, bytes: 50 * 1024 * 1024 };
const XMLNS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const urlset = (urls: string[]): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${XMLNS}">\n${urls.map((u) => `<url><loc>${escapeXml(u)}</loc></url>\n`).join('')}</urlset>\n`;

/** Split `urls` into files within the limits: { 'sitemap.xml': … } alone, or an index plus parts. */
export function sitemapFiles(urls: readonly string[], origin: string, limits = SITEMAP_LIMITS): Map<string, string> {
  const parts: string[][] = [[]];
  let bytes = urlset([]).length;
  for (const url of urls) {
    const entry = Buffer.byteLength(`<url><loc>${escapeXml(url)}</loc></url>\n`);
    const part = parts[parts.length - 1]!;
    if (part.length > 0 && (part.length >= limits.urls || bytes + entry > limits.bytes)) {
      parts.push([url]);
      bytes = urlset([]).length + entry;
    } else {
      part.push(url);
      bytes += entry;
    }
  }
  if (parts.length === 1) return new Map([['sitemap.xml', urlset(parts[0]!)]]);
  const files = new Map<string, string>();
  const names = parts.map((_, i) => `sitemap-${i + 1}.xml`);
  files.set(
    'sitemap.xml',
    `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${XMLNS}">\n${names.map((n) => `<sitemap><loc>${escapeXml(`${origin}/${n}`)}</loc></sitemap>\n`).join('')}</sitemapindex>\n`,
  );
  parts.forEach((part, i) => files.set(names[i]!, urlset(part)));
  return files;
}

/** Every crawler may read every page; the sitemap says which pages there are. */
export const robotsTxt = (origin: string): string => `User-agent: *\nDisallow:\n\nSitemap: ${origin}/sitemap.xml\n`;

const NOINDEX = /<meta\s[^>]*name=["']?robots["']?[^>]*content=["'][^"']*noindex|<meta\s[^>]*content=["'][^"']*noindex[^>]*name=["']?robots/i;
const CANONICAL = /<link\s[^>]*rel=["']?canonical["']?[^>]*href=["']([^"']+)["']|<link\s[^>]*href=["']([^"']+)["'][^>]*rel=["']?canonical/i;

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return []; // .vite/ and the like
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** The absolute URL of every page in `dist` a search engine may index: its canonical, else where the host serves it. */
export function indexablePages(dist: string, origin: string): string[] {
  const urls = new Set<string>();
  for (const file of htmlFiles(dist)) {
    const html = readFileSync(file, 'utf8');
    if (NOINDEX.test(html)) continue;
    const match = CANONICAL.exec(html);
    const canonical = match?.[1] ?? match?.[2];
    urls.add(canonical?.startsWith(`${origin}/`) ? canonical : origin + cleanURL(relative(dist, file).split(sep).join('/')));
  }
  return [...urls].sort();
}

/** Writes robots.txt and the sitemap file(s) into the output directory once everything else is written. */
export function crawlFiles(): Plugin {
  let outDir = 'dist';
  return {
    name: 'antq:crawl-files',
    apply: 'build',
    configResolved(config) {
      // outDir may be absolute (the notices test builds into a temporary directory).
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const origin = siteOrigin();
        writeFileSync(join(outDir, 'robots.txt'), robotsTxt(origin));
        for (const [name, xml] of sitemapFiles(indexablePages(outDir, origin), origin)) writeFileSync(join(outDir, name), xml);
      },
    },
  };
}
