// Argument parsing for the trust CLI: node:util parseArgs, strict, with a usage error that says what to type.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export interface Command {
  usage: string;
  summary: string;
  options: Record<string, { type: 'string' | 'boolean'; help: string; required?: boolean }>;
  run(values: Record<string, string | boolean | undefined>): Promise<void>;
}

/** The help text of one command. */
export function helpOf(name: string, command: Command): string {
  const width = Math.max(...Object.keys(command.options).map((o) => o.length)) + 4;
  const lines = Object.entries(command.options).map(([option, o]) => `  --${option.padEnd(width)}${o.required ? '(required) ' : ''}${o.help}`);
  return [`npm run trust -- ${name} ${command.usage}`, '', command.summary, '', ...lines, `  --${'help'.padEnd(width)}this text`].join('\n');
}

/** Parsed options; throws UsageError for unknown, missing or malformed options. */
export function parse(name: string, command: Command, argv: string[]): Record<string, string | boolean | undefined> | 'help' {
  const options = Object.fromEntries([...Object.entries(command.options).map(([k, o]) => [k, { type: o.type }]), ['help', { type: 'boolean' }]]);
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({ args: argv, options: options as never, strict: true, allowPositionals: false }).values as typeof values;
  } catch (error) {
    throw new UsageError(`${name}: ${(error as Error).message}`);
  }
  if (values['help']) return 'help';
  const missing = Object.entries(command.options).filter(([k, o]) => o.required && (values[k] === undefined || values[k] === ''));
  if (missing.length > 0) throw new UsageError(`${name}: missing ${missing.map(([k]) => `--${k}`).join(', ')}`);
  return values;
}

/** A YYYY-MM-DD option, checked as a real date. */
export function dayOption(option: string, value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  const date = new Date(`${value}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${option}: expected a date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Today in Vietnam (UTC+7) as YYYY-MM-DD, `days` later. */
export function vnDay(days = 0, now = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);
}
