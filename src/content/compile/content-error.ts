/** All the problems found in the content, one line each; thrown so that a build fails with every one of them. */
export class ContentError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`${problems.length} content problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** One problem line: `seeds/campaigns.json › <entry> › <field path>: <what is wrong>`. */
export function problemLine(file: string, entry: string | null, path: string, what: string): string {
  return `${[file, entry, path].filter((part) => part).join(' › ')}: ${what}`;
}

/** A short rendering of a value for a problem line. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
