// From pair evidence to the probability that two articles report the same event, in two steps:
// a score over the pair features (a logistic model or boosted trees), then local scaling (after Zelnik-Manor and Perona's
// self-tuning spectral clustering): a link counts for more when it is strong compared with each
// article's k-th best link. Many reports of one event link strongly with each other, so a merely
// topical link (same kind of event, same team, same company) is weak beside them; a short report
// whose best links are all modest is judged against that modest standard.
import { pairFeatures, PAIR_FEATURES, type PairFeature } from './features.js';
import { isBoosted, type GroupingModel, type LocalScaling } from './model.js';
import { boostedScore } from './boosted.js';
import type { ArticleProfile } from './profile.js';
import { countriesDiffer } from './places.js';

/**
 * The pair model's log-odds that the two articles report the same event. Two reports that stand in
 * different countries (their main places: datelines, towns with states), neither naming the other's
 * town and none of their towns near one another, are no link at all, whatever their words share: on
 * the dev sets no such pair reports one event (ECB+ 0 of 234 pairs within a topic, GVA 0 of 42,167),
 * yet templated reports of like events (match results, market reports) share most of their words,
 * which the trees, seeing few such pairs, let outweigh the places.
 */
/**
 * What two reports naming different streets and none in common take off a pair model's log-odds when the model
 * does not weigh street evidence itself (a model built before streets were read). Chosen on GVA dev with the
 * committed trees: 0, 1, 2, 4 give B-cubed 0.9513 / 0.9544 / 0.9579 / 0.9578, date_acc 0.779 / 0.785 / 0.792 / 0.795.
 */
const STREET_CONFLICT = 2;
/**
 * What two reports take off the trees' log-odds when their days lie weeks apart, their months differ and they share no
 * day or calendar word (a follow-up names its incident's day: "gunned down on Jan. 19"). The trees gave such pairs of
 * one town's shootings months apart p 0.5-0.98 (within GVA dev's predicted stories 11 same-incident pairs, 36 not).
 * Chosen on GVA dev with the committed trees: 0 / 1 / 2 / 3 / 4 / 6 give B-cubed 0.9597 / 0.9617 / 0.9626 / 0.9630 /
 * 0.9629 / 0.9628, date_acc 0.800 / 0.806 / 0.809 / 0.810 / 0.810 / 0.809; ECB+ dev 0.9420 -> 0.9414 for any.
 */
const TIME_CONFLICT = 2;

/** Evidence of different events the committed trees do not weigh (streets) or under-weigh (days weeks apart), as log-odds to take off their score. */
export function conflictPenalty(f: Readonly<Record<PairFeature, number>>, trained: readonly string[]): number {
  return (f.streetConflict && !trained.includes('streetConflict') ? STREET_CONFLICT : 0) + (f.weeksApart && f.monthConflict && !f.calendar ? TIME_CONFLICT : 0);
}

export function linkScore(model: GroupingModel, a: ArticleProfile, b: ArticleProfile): number {
  const f = pairFeatures(a, b);
  if (f.mainConflict && f.placeFar && countriesDiffer(a.places, b.places)) return -Infinity;
  const pair = model.pair;
  if (isBoosted(pair)) return boostedScore(pair, pair.features.map((name) => f[name as PairFeature])) - conflictPenalty(f, pair.features);
  let z = pair.bias;
  for (const name of PAIR_FEATURES) z += pair.weights[name] * f[name];
  return z;
}

/** An article's standard: its k-th best link score, when it has k related links (else none). */
export function neighbourScale(scores: Iterable<number>, local: LocalScaling): number | undefined {
  const related: number[] = [];
  for (const z of scores) if (z >= local.related) related.push(z);
  if (related.length < local.k) return undefined;
  related.sort((x, y) => y - x);
  return related[local.k - 1];
}

/** P(same event) of a link with score `z` between articles of standards `sa` and `sb`, in a collection of `size` articles. */
export function linkProbability(local: LocalScaling, z: number, sa: number | undefined, sb: number | undefined, size: number): number {
  const shift = size <= (local.smallBatch ?? Infinity) ? local.isolatedShift : 0;
  const logit = sa === undefined || sb === undefined ? z + shift : local.bias + local.score * z + local.relative * (z - (sa + sb) / 2);
  return 1 / (1 + Math.exp(-logit));
}
