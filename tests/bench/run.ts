// `npm run bench` (= vite build && tsx tests/bench/run.ts): every figure of
// shared/docs/performance.md that is measured so far, in headless Chromium against the built app,
// printed as a table with its budget and written to bench-results/bench.json.
// DIST_DIR picks another build (default dist/); BENCH_OUT another output file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { launchOptions } from '../browser/harness.ts';
import { realContentSync, syntheticSync } from './content-sync.ts';
import { status, table, writeJson, type Row } from './report.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const out = process.env.BENCH_OUT ?? 'bench-results/bench.json';
if (!existsSync(join(dist, 'index.html'))) throw new Error(`${dist}/index.html missing: build first (npm run bench does)`);

const rows: Row[] = [];
const browser = await chromium.launch(launchOptions());
try {
  rows.push(...(await realContentSync(browser, dist)));
  rows.push(...(await syntheticSync(browser, dist, 10_000)));
} finally {
  await browser.close();
}

console.log(table(rows));
await writeJson(out, rows);
const missed = rows.filter((r) => status(r) === 'MISS');
console.log(`\n${rows.length} figures, ${missed.length} over budget${missed.length ? ': ' + missed.map((r) => r.figure).join('; ') : ''}. Written to ${out}.`);
