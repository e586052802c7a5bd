// What crawlers read from the built site: /robots.txt and the sitemap, as real files in dist/ (so
// a static host that falls back to index.html for unknown paths still serves them), parsed with
// Chromium's own XML parser, against the prerendered pages found independently in dist/.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { servedApp } from './harness.ts';
import { deepLinks, distDir, rawHead } from './pwa-helpers.ts';
import { sitemapFiles } from '../../src/pwa/build/sitemap.ts';

const dir = distDir();
/** The origin the build was made for, as the home page's canonical link says. */
const origin = new URL(rawHead(readFileSync(join(dir, 'index.html'), 'utf8')).canonical!).origin;

/** Every prerendered page of dist/ (any depth): its clean path and what its head says. */
function prerendered(folder = dir): { path: string; noindex: boolean; canonical: string | undefined }[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name.startsWith('.')) return [];
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return prerendered(path);
    if (!entry.name.endsWith('.html')) return [];
    const head = rawHead(readFileSync(path, 'utf8'));
    const clean = `/${relative(dir, path)}`.replace(/index\.html$/, '');
    return [{ path: clean, noindex: /noindex/.test(head.meta['robots'] ?? ''), canonical: head.canonical }];
  });
}

describe('robots.txt and sitemap', () => {
  const app = servedApp();

  /** Parse XML in the page with DOMParser: the document element's name and namespace, and every <loc>. */
  async function parseXml(xml: string) {
    const page = await app.browser.newPage();
    try {
      return await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        const error = doc.getElementsByTagName('parsererror')[0]?.textContent ?? null;
        const root = doc.documentElement;
        return { error, root: root.localName, ns: root.namespaceURI, locs: [...doc.getElementsByTagNameNS(root.namespaceURI, 'loc')].map((l) => l.textContent) };
      }, xml);
    } finally {
      await page.close();
    }
  }

  it('robots.txt is served as text, lets crawlers in and names the sitemap by its absolute URL', async () => {
    const response = await fetch(`${app.server.url}/robots.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const lines = (await response.text()).split('\n');
    expect(lines).toContain('User-agent: *');
    expect(lines.filter((l) => /^disallow:\s*\S/i.test(l))).toEqual([]);
    expect(lines).toContain(`Sitemap: ${origin}/sitemap.xml`);
  });

  it('the sitemap lists every indexable prerendered page once, by its canonical URL, and no noindex page', async () => {
    const response = await fetch(`${app.server.url}/sitemap.xml`);
    expect(response.status).toBe(200);
    const parsed = await parseXml(await response.text());
    expect(parsed).toMatchObject({ error: null, root: 'urlset', ns: 'http://www.sitemaps.org/schemas/sitemap/0.9' });
    const pages = prerendered();
    const indexable = pages.filter((p) => !p.noindex);
    expect(pages.filter((p) => p.noindex).map((p) => p.path).sort()).toEqual(['/404.html', '/app-shell/']);
    expect([...parsed.locs].sort()).toEqual(indexable.map((p) => p.canonical ?? origin + p.path).sort());
    expect(new Set(parsed.locs).size).toBe(parsed.locs.length);
    for (const link of deepLinks()) expect(parsed.locs).toContain(origin + link);
    expect(parsed.locs.every((loc) => loc!.startsWith(`${origin}/`))).toBe(true);
  });

  it('beyond 50,000 pages, the split files are well-formed XML: an index whose parts list every URL', async () => {
    const urls = Array.from({ length: 50_001 }, (_, i) => `${origin}/dia-phuong/tinh/xa-${i}/?a=1&b=2`);
    const files = sitemapFiles(urls, origin);
    const index = await parseXml(files.get('sitemap.xml')!);
    expect(index).toMatchObject({ error: null, root: 'sitemapindex', locs: [`${origin}/sitemap-1.xml`, `${origin}/sitemap-2.xml`] });
    const parts = await Promise.all(['sitemap-1.xml', 'sitemap-2.xml'].map((name) => parseXml(files.get(name)!)));
    expect(parts.map((p) => [p.error, p.root, p.locs.length])).toEqual([[null, 'urlset', 50_000], [null, 'urlset', 1]]);
    expect(parts.flatMap((p) => p.locs)).toEqual(urls);
    expect(existsSync(join(dir, 'sitemap-1.xml'))).toBe(false); // this build is small: one file
  });
});
