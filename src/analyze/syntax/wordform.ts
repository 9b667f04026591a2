import { hashString } from './hash.js';

// What the tagger and parser see of a word: its form as UD's English treebanks write it. Our
// tokenizer keeps curly quotes (and splits "don't" as UD does, "do" + "n't"; tokens cut as "don" + "'t"
// elsewhere are mended here too); UD writes straight quotes. The offsets of our tokens never change:
// only the form fed to the model does.

const QUOTES: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u00AB': '"', '\u00BB': '"', '\u2032': "'", '\u2033': '"' };
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015]/g;

/** The forms of a sentence's tokens as UD writes them: straight quotes and apostrophes, "n't" split as UD splits it. */
export function udForms(tokens: readonly string[]): string[] {
  const out = tokens.map((t) => t.replace(/[\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2032\u2033]/g, (c) => QUOTES[c]!).replace(DASHES, (d) => (d === '\u2014' || d === '\u2015' ? '--' : '-')));
  for (let i = 1; i < out.length; i++) {
    // "don" + "'t" -> "do" + "n't"; "can" + "'t" -> "ca" + "n't"; "won" + "'t" -> "wo" + "n't"
    if (/^'t$/i.test(out[i]!) && /n$/i.test(out[i - 1]!) && out[i - 1]!.length > 1) {
      out[i] = /N$/.test(out[i - 1]!) ? "N'T" : "n't";
      out[i - 1] = out[i - 1]!.slice(0, -1);
    }
  }
  return out;
}

/** The word's shape: X for a capital, x for a small letter, d for a digit, runs cut to two ("Xxx", "dd,ddd"). */
export function shapeOf(word: string): string {
  let out = '', last = '', run = 0;
  for (const ch of word) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : ch;
    run = c === last ? run + 1 : 1;
    last = c;
    if (run <= 2) out += c;
  }
  return out;
}

/** Word classes a tagger sees for numbers: a year, other digits (one feature for all "1,400"s). */
export function normalForm(lower: string): string {
  if (/^\d{4}$/.test(lower)) return '!YEAR';
  if (/^[\d.,:/-]+$/.test(lower) && /\d/.test(lower)) return '!DIGITS';
  return lower;
}

/** The hashed atoms of one sentence, computed once and shared by the tagger's and the parser's features. */
export interface SentenceAtoms {
  n: number;
  /** The lower-cased normal form (numbers collapsed). */
  lower: Int32Array;
  /** The form as written. */
  form: Int32Array;
  shape: Int32Array;
  suffix: Int32Array[];
  prefix: Int32Array[];
  lowerText: string[];
}

export const AFFIXES = 4;

/** What one word form contributes to its sentence's atoms; the same wherever the form appears. */
export interface WordAtoms {
  lower: number;
  form: number;
  shape: number;
  suffix: readonly number[];
  prefix: readonly number[];
  lowerText: string;
}

export function wordAtoms(f: string): WordAtoms {
  const w = f.toLowerCase(), l = normalForm(w);
  const suffix: number[] = [], prefix: number[] = [];
  for (let k = 0; k < AFFIXES; k++) suffix.push(w.length > k + 1 ? hashString(w.slice(-(k + 1))) : 0);
  for (let k = 0; k < AFFIXES - 1; k++) prefix.push(w.length > k + 1 ? hashString(w.slice(0, k + 1)) : 0);
  return { lower: hashString(l), form: hashString(f), shape: hashString(shapeOf(f)), suffix, prefix, lowerText: l };
}

/**
 * A word form's atoms, each form hashed once: a model keeps one memo (a few thousand forms make most
 * of any text), up to a size; past it the rest are computed each time.
 */
export class WordAtomsMemo {
  private readonly memo = new Map<string, WordAtoms>();
  constructor(private readonly limit = 200_000) {}

  get(form: string): WordAtoms {
    let a = this.memo.get(form);
    if (a === undefined) {
      a = wordAtoms(form);
      if (this.memo.size < this.limit) this.memo.set(form, a);
    }
    return a;
  }
}

/** The atoms of a sentence's forms (through `memo` when given: the same atoms, computed once per form). */
export function sentenceAtoms(forms: readonly string[], memo?: WordAtomsMemo): SentenceAtoms {
  const n = forms.length;
  const lower = new Int32Array(n), form = new Int32Array(n), shape = new Int32Array(n);
  const suffix = Array.from({ length: AFFIXES }, () => new Int32Array(n));
  const prefix = Array.from({ length: AFFIXES - 1 }, () => new Int32Array(n));
  const lowerText: string[] = [];
  for (let i = 0; i < n; i++) {
    const a = memo ? memo.get(forms[i]!) : wordAtoms(forms[i]!);
    lowerText.push(a.lowerText);
    lower[i] = a.lower;
    form[i] = a.form;
    shape[i] = a.shape;
    for (let k = 0; k < AFFIXES; k++) suffix[k]![i] = a.suffix[k]!;
    for (let k = 0; k < AFFIXES - 1; k++) prefix[k]![i] = a.prefix[k]!;
  }
  return { n, lower, form, shape, suffix, prefix, lowerText };
}
