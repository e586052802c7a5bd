// Build time only. Rolldown gives every module that the entry shares with a lazy route a small
// chunk of its own; home then fetches ~14 files, each gzipped apart (worse compression, more
// requests on 3G). This plugin records the static import graph and puts the entry's whole static
// closure into one chunk, so home's first load is one JS file (plus its CSS); lazy routes import it.
import type { Plugin, UserConfig } from 'vite';

/** One chunk for everything `entry` imports statically. */
export function firstLoadChunk(entry: string): Plugin {
  const staticImports = new Map<string, readonly string[]>();
  let closure: Set<string> | null = null;
  const inFirstLoad = (id: string): boolean => {
    if (!closure) {
      closure = new Set();
      const stack = [entry];
      while (stack.length) {
        const next = stack.pop()!;
        if (closure.has(next)) continue;
        closure.add(next);
        stack.push(...(staticImports.get(next) ?? []));
      }
    }
    return closure.has(id);
  };
  return {
    name: 'antq:first-load-chunk',
    apply: 'build',
    buildStart() {
      staticImports.clear();
      closure = null;
    },
    moduleParsed(info) {
      staticImports.set(info.id, info.importedIds);
    },
    config(): UserConfig {
      return {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'app', test: inFirstLoad, priority: 10 }] } },
          },
        },
      };
    },
  };
}
