// `npm run test:repeat -- N [vitest args]`: the browser suite N times in a row, to catch tests that
// pass by timing luck. Builds first when dist/ is missing or older than its sources; runs all N and
// fails if any run failed, with a line per run (tests passed/failed, duration).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { staleReason } from './build-freshness.ts';

const [count = '3', ...rest] = process.argv.slice(2);
const runs = Number(count);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`test:repeat: the number of runs must be a whole number ≥ 1, got "${count}" (npm run test:repeat -- 5)`);
  process.exit(2);
}

const run = (command: string, args: string[]) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

const stale = staleReason(process.cwd());
if (stale) {
  console.log(`test:repeat: building first (${stale}).`);
  if (run('npx', ['vite', 'build']) !== 0) process.exit(1);
}

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numTotalTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

mkdirSync('.tmp', { recursive: true });
const lines: string[] = [];
let failedRuns = 0;
for (let i = 1; i <= runs; i++) {
  const report = join('.tmp', `repeat-${i}.json`);
  const started = Date.now();
  console.log(`\ntest:repeat: run ${i} of ${runs}`);
  const status = run('npx', ['vitest', 'run', '--project', 'browser', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...rest]);
  const seconds = ((Date.now() - started) / 1000).toFixed(0);
  let summary = 'no report';
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
    const failed = json.testResults.flatMap((file) => file.assertionResults.filter((t) => t.status === 'failed').map((t) => t.fullName));
    summary = `${json.numPassedTests}/${json.numTotalTests} passed${failed.length ? `; failed: ${failed.join(' | ')}` : ''}`;
  } catch {
    // A run that crashed before reporting: its exit status says it failed.
  }
  if (status !== 0) failedRuns++;
  lines.push(`run ${i}: ${status === 0 ? 'green' : 'RED'} (${summary}) in ${seconds} s`);
}
console.log(`\ntest:repeat: ${runs - failedRuns} of ${runs} runs green\n${lines.join('\n')}`);
process.exit(failedRuns ? 1 : 0);
