import type { Gazetteer } from './gazetteer.js';
import { hasLetter, isAllCaps, isCapitalized, lookupKey, normalizeToken, shortShape, wordShape } from './normalize.js';
import { AtomTable, FeatureTable } from './table.js';
import { O, partOf } from './tags.js';

/** What feature extraction needs besides the text: loaded once with the model. */
export interface FeatureResources {
  gazetteer: Gazetteer;
  /** Word -> bit-string path of its learned cluster (hierarchical, so prefixes are coarser classes). */
  clusters: ReadonlyMap<string, string>;
}

// Feature templates. A feature is the pair (k1, k2) with k1 = template | (atom << 6): the template
// names what is looked at, the atom (and k2) what was seen there. Atoms are interned strings (words,
// affixes, cluster prefixes); shapes have their own small ids so that three fit in one int32.
const enum Tpl {
  Intrinsic = 1, // a = atom of a word-only feature ("w=Paris", "x3=ris", "c8=01101001", ...)
  PrevL, NextL, Prev2L, Next2L, PrevLL, LNextL,
  PrevSS, NextSS, Prev2SS, Next2SS, Shapes3, PrevLSS, SSNextL,
  Mode, ModeSS, ModeL, InitSS, InitW,
  Gaz, GazSS, PrevGaz, NextGaz,
  PrevC8, PrevC4, NextC8, NextC4,
  Doc,
  PrevTag, NextTag, Global,
}

/** Everything about one word type that does not depend on its context; computed once per type. */
export interface WordInfo {
  norm: string;
  lower: string;
  key: string;
  w: number;
  l: number;
  ss: number;
  c4: number;
  c8: number;
  letters: boolean;
  cap: boolean;
  allCaps: boolean;
  /** Feature rows of the word-only features (known ones). */
  rows: Int32Array;
  /** Scores of the word-only features under a loaded model (both passes), filled in by the model. */
  scores?: Float32Array;
}

const MEMO_LIMIT = 200_000;
const BOS = 1, EOS = 2; // reserved atom and shape ids

/**
 * The feature space of a model: atoms, shapes, feature rows, resources, and a memo of word types.
 * Training grows the tables; a loaded model freezes them (unknown features are dropped).
 */
export class FeatureSpace {
  private readonly memo = new Map<string, WordInfo>();
  constructor(
    readonly res: FeatureResources,
    readonly atoms: AtomTable = new AtomTable(),
    readonly shapes: AtomTable = new AtomTable(1023),
    readonly table: FeatureTable = new FeatureTable(1 << 18),
  ) {
    if (atoms.size === 1) { atoms.id('<s>'); atoms.id('</s>'); }
    if (shapes.size === 1) { shapes.id('<s>'); shapes.id('</s>'); }
  }

  freeze(): void {
    this.atoms.frozen = true; this.shapes.frozen = true; this.table.frozen = true;
    this.memo.clear();
  }

  /** Row of feature (template, a, b), or -1 when unknown (frozen) or when an atom is unknown (0). */
  row(t: number, a: number, b = 0): number {
    if (a === 0) return -1;
    return this.table.id(t | (a << 6), b);
  }

  word(raw: string): WordInfo {
    const hit = this.memo.get(raw);
    if (hit) return hit;
    const info = this.makeWord(raw);
    if (this.memo.size < MEMO_LIMIT) this.memo.set(raw, info);
    return info;
  }

  private makeWord(raw: string): WordInfo {
    const norm = normalizeToken(raw);
    const lower = norm.toLowerCase();
    const sh = wordShape(norm), ssStr = shortShape(sh);
    const A = (s: string) => this.atoms.id(s);
    const cluster = this.res.clusters.get(norm) ?? this.res.clusters.get(lower);
    const rows: number[] = [];
    const add = (s: string) => { const r = this.row(Tpl.Intrinsic, A(s)); if (r >= 0) rows.push(r); };
    add('b');
    add('w=' + norm);
    add('l=' + lower);
    add('s=' + sh);
    add('ss=' + ssStr);
    const len = lower.length;
    for (let k = 1; k <= 4 && k < len; k++) { add(`p${k}=` + lower.slice(0, k)); add(`x${k}=` + lower.slice(-k)); }
    if (cluster !== undefined) {
      add('c4=' + cluster.slice(0, 4));
      add('c8=' + cluster.slice(0, 8));
      add('c12=' + cluster.slice(0, 12));
      add('c=' + cluster);
    } else add('c=none');
    // Hyphenated compounds ("Israel-Hamas", "Jong-UN", "German-born"): their parts.
    const dash = norm.indexOf('-');
    if (dash > 0 && dash < norm.length - 1 && hasLetter(norm)) {
      const parts = lower.split('-'), wparts = norm.split('-');
      const gaz = this.res.gazetteer;
      for (let k = 0; k < parts.length; k++) {
        const p = parts[k]!;
        if (!p) continue;
        const where = k === parts.length - 1 ? 'L' : 'P';
        add(`h${where}=` + p);
        add(`hs${where}=` + shortShape(wordShape(wparts[k]!)));
        const mask = gaz.lookup(p);
        for (let c = 0; c < gaz.categories.length; c++) if (mask & (1 << c)) add(`hg${where}=` + gaz.categories[c]);
      }
    }
    return {
      norm, lower, key: lookupKey(norm),
      w: A('w=' + norm), l: A('l=' + lower), ss: this.shapes.id(ssStr),
      c4: cluster !== undefined ? A('c4=' + cluster.slice(0, 4)) : 0,
      c8: cluster !== undefined ? A('c8=' + cluster.slice(0, 8)) : 0,
      letters: hasLetter(norm), cap: isCapitalized(norm), allCaps: isAllCaps(norm),
      rows: Int32Array.from(rows),
    };
  }
}

/** One sentence with its word types and gazetteer codes. */
export interface PreparedSentence {
  words: WordInfo[];
  /** Gazetteer codes per token (category * 4 + position). */
  gaz: (readonly number[])[];
  /** Index of the first token that is not punctuation (the sentence-initial word). */
  initial: number;
  /** 0 normal, 1 mostly upper case (CoNLL headlines, credit lines), 2 Title Case (headlines). */
  mode: number;
}

export interface PreparedDocument {
  sentences: PreparedSentence[];
  /** Lookup keys seen written in lower case somewhere in the document. */
  lowerSeen: Set<string>;
  /** Lookup keys seen capitalised in the middle of a mixed-case sentence. */
  capMid: Set<string>;
}

const SMALL = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'vs']);

export function prepareSentence(tokens: readonly string[], space: FeatureSpace): PreparedSentence {
  const n = tokens.length;
  const words = new Array<WordInfo>(n);
  let initial = -1, letterTokens = 0, capsTokens = 0, longWords = 0, capLong = 0;
  for (let i = 0; i < n; i++) {
    const info = space.word(tokens[i]!);
    words[i] = info;
    if (initial < 0 && (info.letters || /\d/.test(info.norm))) initial = i;
    if (info.letters && info.norm.length >= 2) {
      letterTokens++;
      if (info.allCaps) capsTokens++;
      if (i !== initial && info.norm.length >= 4 && !SMALL.has(info.lower)) {
        longWords++;
        if (info.cap) capLong++;
      }
    }
  }
  const caps = letterTokens > 0 && capsTokens >= 0.8 * letterTokens;
  const title = !caps && longWords >= 3 && capLong >= 0.8 * longWords;
  const gaz = space.res.gazetteer.match(words.map((w) => w.key));
  return { words, gaz, initial: Math.max(initial, 0), mode: caps ? 1 : title ? 2 : 0 };
}

export function prepareDocument(sentences: readonly (readonly string[])[], space: FeatureSpace): PreparedDocument {
  const prepared = sentences.map((s) => prepareSentence(s, space));
  const lowerSeen = new Set<string>();
  const capMid = new Set<string>();
  for (const s of prepared) {
    if (s.mode === 1) continue;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      if (!w.letters) continue;
      if (w.norm === w.lower) lowerSeen.add(w.key);
      else if (i !== s.initial && s.mode === 0 && w.cap) capMid.add(w.key);
    }
  }
  return { sentences: prepared, lowerSeen, capMid };
}

/**
 * Feature rows of token `i` that need no prediction, passed one by one to `add` (unknown ones
 * skipped). `wordOnly = false` leaves out the features of the word alone (a loaded model scores
 * those once per word type).
 */
export function localFeatures(space: FeatureSpace, doc: PreparedDocument, s: PreparedSentence, i: number, add: (row: number) => void, wordOnly = true): void {
  const n = s.words.length;
  const cur = s.words[i]!;
  if (wordOnly) for (const r of cur.rows) add(r);
  const prev = i > 0 ? s.words[i - 1] : undefined, next = i + 1 < n ? s.words[i + 1] : undefined;
  const prev2 = i > 1 ? s.words[i - 2] : undefined, next2 = i + 2 < n ? s.words[i + 2] : undefined;
  const lp = prev ? prev.l : BOS, ln = next ? next.l : EOS, lp2 = prev2 ? prev2.l : BOS, ln2 = next2 ? next2.l : EOS;
  const ss = cur.ss, ssp = prev ? prev.ss : BOS, ssn = next ? next.ss : EOS;
  const ssp2 = prev2 ? prev2.ss : BOS, ssn2 = next2 ? next2.ss : EOS;
  const r = (t: number, a: number, b = 0) => { const x = space.row(t, a, b); if (x >= 0) add(x); };
  r(Tpl.PrevL, lp);
  r(Tpl.NextL, ln);
  r(Tpl.Prev2L, lp2);
  r(Tpl.Next2L, ln2);
  if (cur.l) { r(Tpl.PrevLL, lp, cur.l); r(Tpl.LNextL, cur.l, ln); }
  r(Tpl.PrevSS, ssp);
  r(Tpl.NextSS, ssn);
  r(Tpl.Prev2SS, ssp2, ssp);
  r(Tpl.Next2SS, ssn, ssn2);
  r(Tpl.Shapes3, ssp, (ss << 10) | ssn);
  r(Tpl.PrevLSS, lp, ss);
  r(Tpl.SSNextL, ln, ss);
  // Sentence context: its casing and the position, joined with the shape or word.
  const mode = s.mode;
  if (mode) {
    r(Tpl.Mode, mode);
    r(Tpl.ModeSS, mode, ss);
    r(Tpl.ModeL, cur.l, mode);
  }
  if (i === s.initial) {
    r(Tpl.InitSS, ss);
    if (mode === 0) r(Tpl.InitW, cur.w);
  }
  // Gazetteers here and next door.
  for (const g of s.gaz[i]!) {
    r(Tpl.Gaz, g + 1);
    r(Tpl.GazSS, g + 1, ss);
  }
  if (i > 0) for (const g of s.gaz[i - 1]!) r(Tpl.PrevGaz, g + 1);
  if (i + 1 < n) for (const g of s.gaz[i + 1]!) r(Tpl.NextGaz, g + 1);
  // Clusters next door.
  if (prev) { r(Tpl.PrevC8, prev.c8); r(Tpl.PrevC4, prev.c4); }
  if (next) { r(Tpl.NextC8, next.c8); r(Tpl.NextC4, next.c4); }
  // Document context: was the word seen in lower case, or capitalised mid-sentence, elsewhere?
  if (cur.letters && cur.norm !== cur.lower) {
    const where = i === s.initial ? 3 : mode;
    if (doc.lowerSeen.has(cur.key)) r(Tpl.Doc, 1 + where);
    if (doc.capMid.has(cur.key)) r(Tpl.Doc, 5 + where);
  }
}

/** Per-document summary of the first pass: for each capitalised word, how the first pass typed it. */
export interface FirstPass {
  /** key -> counts: [O, PER, ORG, LOC, MISC] as a token; then [PER..MISC] as first and as last token of a span. */
  stats: Map<string, Int32Array>;
  tags: Uint8Array[];
}

const STAT = 13;
export function summarizeFirstPass(doc: PreparedDocument, tags: Uint8Array[]): FirstPass {
  const stats = new Map<string, Int32Array>();
  doc.sentences.forEach((s, si) => {
    const t = tags[si]!;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      if (!w.letters || w.norm === w.lower) continue;
      let st = stats.get(w.key);
      if (!st) { st = new Int32Array(STAT); stats.set(w.key, st); }
      const tag = t[i]!;
      if (tag === O) { st[0]!++; continue; }
      const type = (tag - 1) >> 2;
      st[1 + type]!++;
      const part = partOf(tag);
      if (part === 'B') st[5 + type]!++;
      if (part === 'L') st[9 + type]!++;
    }
  });
  return { stats, tags };
}

/** Second-pass features: what the first pass said about this word elsewhere in the document, and next door. */
export function globalFeatures(space: FeatureSpace, first: FirstPass, s: PreparedSentence, si: number, i: number, add: (row: number) => void): void {
  const r = (t: number, a: number, b = 0) => { const x = space.row(t, a, b); if (x >= 0) add(x); };
  const tags = first.tags[si]!;
  const n = s.words.length;
  r(Tpl.PrevTag, i > 0 ? tags[i - 1]! + 2 : 1);
  r(Tpl.NextTag, i + 1 < n ? tags[i + 1]! + 2 : 1);
  const w = s.words[i]!;
  if (!w.letters || w.norm === w.lower) return;
  const st = first.stats.get(w.key);
  if (!st) return;
  // Leave this token's own first-pass label out of the counts.
  const own = tags[i]!;
  const ownType = own === O ? -1 : (own - 1) >> 2;
  const ownPart = partOf(own);
  let total = 0, best = -1, bestCount = 0;
  for (let k = 0; k < 5; k++) {
    const c = st[k]! - (k === ownType + 1 ? 1 : 0);
    total += c;
    if (c > bestCount) { bestCount = c; best = k; }
  }
  if (total === 0) { r(Tpl.Global, 1); return; }
  r(Tpl.Global, 2 + best); // majority: O or a type
  if (bestCount === total) r(Tpl.Global, 7 + best); // unanimous
  for (let k = 0; k < 4; k++) {
    if (st[1 + k]! - (k === ownType ? 1 : 0) > 0) r(Tpl.Global, 12 + k);
    if (st[5 + k]! - (k === ownType && ownPart === 'B' ? 1 : 0) > 0) r(Tpl.Global, 16 + k);
    if (st[9 + k]! - (k === ownType && ownPart === 'L' ? 1 : 0) > 0) r(Tpl.Global, 20 + k);
  }
}
