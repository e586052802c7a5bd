/** A number as Vietnamese text writes it: 1101 → "1.101", 5.2 → "5,2", 443000 → "443.000". */
export function vietnameseNumber(value: number): string {
  const [int = '', frac] = String(Math.abs(value)).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `text` states `value` as a whole number token ("1.101", "1101", "5,2"), not as part of a longer one. */
export function mentionsNumber(text: string, value: number): boolean {
  const forms = new Set([vietnameseNumber(value), String(value).replace('.', ',')]);
  return [...forms].some((form) => new RegExp(`(?<![\\d.,])${escape(form)}(?![\\d]|[.,]\\d)`).test(text));
}
