// How numbers, dates and counts read in Vietnamese. Pure; shared by every screen. (Figures: figure-format.ts;
// the storage and sync lines of Settings: storage-format.ts; so home's first load carries only what it uses.)

/**
 * 1101 → "1.101", 2.5 → "2,5": what `new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 })`
 * writes for a finite number under 10^12 (a unit test holds the two equal; the app's figures and
 * counts are far smaller), without it. The first
 * Intl.NumberFormat of a page loads ICU's number data: 17–45 ms of main thread on a phone-class CPU
 * (measured at CPU ×4), in the task that starts the app after the first paint, for the countdowns of
 * home and every page.
 */
export function formatNumber(n: number): string {
  const x = Math.abs(n);
  // Moving the point in the shortest decimal form ("1.005e2" is 100.5 exactly) rounds as ICU does:
  // half away from zero, 1.005 → 1,01. Below 10^-6 that form has an exponent, and the number rounds to 0.
  const [int, frac] = String(x < 1e-6 ? 0 : Math.round(+`${x}e2`) / 100).split('.');
  return (n < 0 || Object.is(n, -0) ? '-' : '') + int!.replace(/\B(?=(\d{3})+$)/g, '.') + (frac ? `,${frac}` : '');
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

/** Capitalise the first letter (labels are stored lower-case to read well mid-sentence). */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}
