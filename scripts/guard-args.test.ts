import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPO } from '../src/core/_test/paths.js';

// A model-writing script asked for help prints it and does nothing; one given an option it does not know stops.
const run = (args: string[]) => spawnSync(process.execPath, [join(REPO, 'dist/scripts/incident/train-place.js'), ...args], { encoding: 'utf8', timeout: 30_000 });

test('a training script answers --help with its usage and exits 0 without training; an unknown option exits 2', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^usage: node dist\/scripts\/incident\/train-place\.js/);
  assert.doesNotMatch(help.stdout, /wrote /);
  const bad = run(['--analysis', 'x.json', '--bogus']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /unknown option --bogus/);
});
