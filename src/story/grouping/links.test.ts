import assert from 'node:assert/strict';
import { test } from 'node:test';
import { linkProbability, neighbourScale } from './links.js';

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
