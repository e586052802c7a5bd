// `npm run bench` (= tsx tests/bench/build-timed.ts && tsx tests/bench/run.ts): every figure of shared/docs/performance.md,
// printed as a table with its budget and OK/MISS, and written to bench-results/bench.json:
//   1. bytes (deterministic): home HTML, home's first-load JS + CSS, each lazy route's extra JS, the precache;
//   2. Lighthouse 12 mobile defaults, median of 3, on home, the calendar and one model deep link, and on
//      the floor (an empty Preact page built with the same tools, tests/bench/floor/), interleaved;
//   3. ratios ours / floor for LCP (budget 1.15×) and first-load bytes;
//   4. an offline repeat visit of the deep link in headless Chromium, median of 5; CLS of each page on
//      three days other than the build day (clock moved, tests/browser/layout-shift.ts);
//   5. content sync, store and search (content-sync.ts), at 10,000 and 50,000 listings;
//   6. notices: verify time p95 at CPU ×4, link length and QR version of a 300-character notice (notices.ts);
//   7. search relevance: hits@1 and hits@3 of the relevance set (relevance.ts).
// Everything is served by src/server/static-server.ts (gzip, clean URLs), as a static host would.
// DIST_DIR picks another build (default dist/); BENCH_OUT another output file; BENCH_DEEP_LINK another
// deep link; BENCH_LIGHTHOUSE_RUNS fewer or more Lighthouse runs (default 3).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../../src/server/static-server.ts';
import { launchOptions } from '../browser/harness.ts';
import { deepLinks } from '../browser/pwa-helpers.ts';
import { BUDGETS } from './budgets.ts';
import { gzipBytes, measureBytes, measurePrecache, type ByteFigures } from './bytes.ts';
import { realContentSync, syntheticSync } from './content-sync.ts';
import { lighthouseMedians, type LighthouseFigures } from './lighthouse.ts';
import { noticeBench } from './notices.ts';
import { offlineRepeatVisit } from './offline-visit.ts';
import { relevance } from './relevance.ts';
import { layoutShifts } from '../browser/layout-shift.ts';
import { status, table, writeJson, type Row } from './report.ts';
import { placeListRows, siteRows } from './site-size.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const out = process.env.BENCH_OUT ?? 'bench-results/bench.json';
const lighthouseRuns = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: build first (npm run bench does)`);

const KB = 1024;
const LH = BUDGETS.lighthouse;
const started = Date.now();
const rows: Row[] = [];
const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
const loadAtStart = load();
const detail: Record<string, unknown> = { dist: resolve(dist), loadAverageAtStart: loadAtStart };
const errors: string[] = [];
const progress = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

/** Run one part of the bench; a failure becomes an ERROR row and the rest still runs. */
async function part(section: string, body: () => Promise<void>): Promise<void> {
  progress(section);
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    errors.push(`${section}: ${message}`);
    rows.push({ section, figure: 'ERROR', value: 'ERROR', note: message.split('\n')[0]!.slice(0, 200) });
  }
}

// The deep link: a model of the real content (the one of the issue when it exists).
const PREFERRED = '/mo-hinh/cong-an-phuong-dien-hinh-kieu-mau-ha-noi/';
const models = deepLinks(dist).filter((p) => p.startsWith('/mo-hinh/'));
const deepLink = process.env.BENCH_DEEP_LINK ?? (models.includes(PREFERRED) ? PREFERRED : models[0]);
if (!deepLink) throw new Error(`no model deep link in ${dist}`);
/** Days other than the build day (the issue's): the app corrects what the prerender said about "today". */
const MOVED_DAYS = ['2027-06-20', '2028-07-29', '2030-12-01'];
/** Lighthouse's mobile screen. */
const LIGHTHOUSE_MOBILE = { width: 412, height: 823 };
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'calendar', path: '/lich/' },
  { name: 'model', path: deepLink },
  // A commune page (every one is prerendered the same way; this one has a model and old names).
  { name: 'commune', path: process.env.BENCH_COMMUNE ?? '/dia-phuong/ha-noi/ha-dong/' },
];

/** The floor app: an empty Preact page built with the same tools, into a temporary directory. */
async function buildFloor(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'antq-floor-'));
  const vite = ['node_modules/.bin/vite', 'build', '--config', 'tests/bench/floor/vite.config.ts', '--outDir', dir, '--emptyOutDir', '--logLevel', 'warn'];
  // Builds are serialised on this machine (the prerender plugin uses a fixed temp dir).
  const hasFlock = spawnSync('flock', ['--version']).status === 0;
  const [command, ...args] = hasFlock ? ['flock', '/tmp/antq-build.lock', ...vite] : vite;
  const result = spawnSync(command!, args, { env: { ...process.env, NODE_ENV: 'production' }, encoding: 'utf8', timeout: 120_000 });
  if (result.status !== 0) throw new Error(`floor build failed:\n${result.stdout}\n${result.stderr}`);
  return dir;
}

const measureOne = (d: string, f: string) => gzipBytes(readFileSync(join(d, f)));
const firstLoadNote = (b: ByteFigures, d: string) => {
  const sizes = b.homeFirstLoadFiles.map((f) => ({ f: f.replace(/^assets\//, '').replace(/-[\w-]{8}\.(js|css)$/, '.$1'), gz: measureOne(d, f) }));
  if (b.homeInlineCssGz) sizes.push({ f: 'CSS inlined in the HTML', gz: b.homeInlineCssGz });
  if (b.homeInlineJsGz) sizes.push({ f: 'JS inlined in the HTML', gz: b.homeInlineJsGz });
  const top = sizes.sort((a, b2) => b2.gz - a.gz).slice(0, 4).map((s) => `${s.f} ${(s.gz / KB).toFixed(1)}`);
  return `${b.homeFirstLoadGz} B in ${b.homeFirstLoadFiles.length} files${b.homeInlineCssGz ? ' + inline CSS' : ''}${b.homeInlineJsGz ? ' + inline JS' : ''}; largest ${top.join(', ')} KB`;
};

let ours: ByteFigures | undefined;
let floorBytes: ByteFigures | undefined;
let floorDir: string | undefined;

await part('bytes (gzip)', async () => {
  const section = 'bytes (gzip)';
  ours = measureBytes(dist);
  const precache = measurePrecache(dist);
  detail['bytes'] = ours;
  rows.push(
    { section, figure: 'home HTML', value: ours.homeHtmlGz / KB, unit: 'KB', budget: { max: BUDGETS.homeHtmlKB }, note: `${ours.homeHtmlGz} B` },
    { section, figure: 'home first load: JS + CSS before interactive', value: ours.homeFirstLoadGz / KB, unit: 'KB', budget: { max: BUDGETS.homeFirstLoadKB }, note: firstLoadNote(ours, dist) },
  );
  for (const [src, gz] of Object.entries(ours.routeExtraGz).sort(([a], [b]) => a.localeCompare(b))) {
    rows.push({ section, figure: `on demand: ${src.replace(/^src\//, '')} (extra JS + CSS)`, value: gz / KB, unit: 'KB' });
  }
  // Content independence: nothing in the precache is there because of a content item.
  const grows = precache.urls.filter((u) => /^\/?(chien-dich|mo-hinh|bai-viet|so-lieu)\/[^/]+\/|^\/?(content|og)\//.test(u));
  const contentPages = deepLinks(dist).length;
  detail['precache'] = precache;
  rows.push(
    { section, figure: `precache (${precache.entries} entries)`, value: precache.gz / KB, unit: 'KB', budget: { max: BUDGETS.precacheKB }, note: `${Math.round(precache.raw / KB)} KB raw; images counted as gzipped` },
    { section, figure: 'precache entries that grow with content', value: grows.length, budget: { max: 0 }, note: `${contentPages} content pages in the build; ${grows.length ? `precached: ${grows.slice(0, 3).join(', ')}` : 'none of them precached'}` },
  );
});

await part('site build', async () => void rows.push(...siteRows(dist)));

await part('floor build', async () => {
  floorDir = await buildFloor();
  floorBytes = measureBytes(floorDir);
  detail['floorBytes'] = floorBytes;
});

let lighthouse: LighthouseFigures[] = [];
await part('lighthouse', async () => {
  const server = await startStaticServer(dist, 0);
  const floorServer = floorDir ? await startStaticServer(floorDir, 0) : undefined;
  try {
    const urls = [...PAGES.map((p) => server.url + p.path), ...(floorServer ? [floorServer.url + '/'] : [])];
    let n = 0;
    lighthouse = await lighthouseMedians(urls, lighthouseRuns, (url, round, r) =>
      progress(`lighthouse ${++n}/${urls.length * lighthouseRuns}: ${url.replace(/^http:\/\/[^/]+/, floorServer && url.startsWith(floorServer.url) ? 'floor ' : '')} perf ${r.performance}, LCP ${Math.round(r.lcpMs)} ms, TBT ${Math.round(r.tbtMs)} ms (round ${round + 1})`),
    );
  } finally {
    await server.close();
    await floorServer?.close();
  }
  detail['lighthouse'] = lighthouse;
  const runsNote = (k: 'fcpMs' | 'lcpMs' | 'tbtMs', f: LighthouseFigures) => `runs ${f.each.map((r) => Math.round(r[k])).join(', ')}`;
  for (const [i, page] of PAGES.entries()) {
    const f = lighthouse[i]!;
    const section = `lighthouse · ${page.name}`;
    rows.push(
      { section, figure: 'performance', value: f.performance, budget: { min: LH.performance }, note: `${page.path}; runs ${f.each.map((r) => r.performance).join(', ')}; CPU benchmark index ${Math.round(f.benchmarkIndex)}${f.failing.length ? `; below 0.9: ${f.failing.join('; ')}` : ''}` },
      { section, figure: 'accessibility', value: f.accessibility, budget: { min: LH.accessibility } },
      { section, figure: 'best practices', value: f.bestPractices, budget: { min: LH.bestPractices } },
      { section, figure: 'SEO', value: f.seo, budget: { min: LH.seo } },
      { section, figure: 'FCP', value: f.fcpMs, unit: 'ms', note: runsNote('fcpMs', f) },
      { section, figure: 'LCP', value: f.lcpMs, unit: 'ms', budget: { max: LH.lcpMs }, note: `${runsNote('lcpMs', f)}; element ${f.lcpElement || '?'}` },
      { section, figure: 'TBT', value: f.tbtMs, unit: 'ms', budget: { max: LH.tbtMs }, note: runsNote('tbtMs', f) },
      { section, figure: 'CLS', value: Math.round(f.cls * 1000) / 1000, budget: { max: LH.cls } },
    );
  }
});

await part('floor (empty Preact page, same tools)', async () => {
  const section = 'floor (empty Preact page, same tools)';
  if (!floorBytes) throw new Error('no floor build');
  const f = lighthouse[PAGES.length];
  rows.push(
    { section, figure: 'HTML', value: floorBytes.homeHtmlGz / KB, unit: 'KB' },
    { section, figure: 'first load: JS + CSS', value: floorBytes.homeFirstLoadGz / KB, unit: 'KB', note: `${floorBytes.homeFirstLoadGz} B` },
  );
  if (f) {
    rows.push(
      { section, figure: 'lighthouse performance', value: f.performance, note: `a11y ${f.accessibility}, best practices ${f.bestPractices}, SEO ${f.seo}` },
      { section, figure: 'lighthouse FCP', value: f.fcpMs, unit: 'ms' },
      { section, figure: 'lighthouse LCP', value: f.lcpMs, unit: 'ms', note: `runs ${f.each.map((r) => Math.round(r.lcpMs)).join(', ')}` },
      { section, figure: 'lighthouse TBT', value: f.tbtMs, unit: 'ms', note: `CPU benchmark index ${Math.round(f.benchmarkIndex)}` },
    );
  }
  const ratio = 'ours / floor';
  if (ours) {
    const oursTotal = ours.homeHtmlGz + ours.homeFirstLoadGz;
    const floorTotal = floorBytes.homeHtmlGz + floorBytes.homeFirstLoadGz;
    rows.push(
      { section: ratio, figure: 'first-load bytes, HTML + JS + CSS (home)', value: `${(oursTotal / floorTotal).toFixed(2)}×`, note: `${(oursTotal / KB).toFixed(1)} KB vs ${(floorTotal / KB).toFixed(1)} KB` },
      { section: ratio, figure: 'first-load bytes, JS + CSS (home)', value: `${(ours.homeFirstLoadGz / floorBytes.homeFirstLoadGz).toFixed(2)}×`, note: `${(ours.homeFirstLoadGz / KB).toFixed(1)} KB vs ${(floorBytes.homeFirstLoadGz / KB).toFixed(1)} KB` },
    );
  }
  if (f) {
    for (const [i, page] of PAGES.entries()) {
      const o = lighthouse[i];
      if (o) rows.push({ section: ratio, figure: `LCP, ${page.name}`, value: Math.round((o.lcpMs / f.lcpMs) * 100) / 100, unit: '×', budget: { max: BUDGETS.lcpOverFloor }, note: `${Math.round(o.lcpMs)} ms vs ${Math.round(f.lcpMs)} ms; element ${o.lcpElement || '?'}` });
    }
  }
});
if (floorDir) await rm(floorDir, { recursive: true, force: true });

await part('search relevance', async () => void rows.push(...(await relevance(50_000))));

const browser = await chromium.launch(launchOptions());
try {
  await part('offline repeat visit', async () => {
    const offline = await offlineRepeatVisit(browser, dist, deepLink, 5);
    for (const row of offline.rows) row.figure = row.figure.replace(deepLink, 'model deep link');
    rows.push(...offline.rows);
    detail['offline'] = offline.detail;
  });
  await part('place list', async () => void rows.push(...(await placeListRows(browser, dist))));
  // Pages prerendered for the build day, read on other days: the app corrects them after load.
  await part('layout shift on other days', async () => {
    const server = await startStaticServer(dist, 0);
    try {
      for (const page of PAGES) {
        const each: string[] = [];
        let worst = 0;
        for (const day of MOVED_DAYS) {
          const r = await layoutShifts(browser, server.url + page.path, { day, viewport: LIGHTHOUSE_MOBILE });
          worst = Math.max(worst, r.cls);
          each.push(`${day.split('-').reverse().join('/')} ${r.cls.toFixed(4)}`);
        }
        rows.push({ section: 'layout shift on other days', figure: `CLS, ${page.name}, worst of ${MOVED_DAYS.length} days`, value: Math.round(worst * 1000) / 1000, budget: { max: LH.cls }, note: `${page.path}; ${each.join(', ')}; ${LIGHTHOUSE_MOBILE.width}×${LIGHTHOUSE_MOBILE.height}, first visit, clock moved` });
      }
    } finally {
      await server.close();
    }
  });
  await part('sync · seed content', async () => void rows.push(...(await realContentSync(browser, dist))));
  await part('sync · 10,000 listings', async () => void rows.push(...(await syntheticSync(browser, dist, 10_000))));
  // Scale: every commune (shared/docs/performance.md, "Scale").
  await part('sync · 50,000 listings', async () => void rows.push(...(await syntheticSync(browser, dist, 50_000))));
  await part('notices', async () => void rows.push(...(await noticeBench(browser))));
} finally {
  await browser.close();
}

detail['loadAverageAtEnd'] = load();
console.log(`build ${dist} · deep link ${deepLink} · Lighthouse ${lighthouse[0]?.runs ?? 0} runs per page, mobile defaults (simulated slow 4G, CPU ×4)`);
// Timings depend on what else the machine does: its load average (1, 5, 15 min) is printed with them.
console.log(`machine: load average ${loadAtStart} at start, ${detail['loadAverageAtEnd']} at end, ${availableParallelism()} cores\n`);
console.log(table(rows));
await writeJson(out, rows, detail);
const missed = rows.filter((r) => status(r) === 'MISS');
const budgeted = rows.filter((r) => status(r) !== '');
console.log(`\n${rows.length} figures in ${Math.round((Date.now() - started) / 1000)} s (${dist}); ${budgeted.length} with a budget, ${missed.length} over budget${missed.length ? ': ' + missed.map((r) => `${r.section} ${r.figure}`).join('; ') : ''}.`);
if (errors.length) console.log(`${errors.length} part(s) failed:\n  ${errors.join('\n  ')}`);
console.log(`Written to ${out}.`);
if (errors.length) process.exitCode = 1;
