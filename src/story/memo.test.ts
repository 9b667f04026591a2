import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PassMemo } from './memo.js';

test('the memo computes a key once, and forgets the least recently used past its bound', () => {
  const memo = new PassMemo(2);
  let calls = 0;
  const square = (n: number) => memo.get(`sq ${n}`, () => { calls++; return n * n; });
  assert.equal(square(3), 9);
  assert.equal(square(3), 9);
  assert.equal(calls, 1, 'kept');
  square(4);
  square(3);            // 3 is now the most recent
  square(5);            // 4 goes
  assert.equal(memo.size, 2);
  calls = 0;
  square(3);
  assert.equal(calls, 0, 'the one read last stayed');
  square(4);
  assert.equal(calls, 1, 'the least recently used was forgotten');
});
