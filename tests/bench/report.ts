// The bench's output: one row per figure, with its budget when it has one, printed as a table and
// written to bench-results/bench.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface Row {
  section: string;
  figure: string;
  value: number | string;
  unit?: string;
  /** The budget: the value must be ≤ max (or ≥ min). */
  budget?: { max?: number; min?: number };
  note?: string;
}

export const status = (row: Row): 'OK' | 'MISS' | '' => {
  if (!row.budget || typeof row.value !== 'number') return '';
  const { max, min } = row.budget;
  return (max === undefined || row.value <= max) && (min === undefined || row.value >= min) ? 'OK' : 'MISS';
};

const show = (value: number | string, unit = ''): string => {
  if (typeof value === 'string') return value;
  const n = Math.abs(value) >= 100 ? Math.round(value).toLocaleString('en-US') : String(Math.round(value * 100) / 100);
  return unit ? `${n} ${unit}` : n;
};

/** The rows as an aligned text table. */
export function table(rows: Row[]): string {
  const cells = rows.map((r) => [r.section, r.figure, show(r.value, r.unit), r.budget ? `${r.budget.max !== undefined ? `≤ ${show(r.budget.max, r.unit)}` : `≥ ${show(r.budget.min!, r.unit)}`}` : '', status(r), r.note ?? '']);
  const head = ['section', 'figure', 'value', 'budget', '', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

/** The rows (with their status) and, under `detail`, the raw figures behind them (per-run values, file lists). */
export async function writeJson(path: string, rows: Row[], detail: Record<string, unknown> = {}): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, JSON.stringify({ at: new Date().toISOString(), rows: rows.map((r) => ({ ...r, status: status(r) })), detail }, null, 2) + '\n');
}
