import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { CollectionName } from './collections.ts';
import { COLLECTION_NAMES } from './collections.ts';
import type { ContentInput } from './compile-content.ts';
import { ContentError, problemLine } from './content-error.ts';

/** When the content was built: SOURCE_DATE_EPOCH when set (reproducible builds), else the newest seed file's mtime. */
function builtAt(mtimes: number[]): string {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000).toISOString();
  return new Date(Math.max(0, ...mtimes)).toISOString();
}

/** Reads `<dir>/*.txt` and `<dir>/<collection>.json`; a file that is not valid JSON is a ContentError (all of them at once). */
export async function loadSeeds(dir: string): Promise<ContentInput> {
  const label = basename(dir);
  const names = (await readdir(dir)).sort();
  const texts: Record<string, string> = {};
  const collections: Partial<Record<CollectionName, unknown>> = {};
  const problems: string[] = [];
  const mtimes: number[] = [];
  for (const name of names) {
    const collection = COLLECTION_NAMES.find((c) => `${c}.json` === name);
    if (!name.endsWith('.txt') && !collection) continue;
    const path = join(dir, name);
    const [text, info] = await Promise.all([readFile(path, 'utf8'), stat(path)]);
    mtimes.push(info.mtimeMs);
    if (!collection) {
      texts[name] = text;
      continue;
    }
    try {
      collections[collection] = JSON.parse(text);
    } catch (error) {
      problems.push(problemLine(`${label}/${name}`, null, '', `invalid JSON: ${(error as Error).message}`));
    }
  }
  if (problems.length > 0) throw new ContentError(problems);
  return { collections, texts, builtAt: builtAt(mtimes), dir: label };
}
