import assert from 'node:assert/strict';
import { test } from 'node:test';
import summaryReporter from './summary-reporter.js';

test('the summary counts tests (not suites), skips and failures, and names each failure', async () => {
  async function* events() {
    yield { type: 'test:pass', data: { name: 'a', nesting: 1 } };
    yield { type: 'test:pass', data: { name: 'b', nesting: 1, skip: 'no browser' } };
    yield { type: 'test:fail', data: { name: 'c', nesting: 1, file: '/x/dist/src/c.test.js', details: { error: { message: 'wrapped', cause: new Error('expected 1\nmore') } } } };
    yield { type: 'test:fail', data: { name: 'suite', nesting: 0, details: { type: 'suite' as const } } };
    yield { type: 'test:diagnostic', data: { name: 'ignored', nesting: 0 } };
  }
  let out = '';
  for await (const chunk of summaryReporter(events())) out += chunk;
  assert.match(out, /tests 3 · pass 1 · fail 1 · skipped 1 · duration \d+\.\d s/);
  assert.match(out, /^\.\.X\n/);
  assert.match(out, /✗ c \(dist\/src\/c\.test\.js\): expected 1\n {6}more\n/);
  assert.doesNotMatch(out, /suite/);
});
