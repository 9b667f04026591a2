import type { Article, SegmentKind } from '../../core/model.js';

// What two reports are compared on: the words of their running text (body and headings) as
// overlapping word sequences ("shingles"). The title, captions, credits, comments and boilerplate are
// left out: a copy with a new headline, another source line or other boilerplate is still a copy.

/** The segments a copy keeps: the report's running text (a new headline is the commonest edit). */
const COMPARED_KINDS: ReadonlySet<SegmentKind> = new Set(['body', 'heading']);

/** Words per shingle: long enough that two independent reports rarely share one by chance. */
export const SHINGLE_WORDS = 5;

/** The lower-cased words of the article's running text, in order. */
export function reportWords(article: Pick<Article, 'text' | 'segments'>): string[] {
  const words: string[] = [];
  for (const s of article.segments) {
    if (!COMPARED_KINDS.has(s.kind)) continue;
    for (const m of article.text.slice(s.start, s.end).toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) words.push(m[0]);
  }
  return words;
}

/** The set of hashed k-word shingles of a word list (a text shorter than k words is one shingle). */
export function shingleSet(words: readonly string[], k = SHINGLE_WORDS): Set<number> {
  const out = new Set<number>();
  if (words.length === 0) return out;
  const last = Math.max(0, words.length - k);
  for (let i = 0; i <= last; i++) out.add(hash32(words.slice(i, i + k).join(' ')));
  return out;
}

/** FNV-1a over UTF-16 code units, 32 bits: stable across runs and machines (signatures are stored). */
export function hash32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Shared shingles over the smaller set: 1 when one text holds the other whole (a cut ending). */
export function containment(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0;
  return intersectionSize(a, b) / Math.min(a.size, b.size);
}

/** Shared shingles over all shingles of either text. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (!a.size || !b.size) return 0;
  const shared = intersectionSize(a, b);
  return shared / (a.size + b.size - shared);
}

function intersectionSize(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n;
}
