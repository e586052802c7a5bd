// URL parameters are untrusted: each is checked on its own with zod/mini, and one that does not
// pass is ignored (the screen falls back to its default), never rendered as markup and never fatal.
// The few schemas here are built from zod/mini directly rather than imported from the content
// schema module, whose dozens of content schemas would otherwise load with the first screen.
import * as z from 'zod/mini';
import { MODEL_KIND_ORDER, MODEL_STATUS_ORDER, TOPIC_ORDER } from '../ui/topics.ts';

type Schema<T> = z.ZodMiniType<T>;

/** The parameter's value when it passes `schema`, otherwise undefined. */
export function readParam<T>(schema: Schema<T>, value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

/** An id in a URL: the same shape as the content schema's Slug (a-z, 0-9, single dashes). */
export const SlugParam = z.string().check(z.maxLength(120), z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/));
export const TopicParam = z.enum(TOPIC_ORDER);
export const ModelKindParam = z.enum(MODEL_KIND_ORDER);
export const ModelStatusParam = z.enum(MODEL_STATUS_ORDER);

/** A query string from defined, non-empty values, in the given order: `?a=1&b=2`, or '' when none. */
export function queryString(params: Record<string, string | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
  const s = search.toString();
  return s ? `?${s}` : '';
}
