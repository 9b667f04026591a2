import type { Span, Token } from '../../core/model.js';

// One pass of one regular expression, tried in order at each position (the order is the design):
//  1. abbreviations with inner periods: "U.S.", "U.N.", "e.g."
//  2. numbers with separators: "1,400", "6.5", "2.3-million-strong" (the hyphen tail joins)
//  3. possessive/contraction endings as their own token: "’s", "'s", "n't"
//  4. words, with inner hyphens and apostrophes kept: "Jong-UN", "O’Brien", "de-escalation"
//  5. any other single non-space character: punctuation, quotes, symbols
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`,
    String.raw`\p{N}+(?:[.,]\p{N}+)*(?:-\p{L}+(?:-\p{L}+)*)?`,
    String.raw`['’](?:s|S|d|ll|re|ve|m|t)(?!\p{L})`,
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-‐]|['’](?=\p{L}{2,}))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    String.raw`\S`,
  ].join('|'),
  'gu',
);

// A word ending in s followed by a bare apostrophe ("Hamas’", "Reuters'") keeps the apostrophe
// out: rule 4 only joins an apostrophe when two letters follow it, so it falls to rule 5.

/** Tokens of `text` within `range` (default: all of it); offsets are into `text`. */
export function tokenize(text: string, range: Span = { start: 0, end: text.length }): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(range.start, range.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const start = range.start + m.index;
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}
