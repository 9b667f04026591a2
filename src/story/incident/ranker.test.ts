import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitRanker } from './fit-ranker.js';
import { bestCandidate, candidateScore } from './ranker.js';

test('a fitted ranker learns which support picks the right candidate, and picks it among new ones', () => {
  // the right value is the one most reports state, whatever it is; the largest value is a decoy half the time
  const examples = Array.from({ length: 40 }, (_, i) => ({
    candidates: [
      { features: { share: 0.8, largest: i % 2 } },
      { features: { share: 0.2, largest: 1 - (i % 2) } },
    ],
    right: 0,
  }));
  const ranker = fitRanker(examples, { l2: 0.1, iterations: 300 });
  assert.ok((ranker.weights['share'] ?? 0) > 1, JSON.stringify(ranker.weights));
  assert.ok(Math.abs(ranker.weights['largest'] ?? 0) < 0.5, JSON.stringify(ranker.weights));
  const picked = bestCandidate(ranker, [{ value: 'few', features: { share: 0.1, largest: 1 } }, { value: 'most', features: { share: 0.6 } }]);
  assert.equal(picked?.value, 'most');
});

test('unknown features weigh nothing; with no candidates there is no choice', () => {
  assert.equal(candidateScore({ weights: { a: 2 } }, { a: 1, b: 100 }), 2);
  assert.equal(bestCandidate({ weights: {} }, []), undefined);
});
