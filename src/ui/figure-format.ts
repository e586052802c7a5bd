// How a figure of the content reads: "hơn 1.000 người …". Used by the figure, article and chart screens
// (lazy chunks), not by home.
import type { Figure } from '../content/schema.ts';
import { fold } from '../lib/fold.ts';
import { formatNumber } from './format.ts';

/** The number as a reader scans it: "hơn 1.000", "137". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  const n = formatNumber(figure.value);
  return figure.qualifier === 'over' ? `hơn ${n}` : n;
}

/**
 * A figure split for display: "hơn" when the source says so, the number (with "%" when that is the
 * unit) and the words after it. Labels usually start with their unit ("đối tượng bị bắt…"), so the
 * unit is not repeated then.
 */
export function figureParts(figure: Pick<Figure, 'value' | 'qualifier' | 'unit' | 'label'>): { prefix: string; number: string; text: string } {
  const prefix = figure.qualifier === 'over' ? 'hơn' : '';
  const value = formatNumber(figure.value);
  if (figure.unit === '%') return { prefix, number: `${value}%`, text: figure.label };
  const startsWithUnit = fold(figure.label).startsWith(fold(figure.unit));
  return { prefix, number: value, text: startsWithUnit ? figure.label : `${figure.unit} ${figure.label}` };
}

/** The figure as one sentence: "hơn 1.000 người được …". */
export function figureSentence(figure: Pick<Figure, 'value' | 'qualifier' | 'unit' | 'label'>): string {
  const { prefix, number, text } = figureParts(figure);
  return `${prefix ? `${prefix} ` : ''}${number} ${text}`;
}
