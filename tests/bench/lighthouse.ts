// Lighthouse 12, mobile defaults (simulated slow 4G 150 ms RTT, 1.6 Mbps, CPU ×4), median of N runs per
// URL, in Debian Chromium launched by chrome-launcher (a fresh profile per run; --no-sandbox for root).
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_ARGS, CHROME_PATH } from '../browser/harness.ts';

interface RunFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Lighthouse's CPU benchmark of this machine during the run: low means a busy or slow host. */
  benchmarkIndex: number;
  /** The LCP element, as Lighthouse names it. */
  lcpElement: string;
  /** Audits that cost points (score < 0.9) in this run, so a miss names its cause; in the summary,
   * those that did in most runs. */
  failing: string[];
}

type Numeric = 'performance' | 'accessibility' | 'bestPractices' | 'seo' | 'fcpMs' | 'lcpMs' | 'tbtMs' | 'cls' | 'benchmarkIndex';

export interface LighthouseFigures extends RunFigures {
  url: string;
  runs: number;
  /** Every run's figures, in the order they ran. */
  each: RunFigures[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** One Lighthouse run in a freshly launched Chromium. */
async function runOnce(url: string): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROME_PATH,
    chromeFlags: ['--headless=new', ...CHROME_ARGS],
    logLevel: 'error',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    if (!result) throw new Error(`lighthouse returned nothing for ${url}`);
    const lhr = result.lhr;
    if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const num = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
    const failing = [...new Set(Object.values(lhr.categories).flatMap((c) => c.auditRefs.filter((r) => r.weight > 0).map((r) => r.id)))]
      .map((id) => lhr.audits[id]!)
      .filter((a) => a.score !== null && a.score < 0.9 && a.scoreDisplayMode !== 'informative')
      .map((a) => `${a.id} (${a.displayValue || a.score})`);
    // The LCP element: a table of one node, as the audit reports it.
    const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details as
      | { items?: { items?: { node?: { selector?: string; snippet?: string } }[] }[] }
      | undefined;
    const node = lcpDetails?.items?.[0]?.items?.[0]?.node;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      fcpMs: num('first-contentful-paint'),
      lcpMs: num('largest-contentful-paint'),
      tbtMs: num('total-blocking-time'),
      cls: num('cumulative-layout-shift'),
      benchmarkIndex: lhr.environment.benchmarkIndex,
      lcpElement: node ? (node.selector ?? node.snippet ?? '').slice(0, 80) : '',
      failing,
    };
  } finally {
    chrome.kill();
  }
}

function summarise(url: string, results: RunFigures[]): LighthouseFigures {
  const pick = (k: Numeric) => median(results.map((r) => r[k]));
  // The LCP element of the run whose LCP is the median one; the audits that cost points in most runs
  // (one noisy run alone does not name a cause).
  const mid = [...results].sort((a, b) => a.lcpMs - b.lcpMs)[Math.floor(results.length / 2)]!;
  const counts = new Map<string, number>();
  for (const r of results) for (const id of new Set(r.failing.map((f) => f.replace(/ \(.*$/, '')))) counts.set(id, (counts.get(id) ?? 0) + 1);
  const failing = [...counts].filter(([, n]) => n * 2 > results.length).map(([id]) => `${id} in ${counts.get(id)}/${results.length} runs`);
  return {
    url,
    runs: results.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    seo: pick('seo'),
    fcpMs: pick('fcpMs'),
    lcpMs: pick('lcpMs'),
    tbtMs: pick('tbtMs'),
    cls: pick('cls'),
    benchmarkIndex: pick('benchmarkIndex'),
    lcpElement: mid.lcpElement,
    failing,
    each: results,
  };
}

/**
 * Lighthouse on several URLs, `runs` rounds of one run per URL (interleaved, so a busy moment of the
 * machine weighs on every URL alike, which keeps ratios between them fair), median per URL.
 */
export async function lighthouseMedians(urls: string[], runs = 3, onRun?: (url: string, round: number, r: RunFigures) => void): Promise<LighthouseFigures[]> {
  const results = urls.map(() => [] as RunFigures[]);
  for (let round = 0; round < runs; round++) {
    for (const [i, url] of urls.entries()) {
      const r = await runOnce(url);
      results[i]!.push(r);
      onRun?.(url, round, r);
    }
  }
  return urls.map((url, i) => summarise(url, results[i]!));
}

/** Run Lighthouse `runs` times on `url` (fresh profile each run) and keep the median of each figure. */
export async function lighthouseMedian(url: string, runs = 3): Promise<LighthouseFigures> {
  return (await lighthouseMedians([url], runs))[0]!;
}
