// Lighthouse 12, mobile defaults (slow 4G, CPU ×4), median of N runs per URL, in Debian Chromium.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_ARGS, CHROME_PATH } from '../browser/harness.ts';

export interface LighthouseFigures {
  url: string;
  runs: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Audits that cost points in the median run, so a miss names its cause. */
  failing: string[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** Run Lighthouse `runs` times on `url` (fresh profile each run) and keep the median of each figure. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  const results: Omit<LighthouseFigures, 'url' | 'runs'>[] = [];
  for (let i = 0; i < runs; i++) {
    const chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: ['--headless=new', ...CHROME_ARGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const lhr = result!.lhr;
      const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
      const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
      const failing = Object.values(lhr.categories)
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => lhr.audits[r.id]!))
        .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
        .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
      results.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        fcpMs: num('first-contentful-paint'),
        lcpMs: num('largest-contentful-paint'),
        tbtMs: num('total-blocking-time'),
        cls: num('cumulative-layout-shift'),
        failing,
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = <K extends keyof Omit<LighthouseFigures, 'url' | 'runs' | 'failing'>>(k: K) => median(results.map((r) => r[k]));
  const mid = [...results].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(results.length / 2)]!;
  return {
    url,
    runs,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    failing: [...new Set(results.flatMap((r) => r.failing))].length ? mid.failing : [],
  };
}
