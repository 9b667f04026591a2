import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcubed, bcubedOfLabels, ceafe, f1, f1OfCounts, maxAssignment, muc, prf, prfOfCounts, scoreClusters } from './metrics.js';

const close = (actual: number, expected: number, what: string) => assert.ok(Math.abs(actual - expected) < 1e-9, `${what}: ${actual} ≠ ${expected}`);

// The worked example of Pradhan et al. (2014), "Scoring coreference partitions of predicted mentions":
// key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
const KEY = [['a', 'b', 'c'], ['d', 'e', 'f', 'g']];
const RESPONSE = [['a', 'b'], ['c', 'd'], ['f', 'g', 'h', 'i']];

test('MUC counts links kept', () => {
  const s = muc(KEY, RESPONSE);
  close(s.recall, 2 / 5, 'recall');
  close(s.precision, 2 / 5, 'precision');
  close(s.f1, 2 / 5, 'f1');
});

test('B³ averages per-mention overlaps', () => {
  const s = bcubed(KEY, RESPONSE);
  close(s.recall, 5 / 12, 'recall');        // (2/3 + 2/3 + 1/3 + 1/4 + 0 + 2/4 + 2/4) / 7
  close(s.precision, 1 / 2, 'precision');   // (1 + 1 + 1/2 + 1/2 + 1/2 + 1/2 + 0 + 0) / 8
});

test('CEAF-e aligns chains one to one under φ4', () => {
  const s = ceafe(KEY, RESPONSE);
  close(s.recall, 1.3 / 2, 'recall');       // φ4({a b c}, {a b}) = 0.8 plus φ4({d e f g}, {f g h i}) = 0.5
  close(s.precision, 1.3 / 3, 'precision');
});

test('perfect and all-singleton responses', () => {
  const perfect = scoreClusters(KEY, KEY);
  close(perfect.conllF1, 1, 'perfect conll');
  const singletons = scoreClusters(KEY, KEY.flat().map((m) => [m]));
  close(singletons.muc.recall, 0, 'muc recall of singletons');
  close(singletons.b3.precision, 1, 'b3 precision of singletons');
  close(singletons.ceafE.recall, (2 / 4 + 2 / 5) / 2, 'ceaf-e recall of singletons');
});

test('the assignment solver finds the best matching', () => {
  close(maxAssignment([[0.8, 0.4, 0], [0, 1 / 3, 0.5]]), 1.3, 'rectangular');
  close(maxAssignment([[1, 2, 3], [2, 4, 6], [3, 6, 9]]), 14, 'square');  // the diagonal, 1 + 4 + 9, beats 6 + 6 + 1
  close(maxAssignment([]), 0, 'empty');
});

test('F1 is the harmonic mean, 0 when nothing is right, on whatever scale it is given', () => {
  close(f1(0.5, 1), 2 / 3, 'rates');
  close(f1(50, 100), 200 / 3, 'percentages');
  assert.equal(f1(0, 0), 0);
  assert.deepEqual(prf(0.25, 0.5), { recall: 0.5, precision: 0.25, f1: 1 / 3 });
});

test('scores from counts: correct of predicted and of gold; a rate with nothing to count is 0', () => {
  const s = prfOfCounts(3, 4, 6);
  close(s.precision, 3 / 4, 'precision');
  close(s.recall, 3 / 6, 'recall');
  close(s.f1, 0.6, 'f1');
  assert.deepEqual(prfOfCounts(0, 0, 5), { recall: 0, precision: 0, f1: 0 });
  close(prfOfCounts(3, 4, 6, 100).f1, 60, 'percent f1');
  close(f1OfCounts({ tp: 3, fp: 1, fn: 3 }), 0.6, 'f1 of tp, fp, fn');
  assert.equal(f1OfCounts({ tp: 0, fp: 2, fn: 2 }), 0);
});

test('B-cubed from labels is B-cubed of the clusters the labels make', () => {
  // gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}
  const s = bcubedOfLabels([0, 0, 1, 1, 1], ['x', 'x', 'x', 'y', 'y']);
  const c = bcubed([['0', '1', '2'], ['3', '4']], [['0', '1'], ['2', '3', '4']]);
  assert.deepEqual(s, c);
  close(s.precision, (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5, 'precision');
  close(s.recall, (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5, 'recall');
  assert.deepEqual(bcubedOfLabels([], []), { recall: 0, precision: 0, f1: 0 });
  assert.throws(() => bcubedOfLabels([1], []), /differ in length/);
});
