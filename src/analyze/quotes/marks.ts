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

/** Quoted spans within [start, end) of `text`, sorted, not overlapping. */
export function findQuoteMarks(text: string, start: number, end: number): QuoteMarks[] {
  const found: QuoteMarks[] = [];
  for (const [open, close] of DOUBLE_PAIRS) pairMarks(found, text, start, end, open, close);
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
  pairMarks(found, text, start, end, ...SINGLE_PAIR);
  return found.sort((a, b) => a.outer.start - b.outer.start);
}

const taken = (found: readonly QuoteMarks[], s: number, e: number) => found.some((q) => q.outer.start < e && s < q.outer.end);

/** Adds the spans between `open` and `close` marks that overlap none found so far. */
function pairMarks(found: QuoteMarks[], text: string, start: number, end: number, open: string, close: string): void {
  let i = text.indexOf(open, start);
  while (i >= 0 && i < end) {
    if (open === '‘' && /\p{L}/u.test(text[i - 1] ?? '')) { i = text.indexOf(open, i + 1); continue; }
    const j = closingMark(text, i + open.length, end, close);
    if (j < 0) { i = text.indexOf(open, i + 1); continue; }
    if (!taken(found, i, j + close.length)) add(found, text, i, i + open.length, j, j + close.length);
    i = text.indexOf(open, j + close.length);
  }
}

function closingMark(text: string, from: number, end: number, close: string): number {
  let j = text.indexOf(close, from);
  while (j >= 0 && j < end) {
    if (text.slice(from, j).includes('\n\n')) return -1;
    // ’ is also the apostrophe: a closing single quote is not followed by a letter
    if (close === '’' && /\p{L}/u.test(text[j + 1] ?? '')) { j = text.indexOf(close, j + 1); continue; }
    return j;
  }
  return -1;
}

function add(found: QuoteMarks[], text: string, outerStart: number, innerStart: number, innerEnd: number, outerEnd: number): void {
  let s = innerStart, e = innerEnd;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e <= s) return;
  found.push({ inner: { start: s, end: e }, outer: { start: outerStart, end: outerEnd } });
}
