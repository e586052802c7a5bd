// When test:repeat builds first: dist/ missing, or older than any source it is built from.
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { staleReason } from '../setup/build-freshness.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const at = (path: string, seconds: number) => utimesSync(path, seconds, seconds);
function project(): string {
  root = mkdtempSync(join(tmpdir(), 'antq-fresh-'));
  mkdirSync(join(root, 'src/routes'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  for (const file of ['src/routes/home.tsx', 'index.html', 'dist/index.html', 'dist/sw.js']) writeFileSync(join(root, file), 'x');
  at(join(root, 'src/routes/home.tsx'), 1000);
  at(join(root, 'index.html'), 1000);
  at(join(root, 'dist/index.html'), 2000);
  at(join(root, 'dist/sw.js'), 2001);
  return root;
}

describe('is dist/ stale', () => {
  it('no: built after every input', () => {
    expect(staleReason(project())).toBeNull();
  });

  it('yes: missing, or a source file (however deep) changed after the build', () => {
    const dir = project();
    at(join(dir, 'src/routes/home.tsx'), 3000);
    expect(staleReason(dir)).toBe(`${join(dir, 'src/routes/home.tsx')} changed after the build`);
    rmSync(join(dir, 'dist/sw.js'));
    expect(staleReason(dir)).toBe(`${join(dir, 'dist/sw.js')} is missing`);
  });
});
