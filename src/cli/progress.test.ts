import assert from 'node:assert/strict';
import { test } from 'node:test';
import { duration, progressBar } from './progress.js';

test('the progress line shows the count, the rate and the time left at that rate', () => {
  let out = '', clock = 0;
  const bar = progressBar((s) => { out = s; }, () => clock);
  clock = 10_000;
  bar.update(20, 50, '/data/a/report-17.txt');
  assert.match(out, /\[#{10}-{14}\] 20\/50 2\.0\/s ETA 15s report-17\.txt/);
  clock = 600_000;
  bar.update(30, 50, 'b.txt');
  assert.match(out, /30\/50 3\.0\/min ETA 6m40s/);
  bar.finish();
  assert.equal(out, '\r\x1b[K');
});

test('durations read as a person says them; no rate yet is "--"', () => {
  assert.equal(duration(undefined), '--');
  assert.equal(duration(59.4), '59s');
  assert.equal(duration(185), '3m05s');
  assert.equal(duration(3720), '1h02m');
});
