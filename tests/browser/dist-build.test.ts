// Reads a built dist/ (DIST_DIR), no browser: every content item has its prerendered page with its
// own title, canonical URL and Open Graph tags; the precache holds the app's code, the shell and
// the fixed pages and nothing that grows with content; no HTML carries markup the CSP would block;
// the web manifest and its images are what installing needs. Reports the precache size.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { cspHash } from '../../src/build/csp-hash.ts';
import { LOADER } from '../../src/build/deferred-entry.ts';
import { chunkUrl } from '../../src/content/model-chunk.ts';
import { decodeProvinceIndex, type ProvinceIndexFile } from '../../src/content/province-index.ts';
import type { Article, Campaign, ContentManifest, Figure, Model } from '../../src/content/schema.ts';
import { FIXED_PAGES, SHELL_PATH } from '../../src/pwa/build/pages.ts';
import { documentTitle, SITE_NAME } from '../../src/ui/use-page-meta.ts';
import { deepLinks, distDir, entryPath, htmlFileOf, precacheEntries, readHead } from './pwa-helpers.ts';

const dir = distDir();
const readJSON = <T>(path: string): T => JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
const manifest = readJSON<ContentManifest>('content/manifest.json');
const items = <T>(name: 'campaigns' | 'articles' | 'figures'): T[] => readJSON<{ items: T[] }>(manifest.national[name].url).items;
const models: Model[] = Object.values(manifest.provinces).flatMap((ref) =>
  decodeProvinceIndex(readJSON<ProvinceIndexFile>(ref.url)).chunks.flatMap((chunk) => readJSON<{ items: Model[] }>(chunkUrl(readJSON<ProvinceIndexFile>(ref.url).province, chunk.chunk, chunk.version)).items),
);

interface Page {
  path: string;
  name: string | null;
  /** The share image's name: the first topic, or "default" for a figure on none of our topics. */
  topic: string;
  type: 'article' | 'website';
}
const pages: Page[] = [
  ...items<Campaign>('campaigns').map((c) => ({ path: `/chien-dich/${c.id}/`, name: c.name, topic: c.topic, type: 'website' as const })),
  ...items<Article>('articles').map((a) => ({ path: `/bai-viet/${a.id}/`, name: a.title, topic: a.topics[0]!, type: 'article' as const })),
  ...models.map((m) => ({ path: `/mo-hinh/${m.id}/`, name: m.name, topic: m.topics[0]!, type: 'website' as const })),
  ...items<Figure>('figures').map((f) => ({ path: `/so-lieu/${f.id}/`, name: null, topic: f.topics[0] ?? 'default', type: 'website' as const })),
];
const origin = new URL(readHead('/').canonical ?? 'invalid:').origin;

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

function htmlFiles(folder = dir): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'content' || entry.name.startsWith('.') ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

describe(`prerendered pages in ${dir}`, () => {
  it('every campaign, article, model and figure has a page, and nothing else is a deep link', () => {
    expect(pages.length).toBeGreaterThan(40);
    expect(deepLinks()).toEqual(pages.map((p) => p.path).sort());
  });

  it('each page has its own title, description, canonical URL and Open Graph and Twitter tags', () => {
    expect(origin).toMatch(/^https?:\/\//);
    const titles = new Set<string>();
    for (const page of pages) {
      const head = readHead(page.path);
      const { meta } = head;
      const url = origin + page.path;
      expect(head.title, page.path).toBe(documentTitle(meta['og:title'] ?? ''));
      if (page.name) expect(meta['og:title'], page.path).toBe(page.name);
      expect(titles.has(head.title), `duplicate title ${head.title}`).toBe(false);
      titles.add(head.title);
      expect(meta['description'], page.path).toBeTruthy();
      expect(meta['og:description'], page.path).toBe(meta['description']);
      expect(head.canonical, page.path).toBe(url);
      expect(meta['og:url'], page.path).toBe(url);
      expect(meta['og:type'], page.path).toBe(page.type);
      expect(meta['og:image'], page.path).toBe(`${origin}/og/${page.topic}.png`);
      expect(meta['og:site_name'], page.path).toBe(SITE_NAME);
      expect(meta['og:locale'], page.path).toBe('vi_VN');
      expect(meta['twitter:card'], page.path).toBe('summary_large_image');
      expect(meta['twitter:image'], page.path).toBe(meta['og:image']);
      expect(meta['robots'], page.path).toBeUndefined();
      expect(head.h1, page.path).toBeTruthy();
    }
  });

  it('share images exist for every topic used, 1200×630 and small', () => {
    const images = new Set(pages.map((p) => `og/${p.topic}.png`).concat('og/default.png'));
    for (const image of images) {
      const file = join(dir, image);
      expect(existsSync(file), image).toBe(true);
      expect(pngSize(file), image).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, image).toBeLessThan(60_000);
    }
  });

  it('the shell and the not-found page are never indexed and carry no canonical URL', () => {
    for (const path of [SHELL_PATH, '/404.html']) {
      const head = readHead(path);
      expect(head.meta['robots'], path).toBe('noindex');
      expect(head.canonical, path).toBeUndefined();
    }
    expect(readHead(SHELL_PATH).h1).toBe('');
  });

  it('no HTML carries what the CSP would block: scripts and styles but the hashed ones, style or on* attributes', () => {
    const files = htmlFiles();
    expect(files.length).toBeGreaterThan(pages.length);
    const csp = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/;
    const styleSources = new Set<string>();
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const policy = csp.exec(html)?.[1];
      expect(policy, file).toContain("script-src 'self'");
      expect(policy, file).toContain("object-src 'none'");
      expect(policy, file).not.toContain('unsafe-inline');
      // One inline script: the loader of the entry (src/build/deferred-entry.ts), allowed by its own hash
      // and nothing looser; it names an entry that exists. Any other script is a file or JSON data.
      const loaders = [...html.matchAll(/<script type="module" id="boot" data-src="\/(assets\/[^"]+\.js)">([^<]*)<\/script>/g)];
      expect(loaders.map((m) => m[2]), file).toEqual([LOADER]);
      expect(existsSync(join(dir, loaders[0]![1]!)), file).toBe(true);
      expect(policy, file).toContain(`script-src 'self' ${cspHash(LOADER)};`);
      for (const [tag] of html.replace(loaders[0]![0], '').matchAll(/<script\b[^>]*>/g)) {
        expect(/\bsrc="/.test(tag) || /type="application\/json"/.test(tag), `${file}: ${tag}`).toBe(true);
      }
      // The app's stylesheet, inlined (no render-blocking request): one <style>, after the policy,
      // allowed by its own hash and nothing looser; no stylesheet link left.
      const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
      expect(styles.length, file).toBe(1);
      expect(html.match(/<style\b/g)?.length, file).toBe(1);
      expect(html.indexOf('<style>'), file).toBeGreaterThan(html.search(csp));
      expect(styles[0]!.length, file).toBeGreaterThan(5000);
      const hash = createHash('sha256').update(styles[0]!, 'utf8').digest('base64');
      expect(policy, file).toContain(`style-src 'self' 'sha256-${hash}';`);
      expect(html, file).not.toMatch(/<link\b[^>]*rel="stylesheet"/);
      styleSources.add(/style-src[^;]*/.exec(policy!)![0]);
      expect(html, file).not.toMatch(/\sstyle="/);
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+="/);
      // The manifest link is added by the loader after the first paint; the favicon needs no request.
      expect(html, file).not.toContain('rel="manifest"');
      expect(html, file).toMatch(/<link rel="icon" href="data:image\/svg\+xml,/);
    }
    // Every page the same CSS, so one hash: a header CSP could name it once for the whole site.
    expect([...styleSources]).toHaveLength(1);
  });
});

describe('precache', () => {
  const entries = precacheEntries();
  const paths = entries.map((e) => entryPath(e.url));
  const fixed = FIXED_PAGES.filter((p) => existsSync(htmlFileOf(p)));
  const assets = readdirSync(join(dir, 'assets')).filter((f) => /\.(js|css)$/.test(f));

  it('holds the shell, the 404 page, every fixed page and the web manifest, under clean URLs', () => {
    expect(fixed.length).toBeGreaterThanOrEqual(8);
    for (const path of [...fixed, SHELL_PATH, '/404.html', '/manifest.webmanifest']) expect(paths, path).toContain(path);
    expect(paths.filter((p) => p.endsWith('index.html'))).toEqual([]);
  });

  it('holds all of the app’s code and styles, and every entry is a file that exists', () => {
    for (const asset of assets) expect(paths, asset).toContain(`/assets/${asset}`);
    for (const path of paths) expect(existsSync(htmlFileOf(path)), path).toBe(true);
  });

  it('holds nothing that grows with content: no deep link, no /content/ file, no share image, no map', () => {
    const deep = /^\/(chien-dich|mo-hinh|bai-viet|so-lieu)\/[^/]+\//;
    expect(paths.filter((p) => deep.test(p) || p.startsWith('/content/') || p.startsWith('/og/') || p.endsWith('.map') || p.includes('.vite'))).toEqual([]);
    const ids = pages.map((p) => p.path.split('/')[2]!);
    expect(paths.filter((p) => ids.some((id) => p.includes(id)))).toEqual([]);
  });

  it('ships no build-only chunk: no prerender entry, no compiled content in the code', () => {
    expect(assets.filter((a) => /^prerender/.test(a))).toEqual([]);
    const code = assets.filter((a) => a.endsWith('.js')).map((a) => readFileSync(join(dir, 'assets', a), 'utf8'));
    expect(code.filter((c) => /export\s*\{[^}]*\bprerender\b/.test(c))).toEqual([]);
    // Long content texts only ever travel as /content/ JSON, never inside the app's code.
    const texts = items<Campaign>('campaigns').map((c) => c.description.slice(0, 80)).concat(items<Article>('articles').map((a) => a.summary.slice(0, 80)));
    for (const text of texts) expect(code.some((c) => c.includes(text)), text).toBe(false);
  });

  it('stays within 300 KB gzip (size reported)', () => {
    let raw = 0;
    let gzip = 0;
    for (const path of paths) {
      const body = readFileSync(htmlFileOf(path));
      raw += body.length;
      gzip += gzipSync(body, { level: 9 }).length;
    }
    console.log(`precache: ${entries.length} entries, ${(raw / 1024).toFixed(1)} KB raw, ${(gzip / 1024).toFixed(1)} KB gzip (${pages.length} content pages, none precached)`);
    expect(gzip).toBeLessThan(300 * 1024);
  });
});

describe('web manifest', () => {
  const web = readJSON<Record<string, unknown> & { icons: { src: string; sizes: string; purpose?: string }[]; shortcuts: { name: string; url: string }[] }>('manifest.webmanifest');

  it('names the app in Vietnamese, with a short name of at most 12 characters', () => {
    expect(web['name']).toBe('Toàn dân bảo vệ an ninh Tổ quốc');
    expect(String(web['short_name']).length).toBeLessThanOrEqual(12);
    expect(web).toMatchObject({ lang: 'vi', scope: '/', display: 'standalone' });
    expect(String(web['start_url']).startsWith('/')).toBe(true);
    expect(web['theme_color']).toMatch(/^#[0-9a-f]{6}$/i);
    expect(web['background_color']).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('has 192 and 512 icons and a maskable one, each the size it claims', () => {
    const bySize = (size: string, purpose: string) => web.icons.find((i) => i.sizes === size && (i.purpose ?? 'any').includes(purpose));
    for (const icon of [bySize('192x192', 'any'), bySize('512x512', 'any'), bySize('512x512', 'maskable')]) {
      expect(icon).toBeDefined();
      const [w, h] = icon!.sizes.split('x').map(Number);
      expect(pngSize(join(dir, icon!.src))).toEqual({ width: w, height: h });
    }
    expect(pngSize(join(dir, 'apple-touch-icon.png'))).toEqual({ width: 180, height: 180 });
  });

  it('has the Lịch, Mô hình and Đường dây nóng shortcuts, to pages that exist', () => {
    expect(web.shortcuts.map((s) => s.name)).toEqual(['Lịch', 'Mô hình', 'Đường dây nóng']);
    for (const shortcut of web.shortcuts) expect(existsSync(htmlFileOf(shortcut.url)), shortcut.url).toBe(true);
  });
});
