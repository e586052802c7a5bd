// Shared by the content-*.test.ts files: the real seeds, loaded once, and a way to break a copy of them.
import { resolve } from 'node:path';
import type { CollectionName } from '../../src/content/compile/collections.ts';
import type { ContentInput } from '../../src/content/compile/compile-content.ts';
import { compileContent } from '../../src/content/compile/compile-content.ts';
import { ContentError } from '../../src/content/compile/content-error.ts';
import { loadSeeds } from '../../src/content/compile/load-seeds.ts';

export const SEEDS_DIR = resolve(import.meta.dirname, '../../seeds');
export const BUILT_AT = '2025-01-01T00:00:00.000Z';
export const seedInput: ContentInput = { ...(await loadSeeds(SEEDS_DIR)), builtAt: BUILT_AT };

// Loosely typed on purpose: the tests break entries in ways the schema types would forbid.
type Loose = Record<string, any>;
export type Collections = Record<CollectionName, Loose[]>;

/** A deep copy of the real seed input, changed by `edit`. */
export function editedInput(edit: (c: Collections) => void): ContentInput {
  const collections = structuredClone(seedInput.collections) as Collections;
  edit(collections);
  return { ...seedInput, collections };
}

/** The problem lines of the real seeds after `edit` (fails the test if they still compile). */
export function problemsAfter(edit: (c: Collections) => void): string[] {
  try {
    compileContent(editedInput(edit));
  } catch (error) {
    if (error instanceof ContentError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ContentError, but the content compiled');
}
