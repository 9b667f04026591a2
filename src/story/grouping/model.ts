// What grouping has learned, as data: how rare each word is in news at large (the background
// document frequencies that give a batch of five articles a meaningful IDF), the weights of the pair
// model, and the clustering thresholds. scripts/stories/build-grouping-model.ts writes it to
// models/story-grouping.json; nothing here reads the data sets themselves.
import { readFileSync } from 'node:fs';
import { PAIR_FEATURES, type PairFeature } from './features.js';
import type { BoostedPairModel } from './boosted.js';

/** Where the build script writes the model: models/story-grouping.json at the repository root. */
export const DEFAULT_GROUPING_MODEL = new URL('../../../../models/story-grouping.json', import.meta.url);

/** Logistic weights over the pair features: `z = bias + Σ weight · feature`, P(same event) = σ(z). */
export interface PairWeights {
  bias: number;
  weights: Readonly<Record<PairFeature, number>>;
}

/**
 * Local scaling: a link is judged against how strongly each article links to its k-th closest
 * neighbour. Applied only where both articles have at least `k` neighbours scoring `related` or
 * more: with fewer, the neighbourhood says nothing and the link keeps its own score.
 */
export interface LocalScaling {
  k: number;
  related: number;
  bias: number;
  /** Weights of the link score and of (link score − mean of the two articles' k-th neighbour scores). */
  score: number;
  relative: number;
  /**
   * Added to the score of a link without a neighbourhood to judge it by, in a small batch (at most
   * `smallBatch` articles): a handful of articles given together is a reader's pick, most often the
   * coverage of one story by outlets with their own angle and background (the seeds: five outlets,
   * links far weaker than ECB+ rewrites), while an article without neighbours in a large stream is
   * simply unlike the rest and its weak links deserve no benefit of the doubt.
   */
  isolatedShift: number;
  /** The largest collection the shift applies in (absent: any size, as models before it). */
  smallBatch?: number;
}

/** Average-linkage merging, relative to cohesion (agglomerate.ts). */
export interface MergeCriterion {
  /** Merge while (mean cross probability) / sqrt(cohesion A · cohesion B) is at least this. */
  ratio: number;
  /** Never merge below this mean cross probability. */
  floor: number;
  /** The cohesion assumed for a single article. */
  singleton: number;
  /**
   * The weight of the strongest single link between two groups in their linkage, against the mean of all their
   * links (0, or absent: average linkage). A report of an event that one member of a large story tells as it does,
   * and the others in other words, joins it (ECB+ dev: stories split 85 for 66 events with average linkage alone).
   */
  top?: number;
}

export interface GroupingModelFile {
  about: string;
  background: { documents: number; minCount: number; sources: string[]; df: Record<string, number> };
  /** The pair model: logistic weights, or boosted trees (boosted.ts). */
  pair: PairWeights | BoostedPairModel;
  local: LocalScaling;
  merge: MergeCriterion;
  /** Pair scores below this are not kept as links at all (they could not change a merge). */
  minLinkScore: number;
  /** The dev figures the build script measured, for the record. */
  measured?: Record<string, number | string>;
}

export interface GroupingModel {
  /** Inverse document frequency of a term against the background; unseen terms get the highest. */
  idf(term: string): number;
  readonly pair: PairWeights | BoostedPairModel;
  readonly local: LocalScaling;
  readonly merge: MergeCriterion;
  readonly minLinkScore: number;
}

export function groupingModel(file: GroupingModelFile): GroupingModel {
  const { documents, df } = file.background;
  const idfOf = new Map<string, number>();
  for (const [t, n] of Object.entries(df)) idfOf.set(t, Math.log((documents + 1) / (n + 1)) + 1);
  const unseen = Math.log(documents + 1) + 1;
  if (isBoosted(file.pair)) {
    const known = new Set<string>(PAIR_FEATURES);
    for (const f of file.pair.features) if (!known.has(f)) throw new Error(`grouping model: its trees read pair feature '${f}', which this version does not compute (rebuild it with scripts/stories/build-grouping-model.ts)`);
  } else for (const f of PAIR_FEATURES)
    if (typeof file.pair.weights[f] !== 'number') throw new Error(`grouping model: no weight for pair feature '${f}' (rebuild it with scripts/stories/build-grouping-model.ts)`);
  return Object.freeze({
    idf: (term: string) => idfOf.get(term) ?? unseen,
    pair: file.pair, local: file.local, merge: file.merge, minLinkScore: file.minLinkScore,
  });
}

/** Reads models/story-grouping.json (or `path`): a few hundred kilobytes, read once per caller. */
export function loadGroupingModel(path: string | URL = DEFAULT_GROUPING_MODEL): GroupingModel {
  return groupingModel(JSON.parse(readFileSync(path, 'utf8')) as GroupingModelFile);
}

export function isBoosted(pair: PairWeights | BoostedPairModel): pair is BoostedPairModel {
  return 'trees' in pair;
}
