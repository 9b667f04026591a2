import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ByteGridWeights, DenseWeights, frozenWeights, GridWeights, SparseWeights } from './frozen.js';

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

test('the layout follows the weights: sparse rows of many classes go sparse, rows within a cache line dense', () => {
  const wide = (put: (key: number, w: Float32Array) => void) => { const w = new Float32Array(40); w[3] = 1; put(5, w); };
  assert.ok(frozenWeights(40, 1, wide) instanceof SparseWeights);
  assert.ok(frozenWeights(6, ROWS.length, each) instanceof DenseWeights);
  const full = (put: (key: number, w: Float32Array) => void) => { put(1, Float32Array.from([1, 2, 3, 4])); put(2, Float32Array.from([1, 0, 3, 4])); };
  assert.ok(frozenWeights(4, 2, full) instanceof DenseWeights);
});

test('weights on a quantisation grid score as the float32 weights they stand for, negative ones included', () => {
  const grid = 0.0123;
  const q = [[5, -3, 0, 32767], [-32768, 1, -1, 7], [0, 0, 2, 0]];
  const rows = (put: (key: number, w: Float32Array) => void) => q.forEach((r, k) => put(k * 17 + 2, Float32Array.from(r, (v) => v * grid)));
  const frozen = frozenWeights(4, q.length, rows, grid);
  assert.ok(frozen instanceof GridWeights);
  const keys = [2, 19, 36, 99, 2];
  assert.deepEqual(scored6(frozen, keys), scored6(new DenseWeights(4, q.length, rows), keys));
  // a weight off the grid: the float layout
  const off = (put: (key: number, w: Float32Array) => void) => put(1, Float32Array.from([0.5, 1, 2, 3]));
  assert.ok(frozenWeights(4, 1, off, grid) instanceof DenseWeights);
});

test('weights on an int8 grid keep four to an int32 and score the exact sum of their steps, times the grid', () => {
  const grid = 0.0123;
  const q = [[5, -3, 0, 127, -127, 1], [-128 + 1, 1, -1, 7, 0, 0], [0, 0, 2, 0, 0, -9]];
  const rows = (put: (key: number, w: Float32Array) => void) => q.forEach((r, k) => put(k * 17 + 2, Float32Array.from(r, (v) => v * grid)));
  const frozen = frozenWeights(6, q.length, rows, grid);
  assert.ok(frozen instanceof ByteGridWeights);
  const scores = new Float64Array(6).fill(9);
  frozen.score(Int32Array.from([2, 19, 36, 99, 2]), 5, scores); // rows 0, 1, 2, an unknown key, row 0 again
  const steps = [0, 1, 2, 3, 4, 5].map((c) => 2 * q[0]![c]! + q[1]![c]! + q[2]![c]!);
  assert.deepEqual([...scores], steps.map((s) => s * grid));
  // a step past the int8 range: the int16 layout
  const wide = (put: (key: number, w: Float32Array) => void) => put(1, Float32Array.from([200 * grid, 0, 0, 0]));
  assert.ok(frozenWeights(4, 1, wide, grid) instanceof GridWeights);
});

function scored6(w: { score(f: Int32Array, n: number, s: Float64Array): void }, keys: number[]): number[] {
  const scores = new Float64Array(4);
  w.score(Int32Array.from(keys), keys.length, scores);
  return [...scores];
}
