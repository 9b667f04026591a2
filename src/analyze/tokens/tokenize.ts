import type { Span, Token } from '../../core/model.js';

// One pass of one regular expression, tried in order at each position (the order is the design):
//  1. abbreviations with inner periods: "U.S.", "U.N.", "e.g."
//  2. clock times, "3:30"; numbers with separators: "1,400", "6.5", "2.3-million-strong" (the hyphen tail joins), and
//     a calibre's point: ".22", ".45-caliber" (UD writes each as one token)
//  3. possessive/contraction endings as their own token: "’s", "'s", "'re", "'ll", "'ve", "n't" (as UD
//     writes them: "We 're", "do n't", "ca n't"; the tagger and parser learnt these tokens)
//  4. words, with inner hyphens and apostrophes kept: "Jong-UN", "O’Brien", "de-escalation"
// ("don" + "'t" as the expression cuts it becomes "do" + "n't" after it)
//  5. a dash typed as two or more hyphens, "--" (UD writes it so, one token, and the parser reads an em dash as it)
//  6. any other single non-space character: punctuation, quotes, symbols
const TOKEN = new RegExp(
  [
    String.raw`(?:\p{L}\.){2,}(?!\p{L})`,
    String.raw`\p{N}{1,2}:\p{N}{2}(?!\p{N})`,
    String.raw`(?:(?<![\p{L}\p{N}.])\.(?=\p{N}))?\p{N}+(?:[.,]\p{N}+)*(?:-\p{L}+(?:-\p{L}+)*)?`,
    String.raw`['’](?:s|S|d|ll|re|ve|m|t|LL|RE|VE|M|D|T)(?!\p{L})`,
    String.raw`\p{L}[\p{L}\p{M}\p{N}]*(?:(?:[-‐]|['’](?=\p{L}{2,})(?!(?:ll|re|ve|LL|RE|VE)(?!\p{L})))[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*`,
    String.raw`-{2,}`,
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
    const prev = tokens[tokens.length - 1];
    // "don" + "'t" as the expression cuts it is "do" + "n't" as UD writes it
    if (prev && prev.end === start && prev.text.length > 1 && /^['’][tT]$/.test(m[0]) && /[nN]$/.test(prev.text)) {
      prev.end--; prev.text = prev.text.slice(0, -1);
      tokens.push({ start: start - 1, end: start + 2, text: text.slice(start - 1, start + 2) });
      continue;
    }
    tokens.push({ start, end: start + m[0].length, text: m[0] });
  }
  return tokens;
}
