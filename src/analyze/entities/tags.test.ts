import { test } from 'node:test';
import assert from 'node:assert/strict';
import { O, allowed, bilouToSpans, iobToSpans, spansToBilou, tagName, tagOf } from './tags.js';

test('BILOU tags decode to typed token spans', () => {
  const tags = [tagOf('U', 'PER'), O, tagOf('B', 'ORG'), tagOf('I', 'ORG'), tagOf('L', 'ORG'), tagOf('B', 'LOC'), tagOf('L', 'LOC')];
  assert.deepEqual(bilouToSpans(tags), [
    { start: 0, end: 1, type: 'PER' },
    { start: 2, end: 5, type: 'ORG' },
    { start: 5, end: 7, type: 'LOC' },
  ]);
});

test('spans round-trip through BILOU', () => {
  const spans = [{ start: 1, end: 2, type: 'MISC' as const }, { start: 3, end: 6, type: 'PER' as const }];
  const tags = spansToBilou(spans, 7);
  assert.deepEqual(Array.from(tags, tagName), ['O', 'U-MISC', 'O', 'B-PER', 'I-PER', 'L-PER', 'O']);
  assert.deepEqual(bilouToSpans(tags), spans);
});

test('ill-formed BILOU still yields spans (an unclosed B runs to the type change)', () => {
  assert.deepEqual(bilouToSpans([tagOf('B', 'PER'), tagOf('I', 'PER'), O]), [{ start: 0, end: 2, type: 'PER' }]);
  assert.deepEqual(bilouToSpans([tagOf('I', 'LOC'), tagOf('U', 'LOC')]), [{ start: 0, end: 1, type: 'LOC' }, { start: 1, end: 2, type: 'LOC' }]);
});

test('IOB1 and IOB2 labels give the same spans', () => {
  const iob2 = ['B-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER', 'I-PER', 'B-XYZ'];
  const iob1 = ['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER', 'I-PER', 'I-XYZ'];
  const expected = [{ start: 0, end: 2, type: 'ORG' }, { start: 3, end: 4, type: 'PER' }, { start: 4, end: 6, type: 'PER' }];
  assert.deepEqual(iobToSpans(iob2), expected);
  assert.deepEqual(iobToSpans(iob1), expected);
});

test('BILOU transitions: inside a span only I or L of the same type may follow', () => {
  assert.equal(allowed(tagOf('B', 'PER'), tagOf('L', 'PER')), true);
  assert.equal(allowed(tagOf('B', 'PER'), tagOf('L', 'ORG')), false);
  assert.equal(allowed(tagOf('B', 'PER'), O), false);
  assert.equal(allowed(-1, tagOf('I', 'PER')), false);
  assert.equal(allowed(tagOf('U', 'LOC'), tagOf('B', 'LOC')), true);
});
