import assert from 'node:assert/strict';
import { test } from 'node:test';
import { conflictPenalty, linkProbability, neighbourScale } from './links.js';
import { PAIR_FEATURES, type PairFeature } from './features.js';

const local = { k: 3, related: -3, bias: 2, score: 0.5, relative: 1, isolatedShift: 2 };

test('the standard is the k-th best related link, none with fewer than k', () => {
  assert.equal(neighbourScale([5, -4, 1, 3, -2], local), 1);
  assert.equal(neighbourScale([5, -4, 1], local), undefined);
});

test('an isolated link keeps its score plus the shift; a link in a neighbourhood is judged against it', () => {
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  assert.equal(linkProbability(local, -1, undefined, 4, 5), sigmoid(1));
  assert.equal(linkProbability(local, 2, 4, 2, 5), sigmoid(2 + 1 + (2 - 3)));
  assert.ok(linkProbability(local, 2, 6, 6, 5) < linkProbability(local, 2, 0, 0, 5), 'the same link counts for less among strong neighbours');
});

test('the isolated shift is for small batches only: in a large collection a link without neighbours keeps its own score', () => {
  const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
  const small = { ...local, smallBatch: 10 };
  assert.equal(linkProbability(small, -1, undefined, undefined, 10), sigmoid(1));
  assert.equal(linkProbability(small, -1, undefined, undefined, 11), sigmoid(-1));
});

test('days weeks apart in different months with no day in common take 2 off the trees\' score; a follow-up naming the day does not', () => {
  const none = Object.fromEntries(PAIR_FEATURES.map((n) => [n, 0])) as Record<PairFeature, number>;
  const apart = { ...none, weeksApart: 1, monthConflict: 1 };
  assert.equal(conflictPenalty(apart, PAIR_FEATURES), 2);
  assert.equal(conflictPenalty({ ...apart, calendar: 0.4 }, PAIR_FEATURES), 0);
  assert.equal(conflictPenalty({ ...apart, monthConflict: 0 }, PAIR_FEATURES), 0);
  assert.equal(conflictPenalty({ ...none, streetConflict: 1 }, PAIR_FEATURES.filter((n) => n !== 'streetConflict')), 2);
  assert.equal(conflictPenalty({ ...none, streetConflict: 1 }, PAIR_FEATURES), 0);
});
