// Answer a query from the index, best first. The order, from the strongest reason to the weakest:
// 1. the query is a phrase of one of the document's names (title, short name, place, date, legal document);
// 2. more query words whole (only the last word, still being typed, may match as a prefix);
// 3. more query words in the names rather than the body;
// 4. ongoing and recent before old (recency.ts); 5. a shorter name; 6. the content's own order.
// 1–3 are packed in one integer per document, so a query is one pass over its posting lists.
import { tokenize } from '../lib/fold.ts';
import { BODY, NAME, SHORT, termRange, type IndexData } from './inverted-index.ts';
import { KINDS, type SearchKind } from './search-doc.ts';

const MAX_WORDS = 8;
const PHRASE = 1 << 22;
/** Per word: whole (not a prefix) 1 << 16, plus in the names 1 << 10 or else in the body 1; at most 8 words fit each field. */
const WHOLE = 1 << 16;
const IN_NAMES = 1 << 10;
const NAMES_SHIFT = 10;

export interface SearchIndex extends IndexData {
  /** Per document: recency rank for the day the searcher was made. */
  recency: Float32Array;
  /** Scratch space reused by every query. */
  seen: Uint8Array;
  scores: Int32Array;
  wordScore: Int32Array;
}

export interface Hit {
  kind: SearchKind;
  id: string;
  title: string;
  detail?: string | undefined;
  score: number;
}

export function withScratch(data: IndexData, recency: Float32Array): SearchIndex {
  const n = data.docs.id.length;
  return { ...data, recency, seen: new Uint8Array(n), scores: new Int32Array(n), wordScore: new Int32Array(n) };
}

interface Segment {
  list: Int32Array;
  whole: boolean;
}

/** The postings to read for one query word: its own term, and for the last word every term it starts. */
function postingLists(index: SearchIndex, word: string, prefix: boolean): Segment[] {
  const { terms, offsets, postings } = index;
  const [from, to] = termRange(terms, word, !prefix);
  const segment = (t: number): Segment => ({ list: postings.subarray(offsets[t]!, offsets[t + 1]!), whole: terms[t] === word });
  if (prefix && word.length <= SHORT && to - from > 1) {
    const merged = index.short.get(word);
    const own = terms[from] === word ? [segment(from)] : [];
    return merged ? [...own, { list: merged, whole: false }] : own;
  }
  const segments: Segment[] = [];
  for (let t = from; t < to; t++) segments.push(segment(t));
  return segments;
}

/** Whether the words (term id ranges, in order) follow each other in one of document `doc`'s names. */
function hasPhrase(index: SearchIndex, doc: number, ranges: [number, number][]): boolean {
  const { names, namesAt } = index.docs;
  const end = namesAt[doc + 1]! - ranges.length;
  outer: for (let at = namesAt[doc]!; at <= end; at++) {
    for (let w = 0; w < ranges.length; w++) {
      const id = names[at + w]!;
      if (id < ranges[w]![0] || id >= ranges[w]![1]) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * Documents containing every word of `text` (the last one also as a prefix, so results come while
 * typing), best first. Words are folded like the index: diacritics and case do not matter.
 */
export function query(index: SearchIndex, text: string, limit = 50): Hit[] {
  const words = tokenize(text).slice(0, MAX_WORDS);
  if (words.length === 0) return [];
  // Each word once, the last typed kept last (it is the one matched as a prefix).
  const distinct = words.filter((w, i) => words.indexOf(w, i + 1) === -1);
  const last = distinct.length - 1;
  const lists = distinct.map((w, i) => postingLists(index, w, i === last));
  if (lists.some((l) => l.length === 0)) return [];
  const { seen, scores, wordScore } = index;
  const touched: number[] = [];
  const found: number[] = [];
  // A document stays a candidate while it has matched every word so far: seen[doc] counts the words.
  // Its score for the current word is the best of the terms it matched (wordScore), added once.
  lists.forEach((segments, i) => {
    for (const { list, whole } of segments) {
      const base = whole ? WHOLE : 0;
      for (let p = 0; p < list.length; p++) {
        const posting = list[p]!;
        const doc = posting >> 2;
        const value = base + (posting & NAME ? IN_NAMES : posting & BODY);
        const count = seen[doc]!;
        if (count === i) {
          seen[doc] = i + 1;
          if (i === 0) touched.push(doc);
          if (i === last) found.push(doc);
          scores[doc]! += value;
          wordScore[doc] = value;
        } else if (count === i + 1 && value > wordScore[doc]!) {
          scores[doc]! += value - wordScore[doc]!;
          wordScore[doc] = value;
        }
      }
    }
  });
  markPhrases(index, found, words, distinct.length);
  const hits = topK(index, found, limit).map((doc): Hit => ({ kind: KINDS[index.docs.kind[doc]!]!, id: index.docs.id[doc]!, title: index.docs.title[doc]!, detail: index.docs.detail[doc], score: scores[doc]! }));
  for (const doc of touched) {
    seen[doc] = 0;
    scores[doc] = 0;
  }
  return hits;
}

/** Add PHRASE to the found documents whose names hold the query as typed, word after word. */
function markPhrases(index: SearchIndex, found: number[], words: string[], distinct: number): void {
  const { scores, terms } = index;
  const ranges = words.map((w, i) => termRange(terms, w, i < words.length - 1));
  for (const doc of found) {
    // Only a document with every word in its names can hold them as a phrase there.
    if ((scores[doc]! >> NAMES_SHIFT) % 64 !== distinct) continue;
    if (words.length === 1 || hasPhrase(index, doc, ranges)) scores[doc]! += PHRASE;
  }
}

/** The `k` best documents, best first, without sorting them all. */
function topK(index: SearchIndex, docs: number[], k: number): number[] {
  const { scores, recency } = index;
  const { nameLength } = index.docs;
  const better = (a: number, b: number): boolean =>
    scores[a] !== scores[b] ? scores[a]! > scores[b]! : recency[a] !== recency[b] ? recency[a]! > recency[b]! : nameLength[a] !== nameLength[b] ? nameLength[a]! < nameLength[b]! : a < b;
  const best: number[] = [];
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
