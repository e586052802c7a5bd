import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import type { CompiledContent } from './compile-content.ts';
import { compileContent } from './compile-content.ts';
import { ContentError } from './content-error.ts';
import { loadSeeds } from './load-seeds.ts';
import { compileTrust } from '../../notice/admin/compile-trust.ts';
import { readTrustSeeds } from '../../notice/admin/trust-dir.ts';

const VIRTUAL = 'virtual:antq-content';
const RESOLVED = `\0${VIRTUAL}`;
/** The root public keys (seeds/trust/roots.json, or ANTQ_TRUST_DIR's), compiled into the app. */
const ROOTS = 'virtual:antq-roots';
const RESOLVED_ROOTS = `\0${ROOTS}`;

/** `virtual:antq-roots`: the root public keys the app trusts (also used by the unit tests' config). */
export function trustRootsPlugin(): Plugin {
  return {
    name: 'antq-trust-roots',
    // Hook filters: the bundler calls these for the one virtual id only, not for every module.
    resolveId: { filter: { id: /^virtual:antq-roots$/ }, handler: () => RESOLVED_ROOTS },
    load: {
      filter: { id: /^\0virtual:antq-roots$/ },
      async handler() {
        try {
          return `export default ${JSON.stringify((await readTrustSeeds()).roots)};`;
        } catch (error) {
          this.error((error as Error).message);
        }
      },
    },
  };
}

/** The trust list problem as a content problem: the build fails naming the file. */
async function signedTrust(): Promise<unknown> {
  try {
    return await compileTrust();
  } catch (error) {
    throw new ContentError([(error as Error).message]);
  }
}

export interface ContentPluginOptions {
  dir?: string;
  /** More static files made from the compiled content (the calendar feeds): site path without the leading slash → text. */
  derivedFiles?: (content: CompiledContent) => Map<string, string>;
}

/**
 * Compiles `seeds/` into `/content/`: fails the build on any content problem, emits the pack into the
 * bundle, serves it from memory in dev, and exposes `virtual:antq-content` to the build-time prerender.
 */
export function contentPlugin(options: ContentPluginOptions = {}): Plugin {
  let dir = options.dir ?? resolve('seeds');
  let compiled: Promise<CompiledContent> | null = null;
  const content = () => (compiled ??= Promise.all([loadSeeds(dir), signedTrust()]).then(([input, trust]) => compileContent({ ...input, trust })));

  return {
    name: 'antq-content',
    configResolved(config) {
      dir = options.dir ?? resolve(config.root, 'seeds');
    },
    async buildStart() {
      compiled = null;
      try {
        await content();
      } catch (error) {
        if (error instanceof ContentError) this.error(error.message);
        throw error;
      }
      this.addWatchFile(dir);
    },
    resolveId(id) {
      return id === VIRTUAL ? RESOLVED : null;
    },
    async load(id) {
      if (id !== RESOLVED) return null;
      const { national, models, places, manifest } = await content();
      return Object.entries({ national, models, places, manifest })
        .map(([name, value]) => `export const ${name} = ${JSON.stringify(value)};`)
        .join('\n');
    },
    async generateBundle() {
      if (this.environment?.config.consumer === 'server') return;
      const compiled = await content();
      for (const [fileName, source] of compiled.files) this.emitFile({ type: 'asset', fileName, source });
      for (const [fileName, source] of options.derivedFiles?.(compiled) ?? []) this.emitFile({ type: 'asset', fileName, source });
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, path) => {
        if (!resolve(path).startsWith(dir)) return;
        compiled = null;
        const mod = server.moduleGraph.getModuleById(RESOLVED);
        if (mod) server.moduleGraph.invalidateModule(mod);
      });
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0];
        if (!path?.startsWith('/content/')) return next();
        serve(server, path.slice(1), content).then(
          ({ status, body }) => {
            res.statusCode = status;
            res.setHeader('Content-Type', status === 200 ? 'application/json; charset=utf-8' : 'text/plain; charset=utf-8');
            res.setHeader('Cache-Control', 'no-cache');
            res.end(body);
          },
          (error: unknown) => next(error),
        );
      });
    },
  };
}

async function serve(server: ViteDevServer, path: string, content: () => Promise<CompiledContent>): Promise<{ status: number; body: string }> {
  try {
    const body = (await content()).files.get(path);
    return body === undefined ? { status: 404, body: `No content file ${path}` } : { status: 200, body };
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    server.config.logger.error(error.message);
    return { status: 500, body: error.message };
  }
}
