// Page-side helpers for the offline-store tests: read and tamper with the app's IndexedDB the way a
// second tab would (raw API, same origin), and craft content updates the server "publishes".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { ContentManifest } from '../../src/content/schema.ts';

export const distDir = (): string => process.env.DIST_DIR ?? 'dist';
export const builtManifest = (): ContentManifest => JSON.parse(readFileSync(join(distDir(), 'content/manifest.json'), 'utf8'));
export const builtFile = (url: string): string => readFileSync(join(distDir(), url), 'utf8');

/** Every store of the app's database as JSON (null when it does not exist yet); never creates it. */
export function dumpDB(page: Page): Promise<Record<string, unknown[]> | null> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'antq')) return null;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('antq');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name).objectStore(name);
      const read = (r: IDBRequest) => new Promise<unknown>((resolve) => (r.onsuccess = () => resolve(r.result)));
      out[name] = [await read(store.getAllKeys()), await read(store.getAll())];
    }
    db.close();
    return out;
  });
}

/** The stored manifest record, once the store is filled. */
export async function storedManifest(page: Page): Promise<{ manifest: ContentManifest; syncedAt: string } | undefined> {
  const dump = await dumpDB(page);
  if (!dump?.['meta']) return undefined;
  const [keys, values] = dump['meta'] as [string[], unknown[]];
  return values[keys.indexOf('manifest')] as { manifest: ContentManifest; syncedAt: string } | undefined;
}

/** Prefix every stored article title with `mark`: what shows then can only have come from IndexedDB. */
export function markStoredArticles(page: Page, mark: string): Promise<void> {
  return page.evaluate(async (mark) => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('antq');
      request.onsuccess = () => resolve(request.result);
    });
    const tx = db.transaction('national', 'readwrite');
    const store = tx.objectStore('national');
    const request = store.get('articles');
    request.onsuccess = () => {
      const record = request.result as { items: { title: string }[] };
      for (const a of record.items) a.title = `${mark} ${a.title}`;
      store.put(record);
    };
    await new Promise((resolve) => (tx.oncomplete = resolve));
    db.close();
  }, mark);
}

/** A performance mark or measure's detail from the page, once present. */
export function entryDetail(page: Page, name: string): Promise<unknown> {
  return page.evaluate((name) => (performance.getEntriesByName(name).at(-1) as PerformanceMark | undefined)?.detail ?? null, name);
}

/**
 * A manifest the server "publishes" after the built one: same content except the national
 * collection `collection`, which points to a new file URL; the caller decides what that URL serves.
 */
export function publishedUpdate(collection: keyof ContentManifest['national'], builtAtShiftDays = 1) {
  const manifest = builtManifest();
  const version = 'f00d' + manifest.version.slice(4);
  const fileVersion = 'beef' + manifest.national[collection]!.version.slice(4);
  const url = `/content/${collection}.${fileVersion}.json`;
  const builtAt = new Date(Date.parse(manifest.builtAt) + builtAtShiftDays * 86_400_000).toISOString();
  const next: ContentManifest = { ...manifest, version, builtAt, national: { ...manifest.national, [collection]: { ...manifest.national[collection]!, url, version: fileVersion } } };
  const original = JSON.parse(builtFile(manifest.national[collection]!.url)) as { items: unknown[] };
  /** A valid body for the new file: the original items, optionally changed. */
  const validBody = (edit: (items: unknown[]) => unknown[] = (items) => items) => JSON.stringify({ collection, version: fileVersion, items: edit(original.items) });
  return { manifest: next, url, validBody };
}

export const BLANK = '/__blank-for-tests';
/** Serve an empty page on the app's origin: a second "tab" that runs no app code. */
export async function blankTab(page: Page, origin: string): Promise<void> {
  await page.route(origin + BLANK, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' }));
  await page.goto(origin + BLANK);
}
