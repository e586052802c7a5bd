// robots.txt and the sitemap: the split beyond the protocol's limits, on generated lists (the real
// dist/ is checked in tests/browser/dist-crawl.test.ts, with Chromium's XML parser).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexablePages, robotsTxt, sitemapFiles } from '../../src/pwa/build/sitemap.ts';

const ORIGIN = 'https://antq.example';
const generated = (n: number) => Array.from({ length: n }, (_, i) => `${ORIGIN}/dia-phuong/tinh-${i % 34}/xa-${i}/`);
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!);

describe('sitemap', () => {
  it('up to 50,000 URLs: one urlset, every URL once, in order', () => {
    const urls = generated(50_000);
    const files = sitemapFiles(urls, ORIGIN);
    expect([...files.keys()]).toEqual(['sitemap.xml']);
    const xml = files.get('sitemap.xml')!;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    expect(locs(xml)).toEqual(urls);
  });

  it('beyond 50,000: a sitemap index over parts of at most 50,000, which together list every URL once', () => {
    const urls = generated(120_001);
    const files = sitemapFiles(urls, ORIGIN);
    expect([...files.keys()]).toEqual(['sitemap.xml', 'sitemap-1.xml', 'sitemap-2.xml', 'sitemap-3.xml']);
    const index = files.get('sitemap.xml')!;
    expect(index).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
    expect(locs(index)).toEqual([1, 2, 3].map((i) => `${ORIGIN}/sitemap-${i}.xml`));
    const parts = [1, 2, 3].map((i) => locs(files.get(`sitemap-${i}.xml`)!));
    expect(parts.map((p) => p.length)).toEqual([50_000, 50_000, 20_001]);
    expect(parts.flat()).toEqual(urls);
  });

  it('splits by size too (50 MB a file), and escapes XML in addresses', () => {
    const files = sitemapFiles([`${ORIGIN}/a?x=1&y=<2>`, `${ORIGIN}/b`, `${ORIGIN}/c`], ORIGIN, { urls: 50_000, bytes: 220 });
    expect(files.size).toBeGreaterThan(2);
    for (const [name, xml] of files) if (name !== 'sitemap.xml') expect(Buffer.byteLength(xml), name).toBeLessThanOrEqual(220);
    expect([...files.values()].join('')).toContain('<loc>https://antq.example/a?x=1&amp;y=&lt;2&gt;</loc>');
  });

  it('lists the pages of a build folder: canonical URLs, no noindex page, however deep', () => {
    const dist = mkdtempSync(join(tmpdir(), 'antq-sitemap-'));
    try {
      const page = (path: string, head: string) => {
        mkdirSync(join(dist, path), { recursive: true });
        writeFileSync(join(dist, path, 'index.html'), `<!doctype html><html><head>${head}</head><body></body></html>`);
      };
      page('', `<link rel="canonical" href="${ORIGIN}/">`);
      page('lich', `<link rel="canonical" href="${ORIGIN}/lich/">`);
      page('dia-phuong/ha-noi/hoan-kiem', '');
      page('app-shell', '<meta name="robots" content="noindex">');
      writeFileSync(join(dist, '404.html'), '<meta content="noindex, nofollow" name="robots">');
      mkdirSync(join(dist, '.vite'));
      writeFileSync(join(dist, '.vite', 'x.html'), '');
      expect(indexablePages(dist, ORIGIN)).toEqual([`${ORIGIN}/`, `${ORIGIN}/dia-phuong/ha-noi/hoan-kiem/`, `${ORIGIN}/lich/`]);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });

  it('robots.txt lets every crawler in and names the sitemap by its absolute URL', () => {
    expect(robotsTxt(ORIGIN)).toBe('User-agent: *\nDisallow:\n\nSitemap: https://antq.example/sitemap.xml\n');
  });
});
