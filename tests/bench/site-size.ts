// The whole site's scale: how long the build took (written by build-timed.ts), how many HTML pages it
// prerendered, how big dist/ is; and the list of every commune: its gzip bytes, and when a first visit
// to home fetches it (after the first render, by the background sync: never on the first load).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';
import { gzipBytes } from './bytes.ts';
import type { Row } from './report.ts';

function walk(dir: string): { html: number; files: number; bytes: number } {
  const total = { html: 0, files: 0, bytes: 0 };
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = walk(path);
      total.html += sub.html;
      total.files += sub.files;
      total.bytes += sub.bytes;
    } else {
      total.files += 1;
      total.bytes += statSync(path).size;
      if (entry.name.endsWith('.html')) total.html += 1;
    }
  }
  return total;
}

/** Build time, HTML files, dist size (deterministic but for the time). */
export function siteRows(dist: string): Row[] {
  const section = 'site build';
  const built = existsSync('bench-results/build.json') ? (JSON.parse(readFileSync('bench-results/build.json', 'utf8')) as { seconds: number }) : undefined;
  const { html, files, bytes } = walk(dist);
  const places = (readdirSync(join(dist, 'dia-phuong'), { recursive: true }) as string[]).filter((f) => f.endsWith('index.html')).length;
  return [
    { section, figure: 'whole build (vite build, every page prerendered)', value: built ? Math.round(built.seconds * 10) / 10 : 'not timed', unit: 's', note: built ? 'npm run bench builds through tests/bench/build-timed.ts' : 'run npm run bench to time the build' },
    { section, figure: 'HTML files', value: html, note: `${places} of them place pages (/dia-phuong/)` },
    { section, figure: 'dist size', value: Math.round((bytes / 1024 / 1024) * 10) / 10, unit: 'MB', note: `${files} files` },
  ];
}

/** The list of every commune: gzip bytes, and when home's first visit fetches it relative to the first render. */
export async function placeListRows(browser: Browser, dist: string): Promise<Row[]> {
  const section = 'place list (3,321 communes)';
  const manifest = JSON.parse(readFileSync(join(dist, 'content/manifest.json'), 'utf8')) as { places?: { url: string } };
  if (!manifest.places) throw new Error('the manifest lists no place list');
  const body = readFileSync(join(dist, manifest.places.url));
  const server = await startStaticServer(dist, 0);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(server.url + '/');
    await page.waitForFunction(() => document.documentElement.dataset['app'] === 'ready', undefined, { timeout: 30_000 });
    // Page clock: the first render (src/main.tsx marks it) and the place list's request, if any within 30 s.
    const url = server.url + manifest.places.url;
    const timing = await page
      .waitForFunction(
        (url) => {
          const rendered = performance.getEntriesByName('antq:rendered')[0]?.startTime;
          const places = performance.getEntriesByName(url)[0]?.startTime;
          return rendered !== undefined && places !== undefined && { rendered, places };
        },
        url,
        { timeout: 30_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<{ rendered: number; places: number }>, () => undefined);
    const renderedAt = timing ? Math.round(timing.rendered) : undefined;
    const fetched = timing ? Math.round(timing.places) : undefined;
    const beforeRender = timing !== undefined && timing.places < timing.rendered;
    return [
      { section, figure: 'bytes (gzip)', value: Math.round((gzipBytes(body) / 1024) * 10) / 10, unit: 'KB', note: `${Math.round(body.length / 1024)} KB raw, ${manifest.places.url}` },
      {
        section,
        figure: 'fetched on home’s first visit before its first render',
        value: beforeRender ? 1 : 0,
        budget: { max: 0 },
        note: fetched === undefined ? 'not fetched within 30 s' : `fetched ${fetched} ms after navigation, by the background sync; the app rendered at ${renderedAt} ms`,
      },
    ];
  } finally {
    await context.close();
    await server.close();
  }
}
