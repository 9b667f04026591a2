import assert from 'node:assert/strict';
import { test } from 'node:test';
import { argmax, Perceptron } from './perceptron.js';

test('an update moves weight from the guessed class to the true one, on each feature', () => {
  const p = new Perceptron(3, 4);
  const f = Int32Array.from([7, 11]);
  p.update(f, 2, 2, 0);
  const scores = new Float64Array(3);
  p.score(f, 2, scores);
  assert.deepEqual([...scores], [-2, 0, 2]);
  p.update(f, 2, 1, 1); // right guess: no change
  p.score(f, 2, scores);
  assert.deepEqual([...scores], [-2, 0, 2]);
  p.score(Int32Array.from([99]), 1, scores); // an unknown feature scores nothing
  assert.deepEqual([...scores], [0, 0, 0]);
});

test('the average weighs each weight by how long it stood', () => {
  const p = new Perceptron(2, 4);
  const f = Int32Array.from([5]);
  p.update(f, 1, 1, 0); // w = [-1, 1] at clock 1
  p.tick(); p.tick(); p.tick(); // it stands while the clock goes to 4
  p.update(f, 1, 0, 1); // back to [0, 0] at clock 4
  p.tick(); // the clock ends at 5
  const avg = p.averaged();
  const scores = new Float64Array(2);
  avg.score(f, 1, scores);
  // w was [-1, 1] for 3 of the 5 clock values: the average is 3/5 of it
  assert.deepEqual([...scores].map((x) => Number(x.toFixed(4))), [-0.6, 0.6]);
});

test('rows grow past the first capacity, and pruning drops rarely updated features', () => {
  const p = new Perceptron(2, 2);
  for (let k = 0; k < 100; k++) p.update(Int32Array.from([k]), 1, 1, 0);
  p.update(Int32Array.from([3]), 1, 1, 0);
  p.tick();
  assert.equal(p.rows, 100);
  const pruned = p.averaged(2);
  assert.equal(pruned.rows, 1);
  assert.ok(pruned.row(3) >= 0);
  assert.equal(pruned.row(4), -1);
});

test('argmax keeps to the allowed classes', () => {
  const s = Float64Array.from([5, 1, 3]);
  assert.equal(argmax(s, 3), 0);
  assert.equal(argmax(s, 3, (c) => c !== 0), 2);
  assert.equal(argmax(s, 3, () => false), -1);
});
