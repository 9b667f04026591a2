import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scoresOf, shingleMatch, shingles, tokenize } from './extract.js';

// The score on the shared benchmark pages is an evaluation, not a test: .ci/run gates it.

test('tokens are Python-style \\w+ runs: letters, digits, underscore, any script', () => {
  assert.deepEqual(tokenize("Boeing's 787-9 jet_s, 東京 Ünïcode!"), ['Boeing', 's', '787', '9', 'jet_s', '東京', 'Ünïcode']);
  assert.deepEqual(tokenize('— ... !!'), []);
});

test('shingles are 4-gram multisets; a short text is one shorter shingle', () => {
  const s = shingles('a b c d e a b c d');
  assert.equal(s.size, 5);
  assert.equal(s.get(['a', 'b', 'c', 'd'].join('\u0000')), 2);
  assert.deepEqual([...shingles('one two').values()], [1]);
  assert.equal(shingles('').size, 0);
});

test('per-page counts are normalised; precision and recall are averaged over pages', () => {
  assert.deepEqual(shingleMatch('a b c d e', 'a b c d e'), [1, 0, 0]);
  const [tp, fp, fn] = shingleMatch('a b c d e f', 'a b c d x');
  assert.ok(Math.abs(tp + fp + fn - 1) < 1e-12);
  assert.ok(tp > 0 && fp > 0 && fn > 0);
  const s = scoresOf([[1, 0, 0], [0.5, 0.5, 0]]);
  assert.equal(s.precision, 0.75);
  assert.equal(s.recall, 1);
  assert.ok(Math.abs(s.f1 - (2 * 0.75) / 1.75) < 1e-12);
  // An empty prediction gives no precision for that page (as evaluate.py), and recall 0.
  const e = scoresOf([[1, 0, 0], [0, 0, 1]]);
  assert.equal(e.precision, 1);
  assert.equal(e.recall, 0.5);
});
