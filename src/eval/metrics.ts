// The evaluation metrics, one definition each: precision, recall and F1 (from rates or from counts),
// and the clustering scores (MUC, B-cubed, CEAF-e and their mean, the CoNLL F1). Every evaluation
// under src/eval and every script that scores something reads them from here.

/** One scored metric: recall, precision and F1, each 0..1 (or each 0..100, when given percentages). */
export interface Prf { recall: number; precision: number; f1: number }

/** A clustering: item ids grouped into chains (clusters). */
export type Clusters = readonly (readonly string[])[];

// ---------------------------------------------------------------- precision, recall, F1

/** The harmonic mean of precision and recall (on any one scale); 0 when both are 0. */
export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Precision, recall and their F1. */
export function prf(precision: number, recall: number): Prf {
  return { recall, precision, f1: f1(precision, recall) };
}

/**
 * Precision, recall and F1 from counts: `correct` of `predicted` items were right, of `gold` expected
 * ones. A rate with nothing to count is 0. `scale` 100 gives percentages (the CoNLL convention).
 */
export function prfOfCounts(correct: number, predicted: number, gold: number, scale = 1): Prf {
  return prf(predicted ? (scale * correct) / predicted : 0, gold ? (scale * correct) / gold : 0);
}

/** F1 straight from true positives, false positives and false negatives: 2tp / (2tp + fp + fn), 0 without a hit. */
export function f1OfCounts({ tp, fp, fn }: { tp: number; fp: number; fn: number }): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

// ---------------------------------------------------------------- clusterings

function index(clusters: Clusters): Map<string, number> {
  const out = new Map<string, number>();
  clusters.forEach((c, i) => { for (const m of c) out.set(m, i); });
  return out;
}

/** MUC (Vilain et al. 1995): links kept. Each chain of n mentions has n − 1 links; a chain split into p parts keeps n − p. */
export function muc(key: Clusters, response: Clusters): Prf {
  const side = (a: Clusters, b: Clusters) => {
    const where = index(b);
    let num = 0, den = 0;
    for (const c of a) {
      const parts = new Set<number | string>();
      for (const m of c) parts.add(where.get(m) ?? `alone:${m}`);  // a mention the other side lacks is a part of its own
      num += c.length - parts.size;
      den += c.length - 1;
    }
    return den ? num / den : 0;
  };
  return prf(side(response, key), side(key, response));
}

/** B³ (Bagga & Baldwin 1998): per mention, the overlap of its key and response chains, averaged over mentions. */
export function bcubed(key: Clusters, response: Clusters): Prf {
  const side = (a: Clusters, b: Clusters) => {
    const where = index(b);
    let sum = 0, n = 0;
    for (const c of a) {
      const counts = new Map<number, number>();
      for (const m of c) { const j = where.get(m); if (j !== undefined) counts.set(j, (counts.get(j) ?? 0) + 1); }
      // Each mention of c scores |c ∩ its chain in b| / |c|: summed over c, Σ_j count_j² / |c|.
      for (const k of counts.values()) sum += (k * k) / c.length;
      n += c.length;
    }
    return n ? sum / n : 0;
  };
  return prf(side(response, key), side(key, response));
}

/** CEAF-e (Luo 2005): the best one-to-one alignment of chains under φ4 = 2|K∩R| / (|K| + |R|). */
export function ceafe(key: Clusters, response: Clusters): Prf {
  if (!key.length || !response.length) return prf(0, 0);
  const whereK = index(key), whereR = index(response);
  // Chains that share no mention score 0 together: align each connected component on its own.
  const parent = new Map<string, string>();
  const find = (x: string): string => { const p = parent.get(x) ?? x; if (p === x) return x; const r = find(p); parent.set(x, r); return r; };
  const overlaps = new Map<string, number>();
  for (const [m, i] of whereK) {
    const j = whereR.get(m);
    if (j === undefined) continue;
    const pair = `${i} ${j}`;
    overlaps.set(pair, (overlaps.get(pair) ?? 0) + 1);
    const a = find(`k${i}`), b = find(`r${j}`);
    if (a !== b) parent.set(a, b);
  }
  const components = new Map<string, { ks: Set<number>; rs: Set<number> }>();
  for (const pair of overlaps.keys()) {
    const [i, j] = pair.split(' ').map(Number) as [number, number];
    const root = find(`k${i}`);
    const comp = components.get(root) ?? { ks: new Set(), rs: new Set() };
    comp.ks.add(i); comp.rs.add(j);
    components.set(root, comp);
  }
  let total = 0;
  for (const { ks, rs } of components.values()) {
    const K = [...ks], R = [...rs];
    const sim = K.map((i) => R.map((j) => { const o = overlaps.get(`${i} ${j}`) ?? 0; return o ? (2 * o) / (key[i]!.length + response[j]!.length) : 0; }));
    total += maxAssignment(sim);
  }
  return prf(total / response.length, total / key.length);
}

/** The largest total weight of a one-to-one assignment of rows to columns (Kuhn–Munkres, O(n³)). */
export function maxAssignment(weights: readonly (readonly number[])[]): number {
  const rows = weights.length, cols = weights[0]?.length ?? 0;
  const n = Math.max(rows, cols);
  if (!n) return 0;
  const cost = (i: number, j: number) => -(i < rows && j < cols ? weights[i]![j]! : 0);
  // Shortest augmenting paths with potentials; 1-based arrays, p[j] = row matched to column j.
  const u = new Array<number>(n + 1).fill(0), v = new Array<number>(n + 1).fill(0);
  const p = new Array<number>(n + 1).fill(0), way = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(n + 1).fill(Infinity), used = new Array<boolean>(n + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0]!;
      let delta = Infinity, j1 = 0;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = cost(i0 - 1, j - 1) - u[i0]! - v[j]!;
        if (cur < minv[j]!) { minv[j] = cur; way[j] = j0; }
        if (minv[j]! < delta) { delta = minv[j]!; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[p[j]!] = u[p[j]!]! + delta; v[j] = v[j]! - delta; }
        else minv[j] = minv[j]! - delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]!; p[j0] = p[j1]!; j0 = j1; } while (j0);
  }
  let total = 0;
  for (let j = 1; j <= n; j++) if (p[j]! >= 1 && p[j]! <= rows && j <= cols) total += weights[p[j]! - 1]![j - 1]!;
  return total;
}

/** All three metrics and their mean F1 (the CoNLL score), each 0..1. */
export function scoreClusters(key: Clusters, response: Clusters): { muc: Prf; b3: Prf; ceafE: Prf; conllF1: number } {
  const m = muc(key, response), b = bcubed(key, response), c = ceafe(key, response);
  return { muc: m, b3: b, ceafE: c, conllF1: (m.f1 + b.f1 + c.f1) / 3 };
}


/**
 * B-cubed over items given by labels (`predicted[i]` and `gold[i]` are item i's clusters): the
 * clusters are read off the labels and scored by `bcubed`.
 */
export function bcubedOfLabels<P, G>(predicted: readonly P[], gold: readonly G[]): Prf {
  if (predicted.length !== gold.length) throw new Error('bcubed: predicted and gold differ in length');
  return bcubed(clustersOf(gold), clustersOf(predicted));
}

/** Items (by index) grouped by their labels, in order of first appearance. */
function clustersOf<L>(labels: readonly L[]): string[][] {
  const byLabel = new Map<L, string[]>();
  labels.forEach((l, i) => { const c = byLabel.get(l); if (c) c.push(String(i)); else byLabel.set(l, [String(i)]); });
  return [...byLabel.values()];
}

// ---------------------------------------------------------------- dependency parses

/** A sentence's tree: per word its head (0-based, -1 for the root) and relation. */
export interface Tree { heads: ArrayLike<number>; deps: readonly string[] }

/** Counts of attachment: words, words with the right head, and with the right head and relation. */
export interface AttachmentCounts { words: number; heads: number; labelled: number }

/**
 * Attachment counts as the CoNLL 2018 shared task scores them: every word counts, punctuation
 * included, and a relation is compared by its universal part ("nsubj:pass" is "nsubj").
 */
export function attachmentCounts(gold: readonly Tree[], predicted: readonly Tree[], into: AttachmentCounts = { words: 0, heads: 0, labelled: 0 }): AttachmentCounts {
  gold.forEach((g, s) => {
    const p = predicted[s]!;
    for (let i = 0; i < g.heads.length; i++) {
      into.words++;
      if (p.heads[i] !== g.heads[i]) continue;
      into.heads++;
      if (universal(p.deps[i]!) === universal(g.deps[i]!)) into.labelled++;
    }
  });
  return into;
}

/** UAS and LAS (0..100) of attachment counts. */
export function attachmentScores(c: AttachmentCounts): { uas: number; las: number } {
  return { uas: c.words ? (100 * c.heads) / c.words : 0, las: c.words ? (100 * c.labelled) / c.words : 0 };
}

const universal = (dep: string) => dep.split(':')[0]!;
