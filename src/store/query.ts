// A search query as users type it, parsed into terms every backend can render into its own
// full-text syntax: words (all must occur), "quoted phrases", and word* prefixes. Anything else
// (operators, brackets, stray quotes) is ignored, so no input is a syntax error.

export interface Term {
  /** The words of the term (one for a word, several for a phrase), lower-cased. */
  words: string[];
  prefix: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

export function parseQuery(query: string): Term[] {
  const terms: Term[] = [];
  const re = /"([^"]*)"(\*?)|([^\s"]+)/g;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    const phrase = m[1] !== undefined;
    const body = phrase ? m[1]! : m[3]!;
    const words = body.toLowerCase().match(WORD) ?? [];
    if (words.length === 0) continue;
    const prefix = phrase ? m[2] === '*' : body.endsWith('*');
    // Outside quotes, "state-run" is one term of two adjacent words, like a phrase.
    terms.push({ words, prefix });
  }
  return terms;
}

/** SQLite FTS5 MATCH syntax: each term a quoted phrase (implicit AND), `*` for a prefix. */
export function toFts5(terms: readonly Term[]): string {
  return terms.map((t) => `"${t.words.join(' ')}"${t.prefix ? '*' : ''}`).join(' ');
}

/**
 * A text as the words a search matches, for a backend that indexes what it is given (PostgreSQL):
 * lower-cased, accents folded (as SQLite's unicode61 tokenizer with remove_diacritics), and every run
 * of characters that are not letters or digits one space, so documents split as queries do.
 */
export function searchWords(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * PostgreSQL tsquery syntax: terms joined by `&`, a phrase's words by `<->` (followed by), `:*` for a
 * prefix. Each word is folded as `searchWords` folds documents, and quoted (letters and digits only,
 * so the quotes need no escaping).
 */
export function toTsquery(terms: readonly Term[]): string {
  return terms.map((t) => {
    const words = t.words.map((w, i) => `'${searchWords(w)}'${t.prefix && i === t.words.length - 1 ? ':*' : ''}`);
    return words.length > 1 ? `(${words.join(' <-> ')})` : words[0]!;
  }).join(' & ');
}
