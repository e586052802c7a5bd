// The first step of `npm run bench`: the whole site built (every page prerendered), timed, so the bench
// can report the build's seconds with its number of HTML files and the size of dist/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

const started = performance.now();
const result = spawnSync('node_modules/.bin/vite', ['build'], { stdio: 'inherit', env: process.env });
const seconds = (performance.now() - started) / 1000;
if (result.status !== 0) process.exit(result.status ?? 1);
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/build.json', JSON.stringify({ seconds, at: new Date().toISOString() }));
console.error(`[bench] site built in ${seconds.toFixed(1)} s`);
