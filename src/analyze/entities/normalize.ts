// Token normalisation and word shapes: real article text (curly quotes, dashes) is mapped onto the
// forms the CoNLL training text uses before any feature is computed.

const QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DQUOTES = /[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g;

/** The token as the model sees it: straight quotes, ASCII hyphens, `...` for an ellipsis. */
export function normalizeToken(text: string): string {
  let t = text;
  if (/[^\x00-\x7F]/.test(t)) {
    t = t.replace(QUOTES, "'").replace(DQUOTES, '"').replace(DASHES, '-').replace(/\u2026/g, '...');
  }
  return t;
}

/** The lower-cased key used for gazetteer look-ups: a trailing period is dropped ("Inc." = "Inc"). */
export function lookupKey(norm: string): string {
  const l = norm.toLowerCase();
  return l.length > 1 && l.endsWith('.') && !/^(?:\p{L}\.){2,}$/u.test(l) ? l.slice(0, -1) : l;
}

/** Word shape, one symbol per character (X upper, x lower, d digit, others as they are), at most 12 long. */
export function wordShape(w: string): string {
  let s = '';
  const n = Math.min(w.length, 12);
  for (let i = 0; i < n; i++) {
    const c = w.charCodeAt(i);
    if (c >= 65 && c <= 90) s += 'X';
    else if (c >= 97 && c <= 122) s += 'x';
    else if (c >= 48 && c <= 57) s += 'd';
    else if (c < 128) s += w[i];
    else {
      const ch = w[i]!;
      const up = ch.toUpperCase(), lo = ch.toLowerCase();
      s += up !== lo ? (ch === up ? 'X' : 'x') : ch;
    }
  }
  return s;
}

/** The shape with runs collapsed: "Xxxxx" -> "Xx", "d,ddd" -> "d,d". */
export function shortShape(shape: string): string {
  let s = '';
  let last = '';
  for (const c of shape) if (c !== last) { s += c; last = c; }
  return s;
}

export function isCapitalized(w: string): boolean {
  const c = w.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** Has letters and no lower-case letter ("NATO", "U.S.", "REUTERS"). */
export function isAllCaps(w: string): boolean {
  return w !== w.toLowerCase() && w === w.toUpperCase();
}

export function hasLetter(w: string): boolean {
  return w.toLowerCase() !== w.toUpperCase();
}
