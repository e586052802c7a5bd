// A small inverted index: folded terms in a sorted array (binary search finds every term that
// starts with a prefix), postings packed in one Int32Array. Chosen over MiniSearch (18 ms a query
// over 10,000 listings, over the 5 ms budget) and FlexSearch (17 KB gzip): see tests/bench.
import { tokenize } from '../lib/fold.ts';
import { KINDS, type SearchDoc, type SearchKind } from './documents.ts';

const TITLE = 2;
const BODY = 1;
/** Score of a posting by the fields it was found in: body 1, title 3, both 4. */
const WEIGHT = [0, 1, 3, 4];
/** A term that only starts with the typed prefix counts for less than the whole word. */
const PREFIX_FACTOR = 0.6;
const MAX_TOKENS = 8;
/** Prefixes this short match most of the index; their postings are merged ahead of time. */
const SHORT = 2;

/** The index as stored (IndexedDB clones it as is): no functions, no scratch space. */
export interface IndexData {
  docs: { kind: Uint8Array; id: string[]; title: string[]; detail: (string | undefined)[] };
  terms: string[];
  /** Postings of term t: postings[offsets[t] .. offsets[t + 1]), each doc * 4 + field bits. */
  offsets: Int32Array;
  postings: Int32Array;
  /** Per 1–2 letter prefix: the merged postings of the longer terms starting with it (one per doc). */
  short: Map<string, Int32Array>;
}

export interface SearchIndex extends IndexData {
  /** Scratch space reused by every query. */
  seen: Uint8Array;
  scores: Float32Array;
}

/** Changes whenever the layout above or the folding of words changes: a stored index from before is not used. */
export const INDEX_FORMAT = `1:${tokenize('Đắk Lắk hoà ĐỒNG 1.101 2,5 ngõ-hẻm').join(' ')}`;

/** Add the scratch space to stored index data. */
export function withScratch(data: IndexData): SearchIndex {
  return { ...data, seen: new Uint8Array(data.docs.id.length), scores: new Float32Array(data.docs.id.length) };
}

/** Whether `value` (read back from storage) has the shape of IndexData. */
export function isIndexData(value: unknown): value is IndexData {
  const v = value as Partial<IndexData> | null;
  return !!v && Array.isArray(v.terms) && v.offsets instanceof Int32Array && v.postings instanceof Int32Array && v.short instanceof Map && !!v.docs && v.docs.kind instanceof Uint8Array && Array.isArray(v.docs.id);
}

export function buildIndex(docs: SearchDoc[]): SearchIndex {
  // Tokens never cross a space and a language has few distinct words, so each distinct word is
  // folded once and mapped to term ids; per document, a stamp array replaces a Map of its terms.
  const words = new Map<string, number[]>();
  const termIds = new Map<string, number>();
  const lists: number[][] = [];
  let stamp = new Int32Array(1024).fill(-1);
  let bits = new Uint8Array(1024);
  const idsOf = (word: string): number[] =>
    tokenize(word).map((term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        termIds.set(term, (id = lists.length));
        lists.push([]);
        if (id >= stamp.length) {
          stamp = Int32Array.from({ length: stamp.length * 2 }, (_, i) => stamp[i] ?? -1);
          bits = Uint8Array.from({ length: bits.length * 2 }, (_, i) => bits[i] ?? 0);
        }
      }
      return id;
    });
  const inDoc: number[] = [];
  const add = (n: number, text: string, bit: number) => {
    for (const word of text.split(' ')) {
      let ids = words.get(word);
      if (ids === undefined) words.set(word, (ids = idsOf(word)));
      for (const id of ids) {
        if (stamp[id] !== n) {
          stamp[id] = n;
          bits[id] = bit;
          inDoc.push(id);
        } else bits[id]! |= bit;
      }
    }
  };
  docs.forEach((doc, n) => {
    add(n, doc.title, TITLE);
    add(n, doc.body, BODY);
    for (const id of inDoc) lists[id]!.push(n * 4 + bits[id]!);
    inDoc.length = 0;
  });
  const terms = [...termIds.keys()].sort();
  const offsets = new Int32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    offsets[i] = total;
    total += lists[termIds.get(term)!]!.length;
  });
  offsets[terms.length] = total;
  const postings = new Int32Array(total);
  terms.forEach((term, i) => postings.set(lists[termIds.get(term)!]!, offsets[i]));
  return withScratch({
    short: shortPrefixes(terms, offsets, postings, docs.length),
    docs: { kind: Uint8Array.from(docs, (d) => KINDS.indexOf(d.kind)), id: docs.map((d) => d.id), title: docs.map((d) => d.title), detail: docs.map((d) => d.detail) },
    terms,
    offsets,
    postings,
  });
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

/** Index range of the terms starting with `prefix` (or equal to it when `exact`). */
function termRange(terms: string[], word: string, exact: boolean): [number, number] {
  let lo = 0;
  let hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  if (exact) return terms[lo] === word ? [lo, lo + 1] : [lo, lo];
  let end = lo;
  while (end < terms.length && terms[end]!.startsWith(word)) end++;
  return [lo, end];
}

export interface Hit {
  kind: SearchKind;
  id: string;
  title: string;
  detail?: string;
  score: number;
}

/**
 * Documents containing every word of `query` (the last one as a prefix, so results come while
 * typing), best first. Words are folded like the index: diacritics and case do not matter.
 */
export function query(index: SearchIndex, text: string, limit = 50): Hit[] {
  const words = [...new Set(tokenize(text))].slice(0, MAX_TOKENS);
  if (words.length === 0) return [];
  const lists = words.map((w, i) => postingLists(index, w, i === words.length - 1));
  if (lists.some((l) => l.length === 0)) return [];
  const { seen, scores } = index;
  const touched: number[] = [];
  const found: number[] = [];
  const last = words.length - 1;
  // A document stays a candidate while it has matched every word so far: seen[doc] counts the words.
  lists.forEach((segments, i) => {
    for (const { list, factor } of segments) {
      for (let p = 0; p < list.length; p++) {
        const posting = list[p]!;
        const doc = posting >> 2;
        const count = seen[doc]!;
        if (count === i) {
          seen[doc] = i + 1;
          if (i === 0) touched.push(doc);
          if (i === last) found.push(doc);
        } else if (count !== i + 1) continue;
        scores[doc]! += WEIGHT[posting & 3]! * factor;
      }
    }
  });
  const hits = topK(found, scores, limit).map(
    (doc): Hit => ({ kind: KINDS[index.docs.kind[doc]!]!, id: index.docs.id[doc]!, title: index.docs.title[doc]!, detail: index.docs.detail[doc], score: scores[doc]! }),
  );
  for (const doc of touched) {
    seen[doc] = 0;
    scores[doc] = 0;
  }
  return hits;
}

interface Segment {
  list: Int32Array;
  factor: number;
}

/** The postings to read for one query word: its own term, and for the last word every term it starts. */
function postingLists(index: SearchIndex, word: string, prefix: boolean): Segment[] {
  const { terms, offsets, postings } = index;
  const [from, to] = termRange(terms, word, !prefix);
  const segment = (t: number): Segment => ({ list: postings.subarray(offsets[t]!, offsets[t + 1]!), factor: terms[t]!.length === word.length ? 1 : PREFIX_FACTOR });
  if (prefix && word.length <= SHORT && to - from > 1) {
    const merged = index.short.get(word);
    const own = terms[from] === word ? [segment(from)] : [];
    return merged ? [...own, { list: merged, factor: PREFIX_FACTOR }] : own;
  }
  const segments: Segment[] = [];
  for (let t = from; t < to; t++) segments.push(segment(t));
  return segments;
}

/** The `k` documents with the highest scores, best first (ties: earlier document first), without sorting them all. */
function topK(docs: number[], scores: Float32Array, k: number): number[] {
  const best: number[] = [];
  const better = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
  for (const doc of docs) {
    if (best.length === k && !better(doc, best[k - 1]!)) continue;
    let i = best.length === k ? k - 1 : best.length;
    while (i > 0 && better(doc, best[i - 1]!)) {
      best[i] = best[i - 1]!;
      i--;
    }
    best[i] = doc;
  }
  return best;
}
