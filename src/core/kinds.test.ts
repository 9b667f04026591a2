import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CLAIM_KINDS, makesClaims, NON_BODY_KINDS, NON_CLAIM_KINDS, REPORT_KINDS } from './kinds.js';
import { SEGMENT_KINDS } from './model.js';

test('captions make claims, credits, comments and boilerplate never do; the report is the claims without captions', () => {
  assert.deepEqual([...CLAIM_KINDS].sort(), ['body', 'caption', 'heading', 'title']);
  assert.deepEqual([...REPORT_KINDS].sort(), ['body', 'heading', 'title']);
  assert.deepEqual([...NON_CLAIM_KINDS].sort(), ['boilerplate', 'comment', 'credit']);
  for (const k of REPORT_KINDS) assert.ok(CLAIM_KINDS.has(k), `${k}: the report is inside the claims`);
  assert.equal(CLAIM_KINDS.size + NON_CLAIM_KINDS.size, SEGMENT_KINDS.length, 'every kind is on one side');
  assert.equal(makesClaims('caption'), true);
  assert.equal(makesClaims('comment'), false);
  assert.equal(makesClaims(undefined), false);
});

test('what a brief sets aside: every kind but body, in the model order', () => {
  assert.deepEqual(NON_BODY_KINDS, ['title', 'heading', 'caption', 'credit', 'comment', 'boilerplate']);
});
