import { lookupKey, normalizeToken } from './normalize.js';

/**
 * Phrase lists by category (country, city, first name, ...). A phrase is a sequence of lookup keys
 * (lower case, see `lookupKey`); matching walks a prefix set so each sentence costs about one Map
 * probe per token and matched word.
 */
export class Gazetteer {
  private readonly entries = new Map<string, number>();
  private readonly prefixes = new Set<string>();
  maxLength = 0;

  constructor(readonly categories: readonly string[]) {
    if (categories.length > 31) throw new Error('at most 31 gazetteer categories');
  }

  /** Adds a phrase given as text ("New York"), tokenised like the articles are. */
  add(category: string, phrase: string): void {
    const keys = phraseKeys(phrase);
    if (keys.length) this.addKeys(category, keys);
  }

  addKeys(category: string, keys: readonly string[]): void {
    const bit = this.categories.indexOf(category);
    if (bit < 0) throw new Error(`unknown gazetteer category ${category}`);
    let key = '';
    for (let i = 0; i < keys.length; i++) {
      key = i ? `${key} ${keys[i]}` : keys[i]!;
      this.prefixes.add(key);
    }
    this.entries.set(key, (this.entries.get(key) ?? 0) | (1 << bit));
    if (keys.length > this.maxLength) this.maxLength = keys.length;
  }

  /** Category bits of one phrase of keys, 0 when absent. */
  lookup(key: string): number {
    return this.entries.get(key) ?? 0;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * For each token, one code per category whose longest match from some start covers it:
   * `category * 4 + position` with position 0 = B, 1 = I, 2 = L, 3 = U (single-token match).
   */
  match(keys: readonly string[]): number[][] {
    const out: number[][] = keys.map(() => []);
    const cats = this.categories.length;
    const longest = new Int32Array(cats);
    for (let i = 0; i < keys.length; i++) {
      let key = keys[i]!;
      if (!this.prefixes.has(key)) continue;
      longest.fill(0);
      let any = false;
      for (let j = i; j < keys.length && j - i < this.maxLength; j++) {
        if (j > i) {
          key = `${key} ${keys[j]}`;
          if (!this.prefixes.has(key)) break;
        }
        const mask = this.entries.get(key);
        if (mask) {
          any = true;
          for (let c = 0; c < cats; c++) if (mask & (1 << c)) longest[c] = j - i + 1;
        }
      }
      if (!any) continue;
      for (let c = 0; c < cats; c++) {
        const len = longest[c]!;
        if (!len) continue;
        if (len === 1) { out[i]!.push(c * 4 + 3); continue; }
        out[i]!.push(c * 4);
        for (let k = i + 1; k < i + len - 1; k++) out[k]!.push(c * 4 + 1);
        out[i + len - 1]!.push(c * 4 + 2);
      }
    }
    return out;
  }

  /** Plain-text form: categories on the first line, then `mask<TAB>phrase` lines. */
  serialize(): string {
    const lines = [this.categories.join(' ')];
    for (const [k, m] of this.entries) lines.push(`${m.toString(36)}\t${k}`);
    return lines.join('\n');
  }

  static deserialize(text: string): Gazetteer {
    const lines = text.split('\n');
    const g = new Gazetteer(lines[0]!.split(' '));
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!;
      const tab = line.indexOf('\t');
      if (tab < 0) continue;
      const mask = parseInt(line.slice(0, tab), 36);
      const key = line.slice(tab + 1);
      g.entries.set(key, mask);
      let p = -1;
      let n = 1;
      while ((p = key.indexOf(' ', p + 1)) >= 0) { g.prefixes.add(key.slice(0, p)); n++; }
      g.prefixes.add(key);
      if (n > g.maxLength) g.maxLength = n;
    }
    return g;
  }
}

const PHRASE_TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*\.?|['’]s\b|\S/gu;

/** Lookup keys of a phrase, tokenised roughly as the project tokenizer and CoNLL do. */
export function phraseKeys(phrase: string): string[] {
  return (phrase.match(PHRASE_TOKEN) ?? []).map((t) => lookupKey(normalizeToken(t)));
}
