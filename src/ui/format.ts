// How numbers, dates and counts read in Vietnamese. Pure; shared by every screen.
import type { Figure } from '../content/schema.ts';
import { fold } from '../lib/fold.ts';

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** 1101 → "1.101", 2.5 → "2,5" (Vietnamese separators). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A date with the precision the source gives: "21/1/2022", "tháng 3/2023", "năm 2018". */
export function formatPartialDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return `năm ${y}`;
  if (d === undefined) return `tháng ${m}/${y}`;
  return `${d}/${m}/${y}`;
}

/** Newest first for dates of any precision ("2023" sorts after "2023-12-31": a year-only date is least precise). */
export function comparePartialDateDesc(a: string, b: string): number {
  return a < b ? 1 : a > b ? -1 : 0;
}

/** The number as a reader scans it: "hơn 1.000", "137". */
export function formatFigureValue(figure: Pick<Figure, 'value' | 'qualifier'>): string {
  const n = formatNumber(figure.value);
  return figure.qualifier === 'over' ? `hơn ${n}` : n;
}

/** Days until something starts, in words: "ngày mai", "còn 12 ngày". */
export function daysUntilText(days: number): string {
  if (days <= 0) return 'hôm nay';
  if (days === 1) return 'ngày mai';
  return `còn ${formatNumber(days)} ngày`;
}

/** Days left of something running: "ngày cuối", "còn 18 ngày". */
export function daysLeftText(days: number): string {
  return days <= 0 ? 'hôm nay là ngày cuối' : `còn ${formatNumber(days)} ngày nữa`;
}

/** Storage in the unit a person reads: "850 KB", "1,2 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} KB`;
  if (bytes < 1024 ** 3) return `${formatNumber(Math.round((bytes / 1024 ** 2) * 10) / 10)} MB`;
  return `${formatNumber(Math.round((bytes / 1024 ** 3) * 10) / 10)} GB`;
}

/** Capitalise the first letter (labels are stored lower-case to read well mid-sentence). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
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

/** An instant as a Vietnam date and time: "14:05, 22/11/2026"; '' for an unreadable value. */
export function formatVnDateTime(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + 7 * 3_600_000);
  const hh = String(local.getUTCHours()).padStart(2, '0');
  const mm = String(local.getUTCMinutes()).padStart(2, '0');
  return `${hh}:${mm}, ${local.getUTCDate()}/${local.getUTCMonth() + 1}/${local.getUTCFullYear()}`;
}
