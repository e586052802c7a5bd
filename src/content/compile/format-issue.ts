import type * as z from 'zod/mini';
import { shown } from './content-error.ts';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** The dotted field path of a zod issue: `recurrence.month`, `sources.0.para`. */
export function dottedPath(path: Path): string {
  return path.map(String).join('.');
}

function valueAt(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const DEFAULT_MESSAGE = 'Invalid input';
const custom = (issue: Issue): string | null => (issue.message && issue.message !== DEFAULT_MESSAGE ? issue.message : null);

function describe(issue: Issue, value: unknown): string {
  const got = `, got ${shown(value)}`;
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined ? `missing (expected ${issue.expected})` : `expected ${issue.expected}${got}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `expected ${shown(issue.values[0])}${got}`
        : `expected one of ${issue.values.map(String).join(', ')}${got}`;
    case 'too_small': {
      if (custom(issue)) return `${custom(issue)}${got}`;
      if (issue.origin === 'string' || issue.origin === 'array') {
        return Number(issue.minimum) === 1 ? 'must not be empty' : `expected at least ${issue.minimum} ${issue.origin === 'string' ? 'characters' : 'items'}`;
      }
      return `expected ${issue.inclusive ? '≥' : '>'} ${issue.minimum}${got}`;
    }
    case 'too_big':
      if (custom(issue)) return `${custom(issue)}${got}`;
      return issue.origin === 'string' || issue.origin === 'array'
        ? `expected at most ${issue.maximum} ${issue.origin === 'string' ? 'characters' : 'items'}`
        : `expected ${issue.inclusive ? '≤' : '<'} ${issue.maximum}${got}`;
    case 'invalid_format':
      return `${custom(issue) ?? `expected the format ${issue.pattern ?? issue.format}`}${got}`;
    case 'invalid_union':
      if (issue.discriminator && 'options' in issue && issue.options) return `expected one of ${issue.options.map(String).join(', ')}${got}`;
      return `${custom(issue) ?? 'does not match any allowed shape'}${got}`;
    default:
      return `${custom(issue) ?? issue.code ?? 'invalid'}${got}`;
  }
}

/** A union failed: report the branch the author most likely meant, the one with the fewest missing fields; null when nothing the author wrote points at any branch. */
function bestBranch(branches: readonly Issue[][], value: unknown): Issue[] | null {
  const missing = (issues: readonly Issue[]) => issues.filter((i) => i.code === 'invalid_type' && valueAt(value, i.path) === undefined).length;
  const ranked = branches.map((issues) => ({ issues, missing: missing(issues) }));
  if (ranked.every((b) => b.missing === b.issues.length)) return null;
  ranked.sort((a, b) => a.missing - b.missing || a.issues.length - b.issues.length);
  return ranked[0]?.issues ?? null;
}

/** A problem found by a schema: the dotted field path and what is wrong there. */
export interface FieldProblem {
  path: string;
  what: string;
}

/** The field problems of one zod issue, reading the offending value from `root`. */
export function formatIssue(issue: Issue, root: unknown, prefix: Path = []): FieldProblem[] {
  const path = [...prefix, ...issue.path];
  const value = valueAt(root, path);
  if (issue.code === 'invalid_union' && !issue.discriminator && issue.errors.length > 0) {
    const branch = bestBranch(issue.errors, value);
    if (branch) return branch.flatMap((inner) => formatIssue(inner, root, path));
    const shapes = issue.errors.map((branchIssues) => `{${branchIssues.map((i) => dottedPath(i.path)).join(', ')}}`);
    return [{ path: dottedPath(path), what: `expected ${shapes.join(' or ')}${value === undefined ? '' : `, got ${shown(value)}`}` }];
  }
  return [{ path: dottedPath(path), what: describe(issue, value) }];
}
