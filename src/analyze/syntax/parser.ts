import type { UdSentence } from './conllu.js';
import { hashString, key } from './hash.js';
import { argmax, Perceptron } from './perceptron.js';
import { shuffle } from '../../core/random.js';
import { ACTIONS, LEFT, NO_HEAD, ParseState, projectivize, RIGHT } from './transitions.js';
import type { SentenceAtoms } from './wordform.js';

// A greedy arc-eager dependency parser: an averaged perceptron picks the transition from rich
// non-local features (Zhang & Nivre 2011: the stack top s0, the buffer's first words n0..n2, their
// heads, left- and rightmost dependents, valency, label sets and distance), and a second averaged
// perceptron labels each arc from its head and dependent. Training follows the dynamic oracle and
// explores the model's own mistakes (Goldberg & Nivre 2012, 2013).

const NONE = 0x3c6ef372;
const ROOT_WORD = hashString('<ROOT>');
/** Tag ids are 1..17; 0 is "no word", 18 the root. */
const ROOT_TAG = 18;

/** One sentence as the features read it: words are 1..n, the root n + 1 (index 0 is unused). */
export interface ParseInput {
  n: number;
  words: Int32Array;
  tags: Int32Array;
  suffixes: Int32Array;
  /** The tags each word was seen with in training (the tagger's ambiguity class): what a wrong tag hides. */
  ambiguity: Int32Array;
}

export function parseInput(atoms: SentenceAtoms, tags: ArrayLike<number>, ambiguity: ArrayLike<number>): ParseInput {
  const n = atoms.n;
  const words = new Int32Array(n + 2), t = new Int32Array(n + 2), suffixes = new Int32Array(n + 2), amb = new Int32Array(n + 2);
  words[n + 1] = ROOT_WORD; t[n + 1] = ROOT_TAG; suffixes[n + 1] = ROOT_WORD; amb[n + 1] = -1;
  const suffix3 = atoms.suffix[2]!;
  for (let i = 0; i < n; i++) {
    words[i + 1] = atoms.lower[i]!; t[i + 1] = tags[i]! + 1; suffixes[i + 1] = suffix3[i]!; amb[i + 1] = ambiguity[i]!;
  }
  return { n, words, tags: t, suffixes, ambiguity: amb };
}

export const MAX_PARSER_FEATURES = 96;

/** Feature keys of a parser state (transition classifier). */
export function stateFeatures(x: ParseInput, st: ParseState, out: Int32Array): number {
  const W = x.words, P = x.tags;
  const w = (i: number) => (i >= 0 ? W[i]! : NONE);
  const p = (i: number) => (i >= 0 ? P[i]! : 0);
  const lab = (i: number) => (i > 0 ? st.labels[i]! + 1 : 0);
  const s0 = st.top, s1 = st.sp >= 2 ? st.stack[st.sp - 2]! : -1;
  const n = x.n, b = st.b;
  const n0 = b <= n + 1 ? b : -1, n1 = b + 1 <= n + 1 ? b + 1 : -1, n2 = b + 2 <= n + 1 ? b + 2 : -1;
  const s0h = s0 > 0 && st.heads[s0] !== NO_HEAD ? st.heads[s0]! : -1;
  const s0h2 = s0h > 0 && st.heads[s0h] !== NO_HEAD ? st.heads[s0h]! : -1;
  const child = (a: Int32Array, i: number) => (i >= 0 && a[i]! > 0 ? a[i]! : -1);
  const s0l = child(st.l1, s0), s0l2 = child(st.l2, s0), s0r = child(st.r1, s0), s0r2 = child(st.r2, s0);
  const n0l = child(st.l1, n0), n0l2 = child(st.l2, n0);
  const ws0 = w(s0), ps0 = p(s0), wn0 = w(n0), pn0 = p(n0), wn1 = w(n1), pn1 = p(n1), wn2 = w(n2), pn2 = p(n2);
  const d = n0 < 0 || s0 < 0 ? 0 : Math.min(n0 - s0, 10);
  const pp = ps0 * 64 + pn0;
  const vr = s0 >= 0 ? st.rightCount[s0]! : 0, vl = s0 >= 0 ? st.leftCount[s0]! : 0, nvl = n0 >= 0 ? st.leftCount[n0]! : 0;
  let k = 0;
  out[k++] = key(0, 0);
  out[k++] = key(1, ws0, ps0); out[k++] = key(2, ws0); out[k++] = key(3, ps0);
  out[k++] = key(4, wn0, pn0); out[k++] = key(5, wn0); out[k++] = key(6, pn0);
  out[k++] = key(7, wn1, pn1); out[k++] = key(8, wn1); out[k++] = key(9, pn1);
  out[k++] = key(10, wn2, pn2); out[k++] = key(11, wn2); out[k++] = key(12, pn2);
  out[k++] = key(13, ws0, wn0, pp); out[k++] = key(14, ws0, wn0, ps0); out[k++] = key(15, ws0, wn0, pn0);
  out[k++] = key(16, ws0, pp); out[k++] = key(17, wn0, pp); out[k++] = key(18, ws0, wn0); out[k++] = key(19, pp);
  out[k++] = key(20, pn0, pn1); out[k++] = key(21, pn0, pn1, pn2); out[k++] = key(22, ps0, pn0, pn1);
  out[k++] = key(23, p(s0h), ps0, pn0); out[k++] = key(24, ps0, p(s0l), pn0); out[k++] = key(25, ps0, p(s0r), pn0);
  out[k++] = key(26, ps0, pn0, p(n0l));
  out[k++] = key(27, ws0, d); out[k++] = key(28, ps0, d); out[k++] = key(29, wn0, d); out[k++] = key(30, pn0, d);
  out[k++] = key(31, ws0, wn0, d); out[k++] = key(32, pp, d);
  out[k++] = key(33, ws0, vr); out[k++] = key(34, ps0, vr); out[k++] = key(35, ws0, vl); out[k++] = key(36, ps0, vl);
  out[k++] = key(37, wn0, nvl); out[k++] = key(38, pn0, nvl);
  out[k++] = key(39, w(s0h)); out[k++] = key(40, p(s0h)); out[k++] = key(41, lab(s0));
  out[k++] = key(42, w(s0l)); out[k++] = key(43, p(s0l)); out[k++] = key(44, lab(s0l));
  out[k++] = key(45, w(s0r)); out[k++] = key(46, p(s0r)); out[k++] = key(47, lab(s0r));
  out[k++] = key(48, w(n0l)); out[k++] = key(49, p(n0l)); out[k++] = key(50, lab(n0l));
  out[k++] = key(51, w(s0h2)); out[k++] = key(52, p(s0h2)); out[k++] = key(53, lab(s0h));
  out[k++] = key(54, w(s0l2)); out[k++] = key(55, p(s0l2)); out[k++] = key(56, lab(s0l2));
  out[k++] = key(57, w(s0r2)); out[k++] = key(58, p(s0r2)); out[k++] = key(59, lab(s0r2));
  out[k++] = key(60, w(n0l2)); out[k++] = key(61, p(n0l2)); out[k++] = key(62, lab(n0l2));
  out[k++] = key(63, ps0, p(s0l), p(s0l2)); out[k++] = key(64, ps0, p(s0r), p(s0r2));
  out[k++] = key(65, ps0, p(s0h), p(s0h2)); out[k++] = key(66, pn0, p(n0l), p(n0l2));
  const rl = s0 >= 0 ? s0 * 2 : -1, ll = n0 >= 0 ? n0 * 2 : -1;
  const sr0 = rl >= 0 ? st.rightLabels[rl]! : 0, sr1 = rl >= 0 ? st.rightLabels[rl + 1]! : 0;
  const sl0 = rl >= 0 ? st.leftLabels[rl]! : 0, sl1 = rl >= 0 ? st.leftLabels[rl + 1]! : 0;
  const nl0 = ll >= 0 ? st.leftLabels[ll]! : 0, nl1 = ll >= 0 ? st.leftLabels[ll + 1]! : 0;
  out[k++] = key(67, ws0, sr0, sr1); out[k++] = key(68, ps0, sr0, sr1); out[k++] = key(69, ws0, sl0, sl1);
  out[k++] = key(70, ps0, sl0, sl1); out[k++] = key(71, wn0, nl0, nl1); out[k++] = key(72, pn0, nl0, nl1);
  out[k++] = key(73, w(s1), p(s1)); out[k++] = key(74, p(s1), ps0, pn0);
  out[k++] = key(75, ps0, s0h >= 0 ? 1 : 0, pn0); out[k++] = key(76, n0 >= 0 ? x.suffixes[n0]! : NONE, pn0);
  out[k++] = key(77, ws0, pn0, pn1); out[k++] = key(78, ps0, wn0, pn1);
  const A = x.ambiguity, a = (i: number) => (i >= 0 ? A[i]! : 0);
  const as0 = a(s0), an0 = a(n0), an1 = a(n1);
  out[k++] = key(79, as0); out[k++] = key(80, an0); out[k++] = key(81, an0, an1); out[k++] = key(82, as0, an0);
  out[k++] = key(83, ps0, an0); out[k++] = key(84, as0, pn0); out[k++] = key(85, an1, pn0);
  return k;
}

/** Feature keys for labelling the arc head -> dep (dir 0: the head is to the right). */
export function arcFeatures(x: ParseInput, st: ParseState, head: number, dep: number, out: Int32Array): number {
  const W = x.words, P = x.tags;
  const dir = dep < head ? 100 : 200;
  const hw = W[head]!, hp = P[head]!, dw = W[dep]!, dp = P[dep]!;
  const lab = (i: number) => (i > 0 ? st.labels[i]! + 1 : 0);
  const dist = Math.min(Math.abs(head - dep), 8);
  const hh = head > 0 && st.heads[head] !== NO_HEAD ? st.heads[head]! : -1;
  let k = 0;
  out[k++] = key(dir, 0);
  out[k++] = key(dir + 1, hw); out[k++] = key(dir + 2, hp); out[k++] = key(dir + 3, dw); out[k++] = key(dir + 4, dp);
  out[k++] = key(dir + 5, hw, hp); out[k++] = key(dir + 6, dw, dp); out[k++] = key(dir + 7, hp, dp);
  out[k++] = key(dir + 8, hw, dp); out[k++] = key(dir + 9, hp, dw); out[k++] = key(dir + 10, hw, dw);
  out[k++] = key(dir + 11, hp, dp, dist);
  out[k++] = key(dir + 12, dp, lab(st.l1[dep]!)); out[k++] = key(dir + 13, dp, lab(st.r1[dep]!));
  out[k++] = key(dir + 14, hp, st.leftLabels[head * 2]!, st.rightLabels[head * 2]!);
  out[k++] = key(dir + 15, x.suffixes[dep]!, dp); out[k++] = key(dir + 16, hp, dp, P[dep + 1]!);
  out[k++] = key(dir + 17, hp, dp, P[dep - 1] ?? 0);
  out[k++] = key(dir + 18, hp, lab(head), hh >= 0 ? P[hh]! : 0);
  out[k++] = key(dir + 19, dw, hp, dist); out[k++] = key(dir + 20, hw, dp, dist);
  out[k++] = key(dir + 21, hp, dp, st.leftCount[dep]! * 16 + st.rightCount[dep]!);
  out[k++] = key(dir + 22, x.suffixes[head]!, hp, dp);
  return k;
}

/** The trained parser: transition weights, label weights and the label names. */
export class Parser {
  private readonly feats = new Int32Array(MAX_PARSER_FEATURES);
  private readonly scores = new Float64Array(Math.max(ACTIONS, 256));
  private readonly allowed: (a: number) => boolean;
  private state: ParseState | null = null;

  constructor(readonly actions: Perceptron, readonly labeller: Perceptron, readonly labels: readonly string[]) {
    this.allowed = (a) => this.state!.isLegal(a);
  }

  /** Heads (0-based, -1 the root) and relations of a sentence. */
  parse(x: ParseInput): { heads: Int32Array; deps: string[] } {
    const st = new ParseState(x.n);
    this.state = st;
    while (!st.done) {
      // a state with one legal transition (an empty stack, an empty buffer) needs no scores: argmax would pick it anyway
      let action = st.onlyLegal();
      if (action < 0) {
        const k = stateFeatures(x, st, this.feats);
        this.actions.score(this.feats, k, this.scores);
        action = argmax(this.scores, ACTIONS, this.allowed);
      }
      st.apply(action, action === LEFT || action === RIGHT ? this.label(x, st, action) : 0);
    }
    const { heads, labels } = st.result();
    return { heads, deps: Array.from(labels, (l) => (l === -1 ? 'root' : l === -2 ? 'dep' : this.labels[l]!)) };
  }

  label(x: ParseInput, st: ParseState, action: number): number {
    const s = st.top, b = st.b;
    const k = action === LEFT ? arcFeatures(x, st, b, s, this.feats) : arcFeatures(x, st, s, b, this.feats);
    this.labeller.score(this.feats, k, this.scores);
    return argmax(this.scores, this.labels.length);
  }
}

/** One training sentence for the parser: its input (with predicted tags) and its gold tree. */
export interface ParserExample {
  input: ParseInput;
  /** Gold heads 1-based (0 the root), index 0 unused, made projective. */
  gold: Int32Array;
  /** Gold label id of each word 1..n. */
  goldLabels: Int32Array;
}

export function parserExample(s: UdSentence, input: ParseInput, labelIds: Map<string, number>): ParserExample {
  const n = s.words.length;
  const heads = new Int32Array(n + 1), goldLabels = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) { heads[i + 1] = s.heads[i]! + 1; goldLabels[i + 1] = labelIds.get(s.deps[i]!) ?? labelIds.get('dep')!; }
  // gold heads keep 0 for the root; ParseState.costs reads it as the root's place after the last word
  return { input, gold: projectivize(heads), goldLabels };
}

export interface ParserTrainOptions {
  epochs: number;
  random: () => number;
  /** From this epoch on, follow the model's own (possibly wrong) transition with probability `explore`. */
  exploreFrom: number;
  explore: number;
  afterEpoch?: (epoch: number, parser: Parser) => void;
}

/** Trains the parser; `actions` and `labeller` are the raw weights, to average and prune. */
export function trainParser(examples: readonly ParserExample[], labels: readonly string[], options: ParserTrainOptions): { parser: Parser; actions: Perceptron; labeller: Perceptron } {
  const actions = new Perceptron(ACTIONS, 1 << 18), labeller = new Perceptron(labels.length, 1 << 16);
  const feats = new Int32Array(MAX_PARSER_FEATURES), labelFeats = new Int32Array(MAX_PARSER_FEATURES);
  const scores = new Float64Array(ACTIONS), labelScores = new Float64Array(labels.length), costs = new Float64Array(ACTIONS);
  const order = examples.map((_, i) => i);
  for (let epoch = 1; epoch <= options.epochs; epoch++) {
    shuffle(order, options.random);
    for (const ei of order) {
      const { input: x, gold, goldLabels } = examples[ei]!;
      const st = new ParseState(x.n);
      const legal = (a: number) => st.isLegal(a);
      while (!st.done) {
        const k = stateFeatures(x, st, feats);
        actions.score(feats, k, scores);
        st.costs(gold, costs);
        const guess = argmax(scores, ACTIONS, legal);
        let best = -1;
        const minCost = Math.min(costs[0]!, costs[1]!, costs[2]!, costs[3]!);
        for (let a = 0; a < ACTIONS; a++) if (costs[a] === minCost && (best < 0 || scores[a]! > scores[best]!)) best = a;
        if (costs[guess]! > minCost) actions.update(feats, k, best, guess);
        actions.tick();
        const follow = epoch >= options.exploreFrom && options.random() < options.explore ? guess : best;
        let label = 0;
        if (follow === LEFT || follow === RIGHT) {
          const s = st.top, b = st.b;
          const [head, dep] = follow === LEFT ? [b, s] : [s, b];
          const lk = arcFeatures(x, st, head, dep, labelFeats);
          labeller.score(labelFeats, lk, labelScores);
          const guessLabel = argmax(labelScores, labels.length);
          const right = (gold[dep] === 0 ? st.root : gold[dep]) === head;
          if (right) labeller.update(labelFeats, lk, goldLabels[dep]!, guessLabel);
          // the model's own label when exploring its own transition, else the gold one
          label = follow !== best || !right ? guessLabel : goldLabels[dep]!;
          labeller.tick();
        }
        st.apply(follow, label);
      }
    }
    options.afterEpoch?.(epoch, new Parser(actions.averaged(), labeller.averaged(), labels));
  }
  return { parser: new Parser(actions.averaged(), labeller.averaged(), labels), actions, labeller };
}
