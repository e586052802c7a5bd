// No import circles under src/ (../shared/docs/style.md: imports flow one way). A circle makes the
// evaluation order depend on which file is imported first, and pulls lazy chunks into each other.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from './import-graph.ts';

const SRC = resolve(import.meta.dirname, '../../src');

describe('import graph', () => {
  it('has no circle under src/ (static, dynamic and type-only imports)', () => {
    const graph = importGraph(SRC);
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get('data/sync.ts')).toContain('data/db.ts');
    const circles = importCircles(graph).map((cycle) => cycle.join(' → '));
    expect(circles).toEqual([]);
  });

  it('finds a circle of any length, through dynamic and type-only imports', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
      ['f.ts', ['d.ts']],
    ]);
    expect(importCircles(graph)).toEqual([
      ['a.ts', 'b.ts', 'c.ts', 'a.ts'],
      ['e.ts', 'e.ts'],
    ]);
    expect(importCircles(new Map([['x.ts', ['y.ts']], ['y.ts', []]]))).toEqual([]);
  });
});
