// Vietnamese folding for search: people type without diacritics, with old-style tone placement
// ("hoà" for "hòa"), in any case, and some keyboards send decomposed characters. Folding all of them
// to bare lower-case ASCII letters makes every spelling meet.

/** Fold for comparison: strip diacritics (including đ → d) and lower-case; "Đắk Lắk" → "dak lak". */
export function fold(text: string): string {
  // NFD splits every precomposed letter into base + combining marks; đ has no decomposition, so it is mapped by hand.
  return text.normalize('NFD').toLowerCase().replace(/\p{M}+/gu, '').replace(/đ/g, 'd');
}

/**
 * Folded search tokens: runs of letters and digits. A "." or "," between digits is dropped, so
 * "1.101" (Vietnamese thousands separator) becomes "1101": a reader may type the number either way,
 * and splitting it would let "101" match "1.101 vụ". Decimals ("2,5") join too, harmless for search.
 */
export function tokenize(text: string): string[] {
  return fold(text).replace(/(?<=\p{N})[.,](?=\p{N})/gu, '').match(/[\p{L}\p{N}]+/gu) ?? [];
}
