import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { defaultDeps, main } from './main.js';

// Article data on the terminal: a title or source carrying escape sequences (recolour, retitle the
// window, clear the screen) reaches `stories`, `search`, `show` and the brief as plain text only.

const HOSTILE = 'Strike \x1b[31mends\x1b[0m\x1b]0;owned\x07\x1b[2J\r\x9b1m';

test('stories, search, show and analyze print article data without control characters', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-terminal-'));
  const file = join(dir, 'hostile.txt');
  writeFileSync(file, `title: ${HOSTILE}\nsource: Dock \x1b[5mDaily\n\nDock workers ended their strike on Friday after a week, the union said. The port reopened.\n`);
  const db = join(dir, 'store.db');
  const deps = defaultDeps();
  const run = async (argv: string[]) => {
    let out = '', err = '';
    const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } }, deps);
    return { code, text: out + err };
  };
  assert.equal((await run(['ingest', file, '--db', db])).code, 0);
  for (const argv of [['stories', '--db', db], ['search', 'strike', '--db', db], ['show', '1', '--db', db], ['analyze', file]]) {
    const r = await run(argv);
    assert.equal(r.code, 0, argv[0]);
    assert.doesNotMatch(r.text, /[\x00-\x08\x0b-\x1f\x7f-\x9f]/, `${argv[0]} printed a control character`);
    if (argv[0] !== 'search') assert.match(r.text, /Strike ends/, argv[0]);
  }
});
