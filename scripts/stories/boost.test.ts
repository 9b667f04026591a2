import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fitBoosted } from './boost.js';
import { boostedScore } from '../../src/story/grouping/boosted.js';

// Two features: the label follows x0 (with an interaction: only where x1 is low); x1 is constrained to lower the score.
function rows(n: number) {
  const d = 2, x = new Float64Array(n * d), y = new Uint8Array(n), weight = new Float64Array(n).fill(1);
  for (let i = 0; i < n; i++) {
    const a = (i % 10) / 10, b = Math.floor(i / 10) % 2;
    x[i * d] = a; x[i * d + 1] = b;
    y[i] = a > 0.45 && b === 0 ? 1 : 0;
  }
  return { x, y, weight, n, d };
}

test('boosted trees learn an interaction and keep each feature to its direction', () => {
  const model = fitBoosted(rows(400), ['agree', 'conflict'], { trees: 60, depth: 2, rate: 0.3, l2: 1, minHessian: 1, bins: 16, monotone: [1, -1] });
  assert.ok(boostedScore(model, [0.9, 0]) > 2, 'agreement without conflict: same');
  assert.ok(boostedScore(model, [0.9, 1]) < 0, 'agreement with a conflict: different');
  assert.ok(boostedScore(model, [0.1, 0]) < 0, 'no agreement: different');
  for (const b of [0, 1]) for (let a = 0; a < 1; a += 0.1) assert.ok(boostedScore(model, [a + 0.1, b]) >= boostedScore(model, [a, b]) - 1e-12, 'monotone up in agreement');
  for (let a = 0; a <= 1; a += 0.1) assert.ok(boostedScore(model, [a, 1]) <= boostedScore(model, [a, 0]) + 1e-12, 'monotone down in conflict');
});
