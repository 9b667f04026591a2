import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../../core/model.js';
import { bodyBeforeHeadline } from './headline.js';
import type { OutcomeMention } from './outcomes.js';

// A report whose first 40 characters are its headline (offsets only: what the counts are is given).
const report = { segments: [{ start: 0, end: 40, kind: 'title' }, { start: 40, end: 400, kind: 'body' }] } as unknown as AnalyzedArticle;
const m = (outcome: OutcomeMention['outcome'], value: number, start: number): OutcomeMention =>
  ({ outcome, value, qualifier: 'exact', start, end: start + 1, sentence: start < 40 ? 0 : 1 });

test('the body\'s count of an outcome speaks before the headline\'s ("4 Shot, 1 Killed" misread as four dead)', () => {
  const kept = bodyBeforeHeadline(report, [m('killed', 4, 2), m('killed', 1, 60), m('shot', 4, 60)]);
  assert.deepEqual(kept.map((x) => [x.outcome, x.value]), [['killed', 1], ['shot', 4]]);
  // the headline's "two hurt" gives way to the body's "four were shot": the shot and the wounded are one outcome here
  assert.deepEqual(bodyBeforeHeadline(report, [m('injured', 2, 5), m('shot', 4, 80)]).map((x) => x.value), [4]);
});

test('the headline\'s count stands where the body counts none of that outcome', () => {
  const kept = bodyBeforeHeadline(report, [m('injured', 1, 3), m('killed', 2, 10), m('killed', 2, 90)]);
  assert.deepEqual(kept.map((x) => [x.outcome, x.start]), [['injured', 3], ['killed', 90]]);
  // a report with no title segment keeps all its counts
  const untitled = { segments: [{ start: 0, end: 400, kind: 'body' }] } as unknown as AnalyzedArticle;
  assert.equal(bodyBeforeHeadline(untitled, [m('killed', 4, 2), m('killed', 1, 60)]).length, 2);
});
