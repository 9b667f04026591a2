import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DenseWeights, frozenWeights, SparseWeights } from './frozen.js';

// rows of 6 classes, mostly zeros (as the arc labeller's are), keyed by numbers that collide modulo the table size
const ROWS: [number, number[]][] = [[3, [0, 1.5, 0, 0, 0, -2]], [19, [0, 0, 0, 0.25, 0, 0]], [35, [4, 0, 0, 0, 0, 0]], [40, [0, 0, 0, 0, 0, 0]]];
const each = (put: (key: number, w: Float32Array) => void) => { for (const [k, w] of ROWS) put(k, Float32Array.from(w)); };

function scored(w: { score(f: Int32Array, n: number, s: Float64Array): void }, keys: number[]): number[] {
  const scores = new Float64Array(6).fill(9); // stale values: score must zero them
  w.score(Int32Array.from(keys), keys.length, scores);
  return [...scores];
}

test('dense and sparse layouts give the same scores, unknown keys adding nothing', () => {
  const dense = new DenseWeights(6, ROWS.length, each), sparse = new SparseWeights(6, ROWS.length, 4, each);
  const keys = [3, 19, 35, 7, 40, 3];
  assert.deepEqual(scored(dense, keys), [4, 3, 0, 0.25, 0, -4]);
  assert.deepEqual(scored(sparse, keys), scored(dense, keys));
  assert.deepEqual(scored(sparse, [51]), [0, 0, 0, 0, 0, 0]);
});

test('the layout follows the weights: sparse rows go sparse, full rows of few classes dense', () => {
  assert.ok(frozenWeights(6, ROWS.length, each) instanceof SparseWeights);
  const full = (put: (key: number, w: Float32Array) => void) => { put(1, Float32Array.from([1, 2, 3, 4])); put(2, Float32Array.from([1, 0, 3, 4])); };
  assert.ok(frozenWeights(4, 2, full) instanceof DenseWeights);
});
