import type { Span } from '../../core/model.js';

// Direct quotations by their marks: curly “…”, straight "…", guillemets «…», low-high „…“, the
// TeX-style ``…'' of some corpora, and single curly ‘…’ where the closing mark is not an apostrophe.
// A quote never crosses a paragraph break; an opening mark with no closing one is left alone. Double
// marks are paired first: single marks inside them are a quote within the quote (“I heard ‘bang’”),
// which stays part of the outer one.

export interface QuoteMarks {
  /** The quoted words, whitespace trimmed. */
  inner: Span;
  /** The marks included. */
  outer: Span;
}

const DOUBLE_PAIRS: readonly (readonly [string, string])[] = [['“', '”'], ['«', '»'], ['„', '“'], ['``', "''"]];
const SINGLE_PAIR = ['‘', '’'] as const;

/** Where `mark` next stands at or after `from` in the segment searched; -1 when nowhere. */
type Find = (mark: string, from: number) => number;

/** Quoted spans within [start, end) of `text`, sorted, not overlapping. */
export function findQuoteMarks(text: string, start: number, end: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  // Searches stay within the segment (one character past it, as a two-character mark may straddle its end):
  // searching on through the rest of the text from every paragraph grew with the square of the length.
  const window = text.slice(start, Math.min(text.length, end + 1));
  const find: Find = (mark, from) => { const k = window.indexOf(mark, from - start); return k < 0 ? -1 : k + start; };
  for (const [open, close] of DOUBLE_PAIRS) pairMarks(found, text, find, start, end, open, close);
  // straight double quotes pair up in order within a paragraph
  let open = -1;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') open = -1;
    if (c !== '"') continue;
    if (open < 0) { open = i; continue; }
    if (!taken(found, open, i + 1)) add(found, text, open, open + 1, i, i + 1);
    open = -1;
  }
  pairMarks(found, text, find, start, end, ...SINGLE_PAIR);
  return found.sort((a, b) => a.outer.start - b.outer.start);
}

/** Whether [s, e) overlaps a quote found so far. Found quotes are kept sorted and never overlap, so their ends ascend: one binary search. */
function taken(found: readonly QuoteMarks[], s: number, e: number): boolean {
  const i = firstEndingAfter(found, s);
  return i < found.length && found[i]!.outer.start < e;
}

function firstEndingAfter(found: readonly QuoteMarks[], pos: number): number {
  let lo = 0, hi = found.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (found[mid]!.outer.end > pos) hi = mid; else lo = mid + 1; }
  return lo;
}

/** Adds the spans between `open` and `close` marks that overlap none found so far. */
function pairMarks(found: QuoteMarks[], text: string, find: Find, start: number, end: number, open: string, close: string): void {
  // Where closing marks and paragraph breaks stand, found once: searching the rest of the text from every
  // opening mark grew with the square of the length when closing marks were few.
  const closes = positions(find, close, start, end);
  const breaks = positions(find, '\n\n', start, end);
  let i = find(open, start);
  while (i >= 0 && i < end) {
    if (open === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) { i = find(open, i + 1); continue; }
    const j = closingMark(text, i + open.length, closes, breaks, close);
    if (j < 0) { i = find(open, i + 1); continue; }
    if (!taken(found, i, j + close.length)) add(found, text, i, i + open.length, j, j + close.length);
    i = find(open, j + close.length);
  }
}

/** Where `mark` starts within [start, end), ascending (a mark straddling `end` counts, as indexOf found it). */
function positions(find: Find, mark: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let k = find(mark, start); k >= 0 && k < end; k = find(mark, k + 1)) out.push(k);
  return out;
}

/** The first index in ascending `xs` at or after `pos`. */
function firstAtOrAfter(xs: readonly number[], pos: number): number {
  let lo = 0, hi = xs.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (xs[mid]! >= pos) hi = mid; else lo = mid + 1; }
  return lo;
}

/** The closing mark after `from` within its paragraph; -1 when there is none. */
function closingMark(text: string, from: number, closes: readonly number[], breaks: readonly number[], close: string): number {
  // a paragraph break wholly before the mark ends the search (as `text.slice(from, j).includes('\n\n')`)
  const nextBreak = breaks[firstAtOrAfter(breaks, from)];
  for (let c = firstAtOrAfter(closes, from); c < closes.length; c++) {
    const j = closes[c]!;
    if (nextBreak !== undefined && nextBreak + 2 <= j) return -1;
    // ’ is also the apostrophe: a closing single quote is not followed by a letter
    if (close === '’' && /\p{L}/u.test(text[j + 1] ?? '')) continue;
    return j;
  }
  return -1;
}

function add(found: QuoteMarks[], text: string, outerStart: number, innerStart: number, innerEnd: number, outerEnd: number): void {
  let s = innerStart, e = innerEnd;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  // kept sorted by position (found quotes never overlap), so `taken` can search it
  found.splice(firstEndingAfter(found, outerStart), 0, { inner: { start: s, end: e }, outer: { start: outerStart, end: outerEnd } });
}
