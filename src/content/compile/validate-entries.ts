import * as z from 'zod/mini';
import type { CollectionName, Entry, Report } from './collections.ts';
import { formatIssue } from './format-issue.ts';
import { droppedFieldPaths, nonNfcPaths } from './walk.ts';

/** How a problem line names an entry: its id when it is a non-empty string, otherwise `#index`. */
export function entryLabel(raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.trim() !== '' ? id : `#${index}`;
}

/** Checks every entry of one seed file against its schema; returns the entries that pass. */
export function validateEntries<S extends z.ZodMiniType>(collection: CollectionName, data: unknown, schema: S, report: Report): Entry<z.output<S>>[] {
  const file = `${collection}.json`;
  if (data === undefined) {
    report(file, null, '', 'file missing');
    return [];
  }
  if (!Array.isArray(data)) {
    report(file, null, '', 'expected a JSON array of entries');
    return [];
  }
  const entries: Entry<z.output<S>>[] = [];
  data.forEach((raw: unknown, index) => {
    const label = entryLabel(raw, index);
    for (const path of nonNfcPaths(raw)) report(file, label, path, 'text not NFC (normalise it to Unicode NFC)');
    const result = schema.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) for (const { path, what } of formatIssue(issue, raw)) report(file, label, path, what);
      return;
    }
    for (const path of droppedFieldPaths(raw, result.data)) report(file, label, path, 'unknown field');
    entries.push({ index, label, value: result.data });
  });
  return entries;
}
