// Helpers for the PWA tests: reading a built dist/ (precache list, prerendered pages' heads) and
// talking to the service worker from a page.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const distDir = (): string => process.env.DIST_DIR ?? 'dist';

export interface PrecacheEntry {
  url: string;
  revision: string | null;
}

/** The precache list workbox injected into dist/sw.js. */
export function precacheEntries(dir = distDir()): PrecacheEntry[] {
  const sw = readFileSync(join(dir, 'sw.js'), 'utf8');
  const match = /\[\{"revision":[^\]]*\]/.exec(sw);
  if (!match) throw new Error('no precache manifest found in sw.js');
  return JSON.parse(match[0]) as PrecacheEntry[];
}

/** `/x/` for an entry URL, whether workbox wrote it relative (`assets/a.js`) or absolute (`/lich/`). */
export const entryPath = (url: string): string => (url.startsWith('/') ? url : `/${url}`);

export const DEEP_SECTIONS = ['chien-dich', 'mo-hinh', 'bai-viet', 'so-lieu'] as const;

/** Every prerendered deep link in dist/ (`/chien-dich/<id>/` …), sorted. */
export function deepLinks(dir = distDir()): string[] {
  const links: string[] = [];
  for (const section of DEEP_SECTIONS) {
    const folder = join(dir, section);
    if (!existsSync(folder)) continue;
    for (const id of readdirSync(folder, { withFileTypes: true })) {
      if (id.isDirectory() && existsSync(join(folder, id.name, 'index.html'))) links.push(`/${section}/${id.name}/`);
    }
  }
  return links.sort();
}

/** The built HTML file a clean URL is served from. */
export const htmlFileOf = (path: string, dir = distDir()): string =>
  join(dir, path.endsWith('/') ? `${path.slice(1)}index.html` : path.slice(1));

const decode = (s: string): string =>
  s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [, name, value] of tag.matchAll(/([a-zA-Z:-]+)="([^"]*)"/g)) out[name!.toLowerCase()] = decode(value!);
  return out;
}

/** What a crawler reads in a page's raw HTML: title, first h1, meta (name/property → content), canonical. */
export function rawHead(html: string): { title: string; h1: string; meta: Record<string, string>; canonical: string | undefined } {
  const title = decode(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '');
  const h1 = decode((/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, '').trim());
  const meta: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<meta\s[^>]*>/g)) {
    const a = attributes(tag);
    const key = a['property'] ?? a['name'];
    if (key && a['content'] !== undefined) meta[key] = a['content'];
  }
  const canonical = [...html.matchAll(/<link\s[^>]*>/g)].map(([tag]) => attributes(tag)).find((a) => a['rel'] === 'canonical')?.['href'];
  return { title, h1, meta, canonical };
}

export const readHead = (path: string, dir = distDir()) => rawHead(readFileSync(htmlFileOf(path, dir), 'utf8'));

/** The app has rendered (not just its prerendered HTML): the PWA slot marks the build once it runs. */
export async function appReady(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => document.documentElement.dataset['build'] !== undefined, undefined, { timeout });
  await page.locator('.share-bar').first().waitFor({ timeout });
}

/**
 * Wait until the page stops changing: no DOM mutation for `frames` animation frames in a row (the
 * app has applied what it read from the URL, effects included). Fails if it never settles.
 */
export async function domSettled(page: Page, frames = 3, timeout = 10_000): Promise<void> {
  await page.evaluate(
    ({ frames, timeout }) =>
      new Promise<void>((resolve, reject) => {
        let quiet = 0;
        const observer = new MutationObserver(() => (quiet = 0));
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        const fail = setTimeout(() => (observer.disconnect(), reject(new Error(`the page kept changing for ${timeout} ms`))), timeout);
        const next = () =>
          requestAnimationFrame(() => {
            if (++quiet < frames) return next();
            observer.disconnect();
            clearTimeout(fail);
            resolve();
          });
        next();
      }),
    { frames, timeout },
  );
}

/** Wait until a service worker controls the page. */
export async function waitForController(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout });
}

/** The build id of the worker controlling the page (GET_VERSION message). */
export function workerBuild(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const controller = navigator.serviceWorker.controller;
        if (!controller) return reject(new Error('no controller'));
        const channel = new MessageChannel();
        channel.port1.onmessage = (event) => resolve((event.data as { build: string }).build);
        controller.postMessage({ type: 'GET_VERSION' }, [channel.port2]);
        setTimeout(() => reject(new Error('no answer from the worker')), 5_000);
      }),
  );
}

/** Every response in Cache Storage: cache, URL, type and status. */
export function cachedResponses(page: Page): Promise<{ cache: string; url: string; type: string; status: number }[]> {
  return page.evaluate(async () => {
    const out: { cache: string; url: string; type: string; status: number }[] = [];
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) {
        const response = await cache.match(request);
        out.push({ cache: name, url: request.url, type: response?.type ?? 'missing', status: response?.status ?? 0 });
      }
    }
    return out;
  });
}

/**
 * Build the app into `outDir` with extra environment (e.g. BUILD_ID), serialised with other builds
 * on this machine (the prerender plugin uses a fixed temp dir) when flock is available.
 */
export async function buildApp(outDir: string, env: Record<string, string>): Promise<void> {
  const { spawnSync } = await import('node:child_process');
  const vite = ['node_modules/.bin/vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'];
  const hasFlock = spawnSync('flock', ['--version']).status === 0;
  const [command, ...args] = hasFlock ? ['flock', '/tmp/antq-build.lock', ...vite] : vite;
  // NODE_ENV=test (vitest's) would make a development build (import.meta.env.DEV): not what is deployed.
  const result = spawnSync(command!, args, { env: { ...process.env, NODE_ENV: 'production', ...env }, encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`build of ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}

/** Everything in an IndexedDB database: per store, its records (keys and values), for before/after comparisons. */
export function dumpDatabase(page: Page, name: string): Promise<Record<string, unknown[]>> {
  return page.evaluate(
    (dbName) =>
      new Promise<Record<string, unknown[]>>((resolve, reject) => {
        const open = indexedDB.open(dbName);
        open.onerror = () => reject(open.error);
        open.onsuccess = async () => {
          const db = open.result;
          const out: Record<string, unknown[]> = {};
          for (const store of Array.from(db.objectStoreNames)) {
            out[store] = await new Promise<unknown[]>((done) => {
              const request = db.transaction(store).objectStore(store).getAll();
              request.onsuccess = () => done(request.result);
              request.onerror = () => done([]);
            });
          }
          db.close();
          resolve(out);
        };
      }),
    name,
  );
}
