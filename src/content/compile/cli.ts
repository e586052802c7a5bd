// `npm run content`: validates the seeds and prints what they hold, or every problem with exit code 1.
// `npm run content -- --out <dir>` also writes the emitted files under <dir> (e.g. to inspect them).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileContent } from './compile-content.ts';
import { ContentError } from './content-error.ts';
import { loadSeeds } from './load-seeds.ts';
import { compileTrust } from '../../notice/admin/compile-trust.ts';

const SEEDS = resolve(dirname(fileURLToPath(import.meta.url)), '../../../seeds');

async function main(args: string[]): Promise<number> {
  const outAt = args.indexOf('--out');
  const out = outAt >= 0 ? args[outAt + 1] : undefined;
  try {
    let trust: unknown;
    try {
      trust = await compileTrust();
    } catch (error) {
      throw new ContentError([(error as Error).message]);
    }
    const { national, models, places, manifest, files } = compileContent({ ...(await loadSeeds(SEEDS)), trust });
    const communes = places.reduce((sum, p) => sum + p.communes.length, 0);
    const counts = { ...Object.fromEntries(Object.entries(national).map(([name, items]) => [name, items.length])), models: models.length, communes };
    for (const [name, count] of Object.entries(counts)) console.log(`${name.padEnd(10)} ${count}`);
    const bytes = [...files.values()].reduce((sum, text) => sum + Buffer.byteLength(text), 0);
    console.log(`content ${manifest.version}: ${files.size} files, ${(bytes / 1024).toFixed(1)} KB`);
    if (out) {
      for (const [path, text] of files) {
        await mkdir(dirname(join(out, path)), { recursive: true });
        await writeFile(join(out, path), text);
      }
      console.log(`written under ${out}`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.problems.join('\n'));
    console.error(`${error.problems.length} problem${error.problems.length === 1 ? '' : 's'} in the seeds.`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
