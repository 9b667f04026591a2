import assert from 'node:assert/strict';
import { test } from 'node:test';
import { closestGap, dayNumber } from './days.js';

test('day numbers of full dates only', () => {
  assert.equal(dayNumber('1970-01-02'), 1);
  assert.equal(dayNumber('2021-03-08T10:00:00Z')! - dayNumber('2021-03-01')!, 7);
  assert.equal(dayNumber('2021-03'), undefined);
});

test('the closest gap between two sets of days', () => {
  assert.equal(closestGap([10, 40], [55, 37]), 3);
  assert.equal(closestGap([5], [5]), 0);
  assert.equal(closestGap([], [1]), undefined);
});
