/** A seed's paragraphs, verbatim: paragraph N (1-based) is the N-th line (split on \n) with non-whitespace text. */
export function seedParagraphs(text: string): string[] {
  return text.split('\n').filter((line) => /\S/.test(line));
}
