// Fits boosted regression trees on the logistic loss (src/story/grouping/boosted.ts scores them):
// second-order gradient boosting over binned features (as XGBoost and LightGBM do), depth-limited
// trees, L2 on the leaves, and monotone constraints: a feature of agreement may only raise the
// log-odds and one of difference only lower it, in every tree (LightGBM's basic method: a split must
// order its children's values that way, and the bound between them holds for their descendants), so
// the model stays explainable and cannot learn an accident of the dev pairs backwards.
// Deterministic: no sampling.
import type { BoostedPairModel, BoostedTree } from '../../src/story/grouping/boosted.js';

export interface BoostOptions {
  trees: number;
  depth: number;
  rate: number;
  /** L2 penalty on leaf values (XGBoost's lambda). */
  l2: number;
  /** A child needs at least this much hessian (weighted p(1-p)): no leaf for a handful of pairs. */
  minHessian: number;
  /** Most bins per feature. */
  bins: number;
  /** Per feature: +1 may only raise the score, -1 only lower it, 0 free. */
  monotone: readonly number[];
}

export interface BoostRows {
  /** n rows of d features, row-major. */
  x: Float64Array;
  y: Uint8Array;
  weight: Float64Array;
  n: number;
  d: number;
}

export function fitBoosted(rows: BoostRows, names: readonly string[], options: BoostOptions): BoostedPairModel {
  const { n, d, x, y, weight } = rows;
  const edges = binEdges(rows, options.bins);
  const binned = new Uint8Array(n * d);
  for (let i = 0; i < n; i++) for (let f = 0; f < d; f++) binned[i * d + f] = binOf(edges[f]!, x[i * d + f]!);
  let pos = 0, all = 0;
  for (let i = 0; i < n; i++) { pos += y[i]! * weight[i]!; all += weight[i]!; }
  const p0 = Math.min(Math.max(pos / all, 1e-6), 1 - 1e-6);
  const bias = Math.log(p0 / (1 - p0));
  const score = new Float64Array(n).fill(bias);
  const g = new Float64Array(n), h = new Float64Array(n);
  const trees: BoostedTree[] = [];
  for (let t = 0; t < options.trees; t++) {
    for (let i = 0; i < n; i++) {
      const p = 1 / (1 + Math.exp(-score[i]!));
      g[i] = (p - y[i]!) * weight[i]!;
      h[i] = Math.max(p * (1 - p), 1e-6) * weight[i]!;
    }
    const tree = growTree({ binned, d, g, h, edges, options }, n);
    trees.push(tree);
    for (let i = 0; i < n; i++) {
      let node = 0;
      while (tree.feature[node]! >= 0) node = binned[i * d + tree.feature[node]!]! <= tree.threshold[node]! ? tree.left[node]! : tree.right[node]!;
      score[i]! += tree.value[node]!;
    }
  }
  // thresholds were bin numbers while growing; the model keeps the feature values they stand for
  for (const tree of trees) tree.threshold = tree.threshold.map((b, k) => (tree.feature[k]! >= 0 ? edges[tree.feature[k]!]![b]! : 0));
  return { features: [...names], bias, trees };
}

/** Up to `bins` upper edges per feature, from the quantiles of its values (a value v falls in the first bin whose edge is >= v). */
function binEdges(rows: BoostRows, bins: number): number[][] {
  const out: number[][] = [];
  for (let f = 0; f < rows.d; f++) {
    const values = new Float64Array(rows.n);
    for (let i = 0; i < rows.n; i++) values[i] = rows.x[i * rows.d + f]!;
    values.sort();
    const edges: number[] = [];
    for (let b = 1; b <= bins; b++) {
      const v = values[Math.min(rows.n - 1, Math.floor((b * rows.n) / bins) - 1)]!;
      if (edges.length === 0 || v > edges[edges.length - 1]!) edges.push(v);
    }
    if (edges[edges.length - 1]! < values[rows.n - 1]!) edges.push(values[rows.n - 1]!);
    out.push(edges);
  }
  return out;
}

function binOf(edges: readonly number[], v: number): number {
  let lo = 0, hi = edges.length - 1;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (v <= edges[mid]!) hi = mid; else lo = mid + 1; }
  return lo;
}

interface Grow { binned: Uint8Array; d: number; g: Float64Array; h: Float64Array; edges: number[][]; options: BoostOptions }

function growTree(ctx: Grow, n: number): BoostedTree {
  const tree: BoostedTree = { feature: [], threshold: [], left: [], right: [], value: [] };
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  const { l2, rate } = ctx.options;
  const grow = (members: Int32Array, depth: number, lo: number, hi: number): number => {
    const node = tree.feature.length;
    tree.feature.push(-1); tree.threshold.push(0); tree.left.push(-1); tree.right.push(-1); tree.value.push(0);
    let G = 0, H = 0;
    for (const i of members) { G += ctx.g[i]!; H += ctx.h[i]!; }
    const split = depth < ctx.options.depth ? bestSplit(ctx, members, G, H, lo, hi) : undefined;
    if (!split) { tree.value[node] = leafValue(G, H, l2, lo, hi) * rate; return node; }
    const left: number[] = [], right: number[] = [];
    for (const i of members) (ctx.binned[i * ctx.d + split.feature]! <= split.bin ? left : right).push(i);
    // the bound between the children holds for all their descendants (left: smaller feature values)
    const m = ctx.options.monotone[split.feature] ?? 0;
    const mid = (split.leftValue + split.rightValue) / 2;
    tree.feature[node] = split.feature;
    tree.threshold[node] = split.bin;
    const l = grow(Int32Array.from(left), depth + 1, m < 0 ? mid : lo, m > 0 ? mid : hi);
    const r = grow(Int32Array.from(right), depth + 1, m > 0 ? mid : lo, m < 0 ? mid : hi);
    tree.left[node] = l; tree.right[node] = r;
    return node;
  };
  grow(rows, 0, -Infinity, Infinity);
  return tree;
}

/** The leaf value of least loss (Newton step with L2), kept within the bounds its ancestors set. */
function leafValue(G: number, H: number, l2: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, -G / (H + l2)));
}

interface Split { feature: number; bin: number; leftValue: number; rightValue: number }

/** The split of most gain among those that keep the node's bounds and the feature's direction. */
function bestSplit(ctx: Grow, members: Int32Array, G: number, H: number, lo: number, hi: number): Split | undefined {
  const { d, binned, g, h, edges } = ctx;
  const { l2, minHessian, monotone } = ctx.options;
  const value = (Gs: number, Hs: number) => leafValue(Gs, Hs, l2, lo, hi);
  // the loss reduction of a leaf with value v: -(G v + (H + l2) v^2 / 2)
  const gain = (Gs: number, Hs: number, v: number) => -(Gs * v + 0.5 * (Hs + l2) * v * v);
  const parent = gain(G, H, value(G, H));
  let best: Split | undefined, bestGain = 1e-9;
  const hg = new Float64Array(256), hh = new Float64Array(256);
  for (let f = 0; f < d; f++) {
    const bins = edges[f]!.length;
    if (bins < 2) continue;
    hg.fill(0, 0, bins); hh.fill(0, 0, bins);
    for (const i of members) { const b = binned[i * d + f]!; hg[b]! += g[i]!; hh[b]! += h[i]!; }
    let GL = 0, HL = 0;
    for (let b = 0; b < bins - 1; b++) {
      GL += hg[b]!; HL += hh[b]!;
      const GR = G - GL, HR = H - HL;
      if (HL < minHessian || HR < minHessian) continue;
      const vl = value(GL, HL), vr = value(GR, HR);
      const m = monotone[f] ?? 0;
      if ((m > 0 && vl > vr) || (m < 0 && vl < vr)) continue;
      const total = gain(GL, HL, vl) + gain(GR, HR, vr) - parent;
      if (total > bestGain) { bestGain = total; best = { feature: f, bin: b, leftValue: vl, rightValue: vr }; }
    }
  }
  return best;
}
