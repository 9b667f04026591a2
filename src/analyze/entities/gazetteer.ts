import { lookupKey, normalizeToken } from './normalize.js';

/**
 * Phrase lists by category (country, city, first name, ...). A phrase is a sequence of lookup keys
 * (lower case, see `lookupKey`); matching walks a prefix set so each sentence costs about one Map
 * probe per token and matched word.
 */
export class Gazetteer {
  /** Phrase (or proper prefix of one) -> category bits; PREFIX marks proper prefixes. */
  private readonly entries = new Map<string, number>();
  /** Every word that stands after a space in some phrase: a phrase grows by a word only if the word is here. */
  private readonly laterWords = new Set<string>();
  private phrases = 0;
  maxLength = 0;

  constructor(readonly categories: readonly string[]) {
    if (categories.length > 30) throw new Error('at most 30 gazetteer categories');
  }

  /** Adds a phrase given as text ("New York"), tokenised like the articles are. */
  add(category: string, phrase: string): void {
    const keys = phraseKeys(phrase);
    if (keys.length) this.addKeys(category, keys);
  }

  addKeys(category: string, keys: readonly string[]): void {
    const bit = this.categories.indexOf(category);
    if (bit < 0) throw new Error(`unknown gazetteer category ${category}`);
    this.set(keys.join(' '), 1 << bit);
  }

  private set(key: string, mask: number): void {
    const old = this.entries.get(key) ?? 0;
    if (!(old & CATEGORIES)) this.phrases++;
    this.entries.set(key, old | mask);
    let n = 1;
    for (let p = key.indexOf(' '); p >= 0; p = key.indexOf(' ', p + 1)) {
      const prefix = key.slice(0, p);
      this.entries.set(prefix, (this.entries.get(prefix) ?? 0) | PREFIX);
      const next = key.indexOf(' ', p + 1);
      this.laterWords.add(key.slice(p + 1, next < 0 ? key.length : next));
      n++;
    }
    if (n > this.maxLength) this.maxLength = n;
  }

  /** Category bits of one phrase of keys, 0 when absent. */
  lookup(key: string): number {
    return (this.entries.get(key) ?? 0) & CATEGORIES;
  }

  get size(): number {
    return this.phrases;
  }

  /**
   * For each token, one code per category whose longest match from some start covers it:
   * `category * 4 + position` with position 0 = B, 1 = I, 2 = L, 3 = U (single-token match).
   */
  match(keys: readonly string[]): (readonly number[])[] {
    // most tokens match nothing: they share one frozen empty list, and a list is made only for a match (speed)
    const out: (readonly number[])[] = new Array<readonly number[]>(keys.length).fill(NO_MATCH);
    const codes = (k: number): number[] => (out[k] === NO_MATCH ? (out[k] = []) : out[k]) as number[];
    const cats = this.categories.length;
    const longest = new Int32Array(cats);
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i]!;
      let mask = this.entries.get(key);
      if (mask === undefined) continue;
      longest.fill(0);
      let any = false;
      for (let j = i; j < keys.length && j - i < this.maxLength; j++) {
        if (j > i) {
          // no phrase has this word after a space: the longer key is in no entry (a key with a space of its own is looked up)
          if (!this.laterWords.has(keys[j]!) && !keys[j]!.includes(' ')) break;
          key = `${key} ${keys[j]}`;
          mask = this.entries.get(key);
          if (mask === undefined) break;
        }
        mask &= CATEGORIES;
        if (mask) {
          any = true;
          for (let c = 0; c < cats; c++) if (mask & (1 << c)) longest[c] = j - i + 1;
        }
      }
      if (!any) continue;
      for (let c = 0; c < cats; c++) {
        const len = longest[c]!;
        if (!len) continue;
        if (len === 1) { codes(i).push(c * 4 + 3); continue; }
        codes(i).push(c * 4);
        for (let k = i + 1; k < i + len - 1; k++) codes(k).push(c * 4 + 1);
        codes(i + len - 1).push(c * 4 + 2);
      }
    }
    return out;
  }

  /** Plain-text form: categories on the first line, then `mask<TAB>phrase` lines. */
  serialize(): string {
    const lines = [this.categories.join(' ')];
    for (const [k, m] of this.entries) if (m & CATEGORIES) lines.push(`${(m & CATEGORIES).toString(36)}\t${k}`);
    return lines.join('\n');
  }

  static deserialize(text: string): Gazetteer {
    const lines = text.split('\n');
    const g = new Gazetteer(lines[0]!.split(' '));
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      g.set(line.slice(tab + 1), parseInt(line.slice(0, tab), 36));
    }
    return g;
  }
}

const PREFIX = 1 << 30;
const NO_MATCH: readonly number[] = Object.freeze([]);
const CATEGORIES = PREFIX - 1;

const PHRASE_TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?|['’]s\b|\S/gu;

/** Lookup keys of a phrase, tokenised roughly as the project tokenizer and CoNLL do. */
export function phraseKeys(phrase: string): string[] {
  return (phrase.match(PHRASE_TOKEN) ?? []).map((t) => lookupKey(normalizeToken(t)));
}
