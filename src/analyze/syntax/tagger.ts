import { UPOS_TAGS, type Upos } from '../../core/model.js';
import { shuffle } from '../../core/random.js';
import type { UdSentence } from './conllu.js';
import { key } from './hash.js';
import { argmax, Perceptron } from './perceptron.js';
import { type SentenceAtoms, sentenceAtoms } from './wordform.js';

// A greedy left-to-right part-of-speech tagger, an averaged perceptron as in Honnibal's "A good
// part-of-speech tagger in about 200 lines": the word, its affixes and shape, the two tags before
// it, the words around it; plus the tags each neighbouring word was seen with (its "ambiguity
// class"), and a tag dictionary that settles frequent words that always take one tag.

export const TAGS: readonly Upos[] = UPOS_TAGS;
const T = TAGS.length;
const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));
const START = T, START2 = T + 1; // the "tags" before the first word

/** What the tagger knows of words from its training data. */
export interface TagLexicon {
  /** Frequent words (as written) that (nearly) always take one tag. */
  fixed: Map<string, number>;
  /** Bit mask of the tags each (lower-cased) word was seen with. */
  ambiguity: Map<string, number>;
}

/** How sure the tag dictionary must be: seen this often, with one tag this large a share of the time. */
const FIXED_MIN_COUNT = 20, FIXED_MIN_SHARE = 0.995;
/** Words seen this rarely get no ambiguity class (it would say little). */
const AMBIGUITY_MIN_COUNT = 2;

export function tagIndex(tag: string): number {
  return TAG_INDEX.get(tag) ?? TAG_INDEX.get('X')!;
}

export function buildLexicon(sentences: readonly UdSentence[]): TagLexicon {
  const byForm = new Map<string, number[]>(), byLower = new Map<string, number[]>();
  const count = (m: Map<string, number[]>, w: string, t: number) => {
    let c = m.get(w);
    if (!c) m.set(w, (c = new Array<number>(T).fill(0)));
    c[t]!++;
  };
  for (const s of sentences) s.words.forEach((w, i) => { const t = tagIndex(s.upos[i]!); count(byForm, w, t); count(byLower, w.toLowerCase(), t); });
  const fixed = new Map<string, number>(), ambiguity = new Map<string, number>();
  for (const [w, c] of byForm) {
    const total = c.reduce((a, b) => a + b, 0), top = c.indexOf(Math.max(...c));
    if (total >= FIXED_MIN_COUNT && c[top]! / total >= FIXED_MIN_SHARE) fixed.set(w, top);
  }
  for (const [w, c] of byLower) {
    const total = c.reduce((a, b) => a + b, 0);
    if (total < AMBIGUITY_MIN_COUNT) continue;
    let mask = 0;
    c.forEach((k, t) => { if (k / total >= 0.01) mask |= 1 << t; });
    ambiguity.set(w, mask);
  }
  return { fixed, ambiguity };
}

/** Per-sentence inputs of the tagger's features. */
interface Prepared extends SentenceAtoms {
  amb: Int32Array;
}

function prepare(forms: readonly string[], lexicon: TagLexicon, atoms = sentenceAtoms(forms), amb = ambiguityClasses(forms, lexicon)): Prepared {
  return { ...atoms, amb };
}

/** Each form's class: its tag mask plus one (1 for a word never seen); through `memo` when given, each form looked up once. */
function ambiguityClasses(forms: readonly string[], lexicon: TagLexicon, memo?: Map<string, number>): Int32Array {
  const amb = new Int32Array(forms.length);
  for (let i = 0; i < forms.length; i++) {
    const f = forms[i]!;
    let a = memo?.get(f);
    if (a === undefined) {
      a = (lexicon.ambiguity.get(f.toLowerCase()) ?? 0) + 1;
      if (memo && memo.size < MEMO_LIMIT) memo.set(f, a);
    }
    amb[i] = a;
  }
  return amb;
}

const NONE = 0x5bd1e995; // the hash of a position outside the sentence

/** Feature keys of word i given the two tags before it; returns how many were written. */
function features(s: Prepared, i: number, t1: number, t2: number, out: Int32Array): number {
  let n = 0;
  const at = (a: Int32Array, k: number) => (k >= 0 && k < s.n ? a[k]! : NONE);
  const w = s.lower[i]!;
  const w1 = at(s.lower, i - 1), w2 = at(s.lower, i - 2), n1 = at(s.lower, i + 1), n2 = at(s.lower, i + 2);
  out[n++] = key(1, 0);
  out[n++] = key(2, w);
  out[n++] = key(3, s.form[i]!);
  for (let k = 0; k < s.suffix.length; k++) out[n++] = key(4 + k, s.suffix[k]![i]!);
  for (let k = 0; k < s.prefix.length; k++) out[n++] = key(10 + k, s.prefix[k]![i]!);
  out[n++] = key(14, s.shape[i]!);
  out[n++] = key(15, t1);
  out[n++] = key(16, t2);
  out[n++] = key(17, t1, t2);
  out[n++] = key(18, t1, w);
  out[n++] = key(19, w1);
  out[n++] = key(20, at(s.suffix[2]!, i - 1));
  out[n++] = key(21, w2);
  out[n++] = key(22, n1);
  out[n++] = key(23, at(s.suffix[2]!, i + 1));
  out[n++] = key(24, n2);
  out[n++] = key(25, at(s.amb, i + 1));
  out[n++] = key(26, at(s.amb, i + 2));
  out[n++] = key(27, s.amb[i]!);
  out[n++] = key(28, t1, at(s.amb, i + 1));
  out[n++] = key(29, w1, w);
  out[n++] = key(30, w, n1);
  out[n++] = key(31, at(s.shape, i - 1), s.shape[i]!, at(s.shape, i + 1));
  out[n++] = key(32, i === 0 ? 1 : 0, s.shape[i]!);
  out[n++] = key(33, s.amb[i]!, at(s.amb, i + 1));
  out[n++] = key(34, t1, s.suffix[2]![i]!);
  out[n++] = key(35, w, at(s.amb, i + 1));
  return n;
}

export const MAX_TAGGER_FEATURES = 48;
/** Forms remembered at most (a few thousand make most of any text). */
const MEMO_LIMIT = 200_000;

/** The trained tagger: weights and lexicon. */
export class Tagger {
  private readonly feats = new Int32Array(MAX_TAGGER_FEATURES);
  private readonly scores = new Float64Array(T);

  constructor(readonly weights: Perceptron, readonly lexicon: TagLexicon) {}

  tagName(t: number): Upos { return TAGS[t]!; }

  /** Each form's ambiguity class, looked up once (lower-casing a form cost more than the lookup). */
  private readonly ambiguityMemo = new Map<string, number>();

  /** Each word's ambiguity class (bit mask of the tags it was seen with, plus one; 1 for a word never seen). */
  ambiguity(forms: readonly string[]): Int32Array {
    return ambiguityClasses(forms, this.lexicon, this.ambiguityMemo);
  }

  /** Tag indices (into TAGS) of a sentence given as UD forms. */
  tag(forms: readonly string[]): Uint8Array {
    return this.tagAtoms(forms, sentenceAtoms(forms));
  }

  /** The same, given the sentence's atoms and ambiguity classes (the parser reads them too). */
  tagAtoms(forms: readonly string[], atoms: SentenceAtoms, ambiguity = this.ambiguity(forms)): Uint8Array {
    const s = prepare(forms, this.lexicon, atoms, ambiguity);
    const out = new Uint8Array(s.n);
    let t1 = START, t2 = START2;
    for (let i = 0; i < s.n; i++) {
      let t = this.lexicon.fixed.get(forms[i]!);
      if (t === undefined) {
        const n = features(s, i, t1, t2, this.feats);
        this.weights.score(this.feats, n, this.scores);
        t = argmax(this.scores, T);
      }
      out[i] = t;
      t2 = t1; t1 = t;
    }
    return out;
  }
}

export interface TrainOptions {
  epochs: number;
  /** Shuffles the sentences each epoch (deterministic given the seed). */
  random: () => number;
  /** Called after each epoch with the averaged tagger (to score it on dev). */
  afterEpoch?: (epoch: number, tagger: Tagger) => void;
}

/** Trains a tagger on UD sentences (the forms as UD writes them); `weights` are the raw ones, to average and prune. */
export function trainTagger(sentences: readonly UdSentence[], options: TrainOptions): { tagger: Tagger; weights: Perceptron; lexicon: TagLexicon } {
  const lexicon = buildLexicon(sentences);
  const p = new Perceptron(T, 1 << 16);
  const feats = new Int32Array(MAX_TAGGER_FEATURES), scores = new Float64Array(T);
  const prepared = sentences.map((s) => prepare(s.words, lexicon));
  const gold = sentences.map((s) => s.upos.map(tagIndex));
  const order = sentences.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, options.random);
    for (const si of order) {
      const s = prepared[si]!, g = gold[si]!, forms = sentences[si]!.words;
      let t1 = START, t2 = START2;
      for (let i = 0; i < s.n; i++) {
        let guess = lexicon.fixed.get(forms[i]!);
        if (guess === undefined) {
          const n = features(s, i, t1, t2, feats);
          p.score(feats, n, scores);
          guess = argmax(scores, T);
          p.update(feats, n, g[i]!, guess);
        }
        p.tick();
        t2 = t1; t1 = guess;
      }
    }
    options.afterEpoch?.(epoch, new Tagger(p.averaged(), lexicon));
  }
  return { tagger: new Tagger(p.averaged(), lexicon), weights: p, lexicon };
}


