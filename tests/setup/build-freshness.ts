// Whether dist/ is the build of the sources as they are now: missing or older than any input, it is stale.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What `vite build` reads: the app, its content and its configuration. */
export const BUILD_INPUTS = ['src', 'public', 'seeds', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json', 'package-lock.json'];
/** Written by every build (sw.js last, by the worker step): the oldest of them dates the build. */
const BUILD_OUTPUTS = ['index.html', 'sw.js'];

function newest(path: string): { path: string; mtime: number } | null {
  if (!existsSync(path)) return null;
  const stat = statSync(path);
  if (!stat.isDirectory()) return { path, mtime: stat.mtimeMs };
  let best: { path: string; mtime: number } | null = null;
  for (const name of readdirSync(path)) {
    const found = newest(join(path, name));
    if (found && (!best || found.mtime > best.mtime)) best = found;
  }
  return best;
}

/** Why `dist` must be built again (null when it is up to date with the inputs under `root`). */
export function staleReason(root: string, dist = join(root, 'dist')): string | null {
  const outputs = BUILD_OUTPUTS.map((name) => join(dist, name));
  const missing = outputs.find((path) => !existsSync(path));
  if (missing) return `${missing} is missing`;
  const built = Math.min(...outputs.map((path) => statSync(path).mtimeMs));
  for (const input of BUILD_INPUTS) {
    const found = newest(join(root, input));
    if (found && found.mtime > built) return `${found.path} changed after the build`;
  }
  return null;
}
