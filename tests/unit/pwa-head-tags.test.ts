import { describe, expect, it } from 'vitest';
import { canonicalPath, headElements, ogType, pageTopics, shareImageFor } from '../../src/pwa/head-tags.ts';
import { cleanURL, precachedHtmlFiles, SHELL_PATH } from '../../src/pwa/build/pages.ts';
import { cleanURLs, precacheGlobs } from '../../src/pwa/build/plugins.ts';
import { DEFAULT_SITE_ORIGIN, siteOrigin } from '../../src/pwa/build/site-origin.ts';
import type { Model, National } from '../../src/content/schema.ts';

const origin = 'https://antq.example';
const props = (tags: ReturnType<typeof headElements>) =>
  Object.fromEntries(tags.map((t) => [t.props['property'] ?? t.props['name'] ?? t.props['rel'], t.props['content'] ?? t.props['href']]));

describe('headElements', () => {
  it('gives a page its canonical URL, Open Graph and Twitter tags, all absolute', () => {
    const tags = props(
      headElements({ title: 'Ngày toàn dân phòng, chống ma túy', description: 'Ngày 26/6 hằng năm…', path: '/chien-dich/ngay-ma-tuy', image: '/og/ma-tuy.png', siteName: 'ANTQ', origin }),
    );
    expect(tags).toMatchObject({
      description: 'Ngày 26/6 hằng năm…',
      canonical: `${origin}/chien-dich/ngay-ma-tuy/`,
      'og:url': `${origin}/chien-dich/ngay-ma-tuy/`,
      'og:title': 'Ngày toàn dân phòng, chống ma túy',
      'og:description': 'Ngày 26/6 hằng năm…',
      'og:image': `${origin}/og/ma-tuy.png`,
      'og:image:width': '1200',
      'og:image:height': '630',
      'og:type': 'website',
      'og:locale': 'vi_VN',
      'og:site_name': 'ANTQ',
      'twitter:card': 'summary_large_image',
      'twitter:image': `${origin}/og/ma-tuy.png`,
    });
  });
  it('uses the default share image, and marks articles as articles', () => {
    const tags = props(headElements({ title: 'Bài', description: 'd', path: '/bai-viet/mot-bai/', siteName: 'ANTQ', origin }));
    expect(tags['og:image']).toBe(`${origin}/og/default.png`);
    expect(tags['og:type']).toBe('article');
    expect(ogType('/bai-viet/')).toBe('website');
  });
  it('gives a noindex page (not found, the shell) no canonical and no preview tags', () => {
    const tags = props(headElements({ title: 'Không tìm thấy', description: 'd', path: '/404.html', siteName: 'ANTQ', origin, noindex: true }));
    expect(tags).toEqual({ description: 'd', robots: 'noindex' });
  });
});

describe('page paths', () => {
  it('canonical paths end with a slash, files keep their name, queries are dropped', () => {
    expect(canonicalPath('/lich')).toBe('/lich/');
    expect(canonicalPath('/lich/?nam=2026')).toBe('/lich/');
    expect(canonicalPath('/')).toBe('/');
    expect(canonicalPath('/404.html')).toBe('/404.html');
  });
  it('maps built files to the clean URLs the host serves', () => {
    expect(cleanURL('index.html')).toBe('/');
    expect(cleanURL('lich/index.html')).toBe('/lich/');
    expect(cleanURL('404.html')).toBe('/404.html');
    expect(precachedHtmlFiles()).toContain('app-shell/index.html');
    expect(SHELL_PATH).toBe('/app-shell/');
  });
  it('precache globs name the fixed pages one level deep only, never a deep link', () => {
    const globs = precacheGlobs();
    expect(globs).toContain('assets/**/*.{js,css}');
    expect(globs.some((g) => g.includes('**/*.html'))).toBe(false);
    expect(globs.join(' ')).toContain('chien-dich');
  });
  it('rewrites HTML entries to clean URLs and leaves the rest', async () => {
    const { manifest } = await cleanURLs([
      { url: 'index.html', revision: 'a', size: 1 },
      { url: 'lich/index.html', revision: 'b', size: 1 },
      { url: 'assets/app-x.js', revision: null, size: 1 },
    ]);
    expect(manifest.map((e) => e.url)).toEqual(['/', '/lich/', 'assets/app-x.js']);
  });
});

describe('share images', () => {
  it('one image per topic, found by page path', () => {
    expect(shareImageFor('ma-tuy')).toBe('/og/ma-tuy.png');
    expect(shareImageFor(undefined)).toBe('/og/default.png');
    const national = {
      campaigns: [{ id: 'c', topic: 'pccc' }],
      articles: [{ id: 'a', topics: ['hiv-aids', 'ma-tuy'] }],
      figures: [{ id: 'f', topics: ['mua-ban-nguoi'] }],
    } as unknown as National;
    const topics = pageTopics(national, [{ id: 'm', topics: ['antq'] }] as unknown as Model[]);
    expect(Object.fromEntries(topics)).toEqual({ '/chien-dich/c/': 'pccc', '/bai-viet/a/': 'hiv-aids', '/so-lieu/f/': 'mua-ban-nguoi', '/mo-hinh/m/': 'antq' });
  });
});

describe('siteOrigin', () => {
  it('defaults to a reserved placeholder and accepts an http(s) origin', () => {
    expect(siteOrigin(undefined)).toBe(DEFAULT_SITE_ORIGIN);
    expect(siteOrigin('https://antq.gov.vn')).toBe('https://antq.gov.vn');
    expect(siteOrigin('https://antq.gov.vn/')).toBe('https://antq.gov.vn');
  });
  it('refuses anything else, so a typo fails the build rather than every link', () => {
    for (const bad of ['antq.gov.vn', 'ftp://antq.gov.vn', 'https://antq.gov.vn/app', 'https://antq.gov.vn?x=1']) {
      expect(() => siteOrigin(bad)).toThrow(/SITE_ORIGIN/);
    }
  });
});
