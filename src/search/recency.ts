// "Recent and ongoing first, among equal matches": a rank per document for one day. Computed when a
// searcher is made, not stored with the index, which may be read back on a later day.
import { currentOrNextOccurrence } from '../lib/recurrence.ts';
import type { Day } from '../lib/vn-date.ts';
import { decodeMonthDay, type IndexData } from './inverted-index.ts';

const ONGOING = 3;
const UPCOMING = 2;
const UNDATED = 1;

/**
 * Per document: ongoing 3; upcoming in (2, 2.5], sooner higher; undated 1; past in (0, 0.5), more
 * recent higher. A yearly observance is ongoing or upcoming every year.
 */
export function recencyRanks({ from, to }: IndexData['docs'], today: Day): Float32Array {
  const rank = new Float32Array(from.length);
  for (let d = 0; d < from.length; d++) {
    let start = from[d]!;
    let end = to[d]!;
    if (end === 0) {
      rank[d] = UNDATED;
      continue;
    }
    if (end < 0) {
      const next = currentOrNextOccurrence({ kind: 'yearly-period', start: decodeMonthDay(start), end: decodeMonthDay(end), since: 0 }, today);
      if (!next) {
        rank[d] = UNDATED;
        continue;
      }
      ({ start, end } = next);
    }
    if (end < today) rank[d] = 1 / (2 + (today - end) / 365);
    else if (start <= today) rank[d] = ONGOING;
    else rank[d] = UPCOMING + 1 / (2 + start - today);
  }
  return rank;
}
