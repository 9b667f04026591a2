import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES } from '../core/_test/paths.js';
import { defaultDeps, main } from './main.js';

// --jobs: worker threads change how fast, never what comes out.

const deps = defaultDeps();
async function run(argv: string[]) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } }, deps);
  return { code, out, err };
}

test('analyze --json of the examples is byte-identical with --jobs 1 and --jobs 2', async () => {
  const one = await run(['analyze', EXAMPLES, '--json', '--jobs', '1']);
  const two = await run(['analyze', EXAMPLES, '--json', '--jobs', '2']);
  assert.equal(one.code, 0, one.err);
  assert.equal(two.code, 0, two.err);
  assert.ok(JSON.parse(one.out).articles.length > 1, 'more than one article, so --jobs 2 uses threads');
  assert.equal(two.out, one.out);
});

test('ingest with --jobs 2 stores the same stories as --jobs 1', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-jobs-'));
  const stories = [];
  for (const jobs of ['1', '2']) {
    const db = join(dir, `jobs-${jobs}.db`);
    const r = await run(['ingest', EXAMPLES, '--db', db, '--jobs', jobs]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /4 added/);
    // When a story was last written is the one thing that may differ.
    stories.push((await run(['stories', '--db', db, '--json'])).out.replace(/"updatedAt": "[^"]*"/g, '"updatedAt": ""'));
  }
  assert.equal(stories[1], stories[0]);
});

test('--jobs takes a positive whole number', async () => {
  for (const bad of ['0', 'two', '-1', '1.5']) assert.equal((await run(['analyze', EXAMPLES, '--jobs', bad])).code, 2, bad);
  const r = await run(['ingest', EXAMPLES, '--jobs', 'x']);
  assert.equal(r.code, 2);
  assert.match(r.err, /--jobs needs a positive whole number/);
});
