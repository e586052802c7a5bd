// Content sync figures, in headless Chromium against the built app: the real seed content on a
// first visit; the synthetic 10,000- and 50,000-listing packs for a phone that follows one province, for an
// update that changes one listing, and (through the bench page) stored whole and searched.
import { join } from 'node:path';
import { build, type PluginBuild } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { readTrustSeeds } from '../../src/notice/admin/trust-dir.ts';
import { startStaticServer } from '../../src/server/static-server.ts';
import { modelChunk } from '../../src/content/compile/hash.ts';
import { decodeProvinceIndex, type ProvinceIndexFile } from '../../src/content/province-index.ts';
import type { Model } from '../../src/content/schema.ts';
import type { Row } from './report.ts';
import { editOne, pack, realContent, siteWith, syntheticModels } from './synthetic.ts';
import { watchWire } from './wire.ts';

const KB = 1024;
const TIMEOUT = 60_000;

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  // tsx compiles evaluate() callbacks with esbuild's keepNames helper; give the page a no-op one.
  await page.addInitScript('globalThis.__name = (f) => f');
  return page;
}

/** The app's last finished sync (its performance measure), once its count reaches `count`. */
async function syncDone(page: Page, count = 1) {
  await page.waitForFunction((n) => performance.getEntriesByName('antq:sync').length >= n, count, { timeout: TIMEOUT });
  return page.evaluate(() => {
    const m = performance.getEntriesByName('antq:sync').at(-1) as PerformanceMeasure;
    const w = performance.getEntriesByName('antq:sync-write').at(-1) as PerformanceMeasure | undefined;
    const loaded = performance.getEntriesByName('antq:store-loaded').at(-1);
    return { start: m.startTime, end: m.startTime + m.duration, duration: m.duration, detail: m.detail as Record<string, number | string>, write: w?.duration ?? 0, storeLoaded: loaded?.startTime ?? NaN };
  });
}

const idbUsage = (page: Page) => page.evaluate(async () => ((await navigator.storage.estimate()) as { usageDetails?: { indexedDB?: number } }).usageDetails?.indexedDB ?? NaN);

/** First visit with the real content: when it shows, when it is stored, what it cost. */
export async function realContentSync(browser: Browser, dist: string): Promise<Row[]> {
  const server = await startStaticServer(dist, 0);
  const page = await newPage(browser);
  try {
    const wire = await watchWire(page);
    await page.goto(server.url + '/');
    const sync = await syncDone(page);
    if (sync.detail['outcome'] !== 'updated') throw new Error(`first sync: ${sync.detail['outcome']}`);
    const section = 'sync · seed content';
    return [
      { section, figure: 'first visit: content store ready (from navigation)', value: sync.storeLoaded, unit: 'ms' },
      { section, figure: 'first visit: everything stored (from navigation)', value: sync.end, unit: 'ms' },
      { section, figure: 'background sync (download + validate + store)', value: sync.duration, unit: 'ms' },
      { section, figure: 'of which the one write transaction', value: sync.write, unit: 'ms' },
      { section, figure: 'bytes on the wire (/content/, gzip)', value: wire.bytes() / KB, unit: 'KB', note: `${wire.requests().length} requests` },
      { section, figure: 'IndexedDB usage', value: (await idbUsage(page)) / KB, unit: 'KB' },
    ];
  } finally {
    await page.context().close();
    await server.close();
  }
}

/** The synthetic pack as a site; a phone following one province; then one listing changes. */
export async function syntheticSync(browser: Browser, dist: string, count = 10_000): Promise<Row[]> {
  const real = await realContent();
  const provinces = real.national.provinces.map((p) => p.id);
  const models = syntheticModels(count, provinces);
  const first = pack(real.national, models, '2026-11-21T03:00:00.000Z');
  const site = await siteWith(dist, first);
  await bundleBenchPage(site.dir);
  let server = await startStaticServer(site.dir, 0);
  const rows: Row[] = [];
  const section = `sync · ${count.toLocaleString('en-US')} listings`;
  try {
    // A phone that follows Hà Nội: national content first, then that province.
    const followed = 'ha-noi';
    const page = await newPage(browser);
    const wire = await watchWire(page);
    await page.goto(server.url + '/');
    await syncDone(page, 1);
    await page.evaluate((province) => new Promise<void>((resolve) => {
      const r = indexedDB.open('antq');
      r.onsuccess = () => {
        const tx = r.result.transaction('settings', 'readwrite');
        tx.objectStore('settings').put({ province, ward: null, textSize: 'normal' }, 'settings');
        tx.oncomplete = () => (r.result.close(), resolve());
      };
    }), followed);
    await page.reload();
    await syncDone(page, 1);
    // Home asks for the followed province's listings at once (fetched on demand), before the sync runs.
    const province = await page.evaluate(() => {
      const m = (performance.getEntriesByName('antq:province').at(-1) ?? performance.getEntriesByName('antq:sync').at(-1)) as PerformanceMeasure;
      return { name: m.name, duration: m.duration, end: m.startTime + m.duration };
    });
    const fetched = wire.requests().map((r) => r.url);
    const others = fetched.filter((u) => u.startsWith('/content/models/') && !u.startsWith(`/content/models/${followed}`));
    const provinceBytes = wire.requests().filter((r) => r.url.startsWith(`/content/models/${followed}`)).reduce((n, r) => n + r.bytes, 0);
    rows.push(
      { section, figure: `follow 1 province (${first.manifest.provinces[followed]!.count} listings): bytes, national + province`, value: wire.bytes() / KB, unit: 'KB', note: `province ${Math.round(provinceBytes / KB)} KB; other provinces fetched: ${others.length}` },
      { section, figure: 'follow 1 province: other provinces downloaded', value: others.length, budget: { max: 0 } },
      { section, figure: 'follow 1 province: its listings downloaded + stored', value: province.duration, unit: 'ms', note: `${province.name === 'antq:province' ? 'on demand, for the first screen' : 'by the sync'}; done ${Math.round(province.end)} ms after navigation` },
      { section, figure: 'IndexedDB usage, national + 1 province', value: (await idbUsage(page)) / KB / KB, unit: 'MB', budget: { max: 5 } },
    );

    // One listing of the followed province changes on the server.
    const index = models.findIndex((m) => m.locality.province === followed);
    const next = pack(real.national, editOne(models, index), '2026-11-22T03:00:00.000Z');
    await site.publish(next);
    // The static server caches gzip bodies by path: a new one serves the new manifest.
    const port = Number(new URL(server.url).port);
    await server.close();
    server = await startStaticServer(site.dir, port);
    wire.reset();
    await page.reload();
    const update = await syncDone(page, 1);
    const listingsRewritten = chunkSize(next, models[index]!);
    rows.push(
      { section, figure: 'one listing changed: bytes on the wire', value: wire.bytes() / KB, unit: 'KB', budget: { max: 5 }, note: wire.requests().map((r) => `${r.url.replace(/^\/content\//, '').replace(/\.[0-9a-f]{8,}\.json$/, '')} ${r.bytes} B`).join(', ') },
      { section, figure: 'one listing changed: records rewritten', value: Number(update.detail['shardsWritten']) + Number(update.detail['collectionsWritten']), budget: { max: 1 }, note: `the record (slot) holding the changed chunk file of ${listingsRewritten} listings; ${update.detail['shardsDeleted']} deleted` },
      { section, figure: 'one listing changed: sync time', value: update.duration, unit: 'ms' },
    );
    await page.context().close();

    // The whole pack stored in one update, then indexed and searched, on the bench page.
    rows.push(...(await storeAllAndSearch(browser, server.url, count)));
    return rows;
  } finally {
    await server.close();
    await site.dispose();
  }
}

/** How many listings share the chunk record of `model` in pack `p`. */
function chunkSize(p: ReturnType<typeof pack>, model: Model): number {
  const index = decodeProvinceIndex(JSON.parse(p.files.get(p.manifest.provinces[model.locality.province]!.url.slice(1))!) as ProvinceIndexFile);
  return index.chunks.find((c) => c.chunk === modelChunk(model.id, index.buckets))?.count ?? NaN;
}

/** Bundle tests/bench/page into `<site>/__bench/`: the app's modules, nothing else. */
async function bundleBenchPage(siteDir: string): Promise<void> {
  const out = join(siteDir, '__bench');
  // The sync verifies the ward list against the trusted roots, a virtual module of the app's build: the same roots here.
  const roots = { name: 'antq-trust-roots', setup(b: PluginBuild) {
    b.onResolve({ filter: /^virtual:antq-roots$/ }, () => ({ path: 'roots', namespace: 'antq' }));
    b.onLoad({ filter: /^roots$/, namespace: 'antq' }, async () => ({ contents: `export default ${JSON.stringify((await readTrustSeeds()).roots)};`, loader: 'js' }));
  } };
  await build({ entryPoints: ['tests/bench/page/store-bench.ts'], bundle: true, splitting: true, format: 'esm', target: 'es2022', minify: true, outdir: out, logLevel: 'error', jsx: 'automatic', jsxImportSource: 'preact', plugins: [roots] });
  const { writeFile } = await import('node:fs/promises');
  await writeFile(join(out, 'index.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="/__bench/store-bench.js"></script>');
}

/** Typing as residents would: every prefix of each phrase, diacritics as typed. */
export const QUERY_PHRASES = ['tuần tra', 'camera an ninh', 'phòng chống ma túy', 'hòa giải', 'tổ tự quản', 'nhà trọ an toàn', 'đắk lắk', '113', 'lừa đảo qua mạng', 'chợ an toàn', 'phường bình an', 'thanh niên tình nguyện', 'mua bán người', 'cháy nổ', 'hà nội', 'dong ho khong co toi pham'];
export const typedQueries = (): string[] => QUERY_PHRASES.flatMap((p) => Array.from({ length: p.length }, (_, i) => p.slice(0, i + 1)).filter((q) => !q.endsWith(' ')));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const median = (values: number[]) => percentile([...values].sort((a, b) => a - b), 0.5);
const RUNS = 3;

/** shared/docs/performance.md: 10,000 listings stored + indexed ≤ 600 ms, index ≤ 15 MB; at scale (50,000) ≤ 1.5 s and ≤ 40 MB. */
const storeBudgets = (count: number) => (count <= 10_000 ? { storeIndexMs: 600, writeMs: 600, heapMB: 15 } : { storeIndexMs: 1500, writeMs: undefined, heapMB: 40 });

async function storeAllAndSearch(browser: Browser, origin: string, count: number): Promise<Row[]> {
  const budgets = storeBudgets(count);
  const page = await newPage(browser);
  const section = `store + search · ${count.toLocaleString('en-US')} listings`;
  try {
    const cdp = await page.context().newCDPSession(page);
    await page.goto(origin + '/__bench/');
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: TIMEOUT });
    // The machine may be busy: each timing is the median of RUNS runs.
    const storeRuns: { total: number; write: number; shards: number; chunks: number; listings: number }[] = [];
    for (let i = 0; i < RUNS; i++) {
      await page.evaluate(() => (globalThis as any).bench.reset());
      storeRuns.push(await page.evaluate(() => (globalThis as any).bench.storeAll()));
    }
    const stored = { ...storeRuns[0]!, total: median(storeRuns.map((r) => r.total)), write: median(storeRuns.map((r) => r.write)) };
    const heap = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    };
    const before = await heap();
    const indexRuns: { read: number; build: number }[] = [];
    for (let i = 0; i < RUNS; i++) indexRuns.push(await page.evaluate(() => (globalThis as any).bench.buildIndex()));
    const after = await heap();
    const indexed = { read: median(indexRuns.map((r) => r.read)), build: median(indexRuns.map((r) => r.build)) };
    const queries = typedQueries();
    const { times, results } = await page.evaluate(([q]) => (globalThis as any).bench.search(q, 5), [queries] as const);
    await page.evaluate(() => (globalThis as any).bench.dropIndex());
    const built = await page.evaluate(() => (globalThis as any).bench.firstSearch('tuan tra'));
    await page.waitForFunction(() => (globalThis as any).bench.indexSaved(), null, { timeout: TIMEOUT, polling: 100 });
    await page.reload();
    await page.waitForFunction(() => document.title === 'bench ready', null, { timeout: TIMEOUT });
    const saved = await page.evaluate(() => (globalThis as any).bench.firstSearch('tuan tra'));
    const sorted = [...(times as number[])].sort((a, b) => a - b);
    const empty = (results as number[]).filter((n) => n === 0).length;
    return [
      { section, figure: 'whole pack in one update: download + validate', value: stored.total - stored.write, unit: 'ms', note: `${stored.listings} listings in ${stored.chunks} chunk files, from a local server; median of ${RUNS}` },
      { section, figure: 'whole pack in one update: the write transaction', value: stored.write, unit: 'ms', ...(budgets.writeMs ? { budget: { max: budgets.writeMs } } : {}), note: `${stored.shards} records (≤ 32 per province) + national + versions; runs ${storeRuns.map((r) => Math.round(r.write)).join(', ')} ms` },
      { section, figure: 'search index built from IndexedDB (read + index)', value: indexed.read + indexed.build, unit: 'ms', note: `read ${Math.round(indexed.read)} ms, index ${Math.round(indexed.build)} ms; runs ${indexRuns.map((r) => Math.round(r.read + r.build)).join(', ')} ms` },
      { section, figure: 'stored + search-indexed (write + read + index)', value: stored.write + indexed.read + indexed.build, unit: 'ms', budget: { max: budgets.storeIndexMs } },
      { section, figure: 'search index, JS heap', value: (after - before) / KB / KB, unit: 'MB', budget: { max: budgets.heapMB } },
      { section, figure: 'first search of a page load, no saved index (read + build + query)', value: built.ms, unit: 'ms', note: `${built.total} results; the index is then saved in IndexedDB` },
      { section, figure: 'first search of a later page load (saved index read back)', value: saved.ms, unit: 'ms' },
      { section, figure: `query p50 (${queries.length} typed prefixes × 5)`, value: percentile(sorted, 0.5), unit: 'ms' },
      { section, figure: 'query p95', value: percentile(sorted, 0.95), unit: 'ms', budget: { max: 5 } },
      { section, figure: 'query max', value: sorted.at(-1)!, unit: 'ms', note: `${empty} of ${queries.length} queries found nothing` },
    ];
  } finally {
    await page.context().close();
  }
}
