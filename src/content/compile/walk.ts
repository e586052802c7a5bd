type Path = readonly (string | number)[];
const join = (path: Path) => path.join('.');
const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Dotted paths of every string inside `value` that is not in Unicode NFC. */
export function nonNfcPaths(value: unknown, path: Path = []): string[] {
  if (typeof value === 'string') return value === value.normalize('NFC') ? [] : [join(path)];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonNfcPaths(item, [...path, i]));
  if (isRecord(value)) return Object.entries(value).flatMap(([key, item]) => nonNfcPaths(item, [...path, key]));
  return [];
}

/** Dotted paths of fields the schema dropped while parsing: unknown fields, typically a misspelt optional one. */
export function droppedFieldPaths(raw: unknown, parsed: unknown, path: Path = []): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((item, i) => droppedFieldPaths(item, parsed[i], [...path, i]));
  if (!isRecord(raw) || !isRecord(parsed)) return [];
  return Object.keys(raw).flatMap((key) =>
    key in parsed ? droppedFieldPaths(raw[key], parsed[key], [...path, key]) : raw[key] === undefined ? [] : [join([...path, key])],
  );
}
