// The size budgets of shared/docs/performance.md, as tests: bytes of the built app (DIST_DIR, default
// dist/) are deterministic, so a regression fails CI. Measured with the bench's own code
// (tests/bench/bytes.ts), so `npm run bench` and this test can never disagree. No timings here: those
// stay in the bench. The precache's independence from the amount of content (no deep link, /content/
// or /og/ entry) is held by dist-build.test.ts and not repeated here.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUDGETS } from '../bench/budgets.ts';
import { gzipBytes, measureBytes, measurePrecache, readViteManifest } from '../bench/bytes.ts';
import { distDir, precacheEntries } from './pwa-helpers.ts';

const KB = 1024;

const dir = distDir();
const bytes = measureBytes(dir);
const manifest = readViteManifest(dir);
const first = new Set(bytes.homeFirstLoadFiles);
const kb = (n: number) => `${(n / KB).toFixed(2)} KB (${n} B)`;

describe(`size budgets of ${dir} (gzip)`, () => {
  it(`home HTML ≤ ${BUDGETS.homeHtmlKB} KB: it fits the first round trips`, () => {
    expect(bytes.homeHtmlGz, `home HTML is ${kb(bytes.homeHtmlGz)}`).toBeLessThanOrEqual(BUDGETS.homeHtmlKB * KB);
  });

  it(`JS + CSS home loads before it is interactive ≤ ${BUDGETS.homeFirstLoadKB} KB`, () => {
    const files = bytes.homeFirstLoadFiles.map((f) => `${f} ${gzipBytes(readFileSync(join(dir, f)))} B`).concat(`inline CSS ${bytes.homeInlineCssGz} B`, `inline JS ${bytes.homeInlineJsGz} B`).join(', ');
    expect(bytes.homeFirstLoadGz, `home's first load is ${kb(bytes.homeFirstLoadGz)}: ${files}`).toBeLessThanOrEqual(BUDGETS.homeFirstLoadKB * KB);
  });

  it('the first load counted is what home’s HTML fetches (entry script, module preloads) and the CSS and JS it inlines', () => {
    const html = readFileSync(join(dir, 'index.html'), 'utf8');
    const fetched = [...html.matchAll(/<(?:script|link)\b[^>]*\b(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(fetched.some((f) => f.endsWith('.js'))).toBe(true);
    for (const file of fetched) expect(first.has(file), file).toBe(true);
    // The stylesheet is in the HTML (src/build/inline-stylesheet.ts), and still counted as first-load CSS.
    expect(fetched.filter((f) => f.endsWith('.css'))).toEqual([]);
    expect(bytes.homeInlineCssGz).toBeGreaterThan(2 * KB);
    const files = bytes.homeFirstLoadFiles.reduce((sum, f) => sum + gzipBytes(readFileSync(join(dir, f))), 0);
    // The entry's loader is inline too (src/build/deferred-entry.ts), and counted as first-load JS.
    expect(bytes.homeInlineJsGz).toBeGreaterThan(100);
    expect(bytes.homeFirstLoadGz).toBe(files + bytes.homeInlineCssGz + bytes.homeInlineJsGz);
  });

  it('routes other than home, sync, search, calendar export and validation stay off the first load', () => {
    const lazy = Object.entries(manifest).filter(([, chunk]) => chunk.isDynamicEntry);
    const sources = lazy.map(([key, chunk]) => chunk.src ?? key);
    for (const needed of ['src/routes/calendar.tsx', 'src/routes/model.tsx', 'src/routes/search.tsx', 'src/data/sync.ts', 'src/search/engine.ts', 'src/lib/ics.ts']) {
      expect(sources, `${needed} is not loaded on demand`).toContain(needed);
    }
    for (const [key, chunk] of lazy) expect(first.has(chunk.file), `${chunk.src ?? key} (${chunk.file}) is on the first load`).toBe(false);
    // zod (mini or full) marks every schema with `_zod`: none of it may be on the first load.
    const withZod = bytes.homeFirstLoadFiles.filter((f) => f.endsWith('.js') && readFileSync(join(dir, f), 'utf8').includes('_zod'));
    expect(withZod, 'zod on the first load').toEqual([]);
  });

  it(`precache ≤ ${BUDGETS.precacheKB} KB, measured from the worker’s own list, every entry a file`, () => {
    const precache = measurePrecache(dir);
    expect(precache.urls).toEqual(precacheEntries(dir).map((e) => e.url));
    expect(precache.entries).toBeGreaterThan(10);
    expect(precache.gz).toBeGreaterThan(0);
    expect(precache.gz, `precache is ${kb(precache.gz)} in ${precache.entries} entries`).toBeLessThanOrEqual(BUDGETS.precacheKB * KB);
  });
});

