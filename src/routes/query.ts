// URL parameters are untrusted: each is checked on its own with zod/mini, and one that does not
// pass is ignored (the screen falls back to its default), never rendered as markup and never fatal.
import * as z from 'zod/mini';
import { Slug, Topic } from '../content/schema.ts';

type Schema<T> = z.ZodMiniType<T>;

/** The parameter's value when it passes `schema`, otherwise undefined. */
export function readParam<T>(schema: Schema<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

export const TopicParam = Topic;
export const SlugParam = Slug;

/** A query string from defined, non-empty values, in the given order: `?a=1&b=2`, or '' when none. */
export function queryString(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const s = search.toString();
  return s ? `?${s}` : '';
}
