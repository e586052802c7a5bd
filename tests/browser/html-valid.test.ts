// The W3C Nu Html Checker (vnu-jar, Java) over prerendered pages of dist/: every fixed page, the
// shell, the 404 page and a sample of the deep links of each section (first and last few, so the
// check stays quick whatever the number of pages). vnu starts slowly: one run checks every file.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { FIXED_PAGES, SHELL_PATH } from '../../src/pwa/build/pages.ts';
import { distDir, htmlFileOf } from './pwa-helpers.ts';

const dir = distDir();
const vnuJar: string = createRequire(import.meta.url)('vnu-jar');
/** Deep links checked per section: the first ones and the last one, in name order. */
const PER_SECTION = 4;

/** Folders of dist/ that hold a prerendered page per item (`/mo-hinh/<id>/` …), whichever exist. */
function deepLinkSample(): string[] {
  const sample: string[] = [];
  for (const section of readdirSync(dir, { withFileTypes: true })) {
    if (!section.isDirectory() || ['assets', 'content', 'og', 'icons'].includes(section.name) || section.name.startsWith('.')) continue;
    const pages = pagesUnder(join(dir, section.name)).sort();
    sample.push(...pages.slice(0, PER_SECTION - 1), ...pages.slice(PER_SECTION - 1).slice(-1));
  }
  return sample;
}

/** index.html files below `folder` (not its own), any depth: `/dia-phuong/<tinh>/<xa>/` too. */
function pagesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (!entry.isDirectory()) return [];
    const sub = join(folder, entry.name);
    return [...(existsSync(join(sub, 'index.html')) ? [join(sub, 'index.html')] : []), ...pagesUnder(sub)];
  });
}

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

describe(`W3C Nu Html Checker over ${dir}`, () => {
  const fixed = [...FIXED_PAGES, SHELL_PATH].map((path) => htmlFileOf(path, dir)).concat(join(dir, '404.html'));
  const files = [...new Set([...fixed, ...deepLinkSample()])];

  it('checks every fixed page and deep links of every section', () => {
    for (const file of fixed) expect(existsSync(file), file).toBe(true);
    // At least the four content sections, a few pages each.
    expect(files.length).toBeGreaterThanOrEqual(fixed.length + 4 * 2);
  });

  it('finds no error in any of them', () => {
    const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
    if (java.error || java.status !== 0) throw new Error('java is needed for vnu-jar (the Nu Html Checker): install a JRE, e.g. apt-get install -y default-jre-headless');
    const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', ...files], { encoding: 'utf8', maxBuffer: 32 * 1024 * 1024, timeout: 50_000 });
    if (run.error) throw run.error;
    // vnu --format json writes its report to stderr; anything else there (no report) is a failure to run.
    let messages: VnuMessage[];
    try {
      ({ messages } = JSON.parse(run.stderr) as { messages: VnuMessage[] });
    } catch {
      throw new Error(`vnu did not report (exit ${run.status}): ${run.stderr.slice(0, 500)}`);
    }
    const errors = messages
      .filter((m) => m.type !== 'info')
      .map((m) => `${m.url ? relative(dir, new URL(m.url).pathname) : '?'}:${m.lastLine ?? '?'}: ${m.message}${m.extract ? ` in ${m.extract.trim()}` : ''}`);
    expect(errors).toEqual([]);
    // vnu's exit status agrees: 0 when no document has an error.
    expect(run.status).toBe(0);
  }, 60_000);
});
