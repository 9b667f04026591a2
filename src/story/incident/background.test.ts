import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { isBackground } from './background.js';

// Sentences written for these tests.
test('a sentence that names a century or a decade is about another time than the incident', () => {
  const a = analyseReport('A hunter died of the plague on Tuesday. It was known as the Black Death during the fourteenth century, causing more than 50 million deaths. Cases were rare in the 1990s.', '2019-11-06', 'era');
  const frame = { date: '2019-11-05' };
  assert.deepEqual([0, 1, 2].map((i) => isBackground(a, i, a.dates ?? [], frame)), [false, true, true]);
});
