// A pair model of boosted regression trees (gradient boosting on the logistic loss, Friedman 2001):
// evidence interacts in ways one weighted sum cannot say (two reports of a shooting in one city a
// week apart are two shootings; two reports of one earthquake a week apart are not unusual), and
// small trees over the pair features learn those interactions from the labelled pairs. Here only
// scoring; scripts/stories/boost.ts fits the trees.

/**
 * One tree as flat arrays, node 0 the root: an inner node sends x to `left` when
 * x[feature] <= threshold, else to `right`; a leaf (feature -1) adds `value` to the log-odds.
 */
export interface BoostedTree {
  feature: number[];
  threshold: number[];
  left: number[];
  right: number[];
  value: number[];
}

export interface BoostedPairModel {
  /** The features the trees read, in the order of their indices (names from PAIR_FEATURES). */
  features: string[];
  bias: number;
  trees: BoostedTree[];
}

/** The log-odds the trees give a feature vector. */
export function boostedScore(model: BoostedPairModel, x: ArrayLike<number>): number {
  let z = model.bias;
  for (const t of model.trees) {
    let node = 0;
    while (t.feature[node]! >= 0) node = x[t.feature[node]!]! <= t.threshold[node]! ? t.left[node]! : t.right[node]!;
    z += t.value[node]!;
  }
  return z;
}
