// A small inverted index: folded terms in a sorted array (binary search finds every term that
// starts with a prefix), postings packed in one Int32Array. Chosen over MiniSearch (18 ms a query
// over 10,000 listings, over the 5 ms budget) and FlexSearch (17 KB gzip): see tests/bench.
// Besides the postings, each document keeps its names as a sequence of term ids, so a query can
// tell a phrase ("hà đông") from the same words apart ("hành động … Hà Nội"): see rank.ts.
import { tokenize } from '../lib/fold.ts';
import { KINDS, type SearchDoc, type When } from './search-doc.ts';

/** Posting field bits: found in the document's names (title level), in its body. */
export const NAME = 2;
export const BODY = 1;
/** Prefixes this short match most of the index; their postings are merged ahead of time. */
export const SHORT = 2;

/** The index as stored (IndexedDB clones it as is): no functions, no scratch space. */
export interface IndexData {
  docs: {
    kind: Uint8Array;
    id: string[];
    title: string[];
    detail: (string | undefined)[];
    /** Each document's names as term ids, -1 after each name: names[namesAt[d] .. namesAt[d + 1]). */
    names: Int32Array;
    namesAt: Int32Array;
    /** Words in the document's first name: among equal matches the shorter name fits the query better. */
    nameLength: Uint8Array;
    /** When (see encodeWhen): 0 when undated. */
    from: Int32Array;
    to: Int32Array;
  };
  terms: string[];
  /** Postings of term t: postings[offsets[t] .. offsets[t + 1]), each doc * 4 + field bits. */
  offsets: Int32Array;
  postings: Int32Array;
  /** Per 1–2 letter prefix: the merged postings of the longer terms starting with it (one per doc). */
  short: Map<string, Int32Array>;
}

/** Changes whenever the layout above or the folding of words changes: a stored index from before is not used. */
export const INDEX_FORMAT = `2:${tokenize('Đắk Lắk hoà ĐỒNG 1.101 2,5 ngõ-hẻm').join(' ')}`;

/** Whether `value` (read back from storage) has the shape of IndexData. */
export function isIndexData(value: unknown): value is IndexData {
  const v = value as Partial<IndexData> | null;
  const d = v?.docs;
  return !!v && Array.isArray(v.terms) && v.offsets instanceof Int32Array && v.postings instanceof Int32Array && v.short instanceof Map && !!d && d.kind instanceof Uint8Array && Array.isArray(d.id) && d.names instanceof Int32Array && d.namesAt instanceof Int32Array && d.nameLength instanceof Uint8Array && d.from instanceof Int32Array && d.to instanceof Int32Array;
}

/** A yearly window is stored as negative month * 32 + day; days as they are (after 1970, so > 0). */
export const encodeMonthDay = (md: { month: number; day: number }): number => -(md.month * 32 + md.day);
export const decodeMonthDay = (v: number): { month: number; day: number } => ({ month: Math.floor(-v / 32), day: -v % 32 });
const encodeWhen = (when: When | undefined): [number, number] =>
  !when ? [0, 0] : 'yearly' in when ? [encodeMonthDay(when.yearly.start), encodeMonthDay(when.yearly.end)] : [when.from, when.to];

/** Term ids for words: each distinct word is folded once (a language has few), postings grow per term. */
class Vocabulary {
  readonly ids = new Map<string, number>();
  readonly lists: number[][] = [];
  private readonly words = new Map<string, number[]>();

  idsOf(word: string): number[] {
    let ids = this.words.get(word);
    if (ids === undefined) this.words.set(word, (ids = tokenize(word).map((term) => this.id(term))));
    return ids;
  }

  private id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.lists.push([]) - 1));
    return id;
  }
}

/** An Int32Array that grows: the names of 50,000 documents are close to a million ids. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = value;
  }
}

export function buildIndex(docs: SearchDoc[]): IndexData {
  const vocabulary = new Vocabulary();
  // Per document, a stamp per term replaces a Map of its terms: the field bits of term t are valid while stamp[t] === doc.
  let stamp = new Int32Array(1024).fill(-1);
  let bits = new Uint8Array(1024);
  const inDoc: number[] = [];
  const names = new IntList();
  const namesAt = new Int32Array(docs.length + 1);
  const nameLength = new Uint8Array(docs.length);
  const add = (n: number, text: string, bit: number, sequence: boolean): number => {
    let count = 0;
    const words = text.split(' ');
    for (let w = 0; w < words.length; w++) {
      const ids = vocabulary.idsOf(words[w]!);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        count++;
        if (sequence) names.push(id);
        if (id >= stamp.length) [stamp, bits] = grown(stamp, bits);
        if (stamp[id] !== n) {
          stamp[id] = n;
          bits[id] = bit;
          inDoc.push(id);
        } else bits[id]! |= bit;
      }
    }
    if (sequence) names.push(-1);
    return count;
  };
  for (let n = 0; n < docs.length; n++) {
    const doc = docs[n]!;
    namesAt[n] = names.length;
    const own = doc.names ?? [doc.title];
    for (let i = 0; i < own.length; i++) {
      const count = add(n, own[i]!, NAME, true);
      if (i === 0) nameLength[n] = Math.min(count, 255);
    }
    add(n, doc.body, BODY, false);
    for (let i = 0; i < inDoc.length; i++) vocabulary.lists[inDoc[i]!]!.push(n * 4 + bits[inDoc[i]!]!);
    inDoc.length = 0;
  }
  namesAt[docs.length] = names.length;
  const terms = [...vocabulary.ids.keys()].sort();
  // Names were recorded with first-seen ids: renumber them in sorted order, so a prefix is one id range.
  const sortedId = new Int32Array(terms.length);
  terms.forEach((term, i) => (sortedId[vocabulary.ids.get(term)!] = i));
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    offsets[i] = total;
    total += vocabulary.lists[vocabulary.ids.get(term)!]!.length;
  });
  offsets[terms.length] = total;
  const postings = new Int32Array(total);
  terms.forEach((term, i) => postings.set(vocabulary.lists[vocabulary.ids.get(term)!]!, offsets[i]));
  const when = docs.map((d) => encodeWhen(d.when));
  return {
    short: shortPrefixes(terms, offsets, postings, docs.length),
    docs: {
      kind: Uint8Array.from(docs, (d) => KINDS.indexOf(d.kind)),
      id: docs.map((d) => d.id),
      title: docs.map((d) => d.title),
      detail: docs.map((d) => d.detail),
      names: names.data.slice(0, names.length).map((id) => (id < 0 ? id : sortedId[id]!)),
      namesAt,
      nameLength,
      from: Int32Array.from(when, (w) => w[0]),
      to: Int32Array.from(when, (w) => w[1]),
    },
    terms,
    offsets,
    postings,
  };
}

function grown(stamp: Int32Array<ArrayBuffer>, bits: Uint8Array<ArrayBuffer>): [Int32Array<ArrayBuffer>, Uint8Array<ArrayBuffer>] {
  const nextStamp = new Int32Array(stamp.length * 2).fill(-1);
  nextStamp.set(stamp);
  const nextBits = new Uint8Array(bits.length * 2);
  nextBits.set(bits);
  return [nextStamp, nextBits];
}

/** Merge, for every prefix of 1–2 letters, the postings of the terms longer than it: a 'k' typed alone reads one list. */
function shortPrefixes(terms: string[], offsets: Int32Array, postings: Int32Array, docCount: number): Map<string, Int32Array> {
  const short = new Map<string, Int32Array>();
  const at = new Int32Array(docCount).fill(-1);
  for (const prefix of new Set(terms.flatMap((t) => [t.slice(0, 1), t.slice(0, SHORT)]))) {
    const merged: number[] = [];
    const [from, to] = termRange(terms, prefix, false);
    for (let t = terms[from] === prefix ? from + 1 : from; t < to; t++) {
      for (let p = offsets[t]!; p < offsets[t + 1]!; p++) {
        const doc = postings[p]! >> 2;
        if (at[doc] === -1) at[doc] = merged.push(postings[p]!) - 1;
        else merged[at[doc]!]! |= postings[p]! & 3;
      }
    }
    for (const posting of merged) at[posting >> 2] = -1;
    if (merged.length) short.set(prefix, Int32Array.from(merged));
  }
  return short;
}

const lowerBound = (terms: string[], word: string): number => {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
};

/** Index range of the terms starting with `word` (or equal to it when `exact`). */
export function termRange(terms: string[], word: string, exact: boolean): [number, number] {
  const lo = lowerBound(terms, word);
  if (exact) return terms[lo] === word ? [lo, lo + 1] : [lo, lo];
  // Terms are folded to a-z and 0-9 (and other scripts' letters, all below U+FFFF): nothing sorts after word + U+FFFF.
  return [lo, lowerBound(terms, `${word}\uffff`)];
}
