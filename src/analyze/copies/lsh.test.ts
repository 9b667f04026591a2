import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BANDS, bandKeys, createLshIndex } from './lsh.js';
import { fingerprintOf } from './minhash.js';

const range = (from: number, n: number) => new Set(Array.from({ length: n }, (_, i) => from + i));

test('an index returns fingerprints that share a band, and not unrelated ones', () => {
  const index = createLshIndex<string>();
  index.add('a', fingerprintOf(range(0, 200)));
  index.add('b', fingerprintOf(range(100000, 200)));
  assert.deepEqual(index.candidates(fingerprintOf(range(10, 200))), ['a']);
  assert.equal(bandKeys(fingerprintOf(range(0, 5))).length, BANDS);
  assert.deepEqual(bandKeys(fingerprintOf(new Set())), []);
});
