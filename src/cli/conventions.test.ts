import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES, REPO } from '../core/_test/paths.js';

// The command-line conventions people expect, on the real binary: --help everywhere, help on stderr
// for a bare call, every option documented, and a path that cannot be written named in one line.

const BIN = join(REPO, 'dist/bin/corroborate.js');
const cli = (args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr, timedOut: r.error !== undefined };
};

/** Each command and the options its parser takes: every one must be in its help and in the global help. */
const OPTIONS: Readonly<Record<string, readonly string[]>> = {
  analyze: ['--json', '--out', '--verbose', '--jobs'],
  eval: [],
  ingest: ['--db', '--batch', '--jobs', '--verbose'],
  stories: ['--db', '--json', '--limit', '--entity'],
  show: ['--db', '--json'],
  search: ['--db', '--json', '--limit'],
  export: ['--format', '--table', '--story', '--db', '--out'],
  serve: ['--port', '--host', '--db', '--max-body', '--jobs', '--budget'],
};

test('every command and sub-command answers --help with its own text, exit 0, and names all its options', () => {
  const global = cli(['--help']);
  assert.equal(global.code, 0);
  for (const [command, options] of Object.entries(OPTIONS)) {
    const r = cli([command, '--help']);
    assert.equal(r.code, 0, `${command} --help exits 0`);
    assert.ok(r.out.startsWith(`corroborate ${command} `), `${command} --help prints its own text, not the global help: ${r.out.slice(0, 60)}`);
    for (const o of options) {
      assert.ok(r.out.includes(o), `${command} --help names ${o}`);
      assert.ok(global.out.split('\n').some((l) => l.includes(`corroborate ${command} `) && l.includes(o)), `the global help names ${command} ${o}`);
    }
  }
  const sub = cli(['eval', 'ner', '--help']);
  assert.equal(sub.code, 0);
  assert.match(sub.out, /eval ner FILE/);
});

test('a bare corroborate prints the help on stderr and exits 2', () => {
  const r = cli([]);
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.match(r.err, /corroborate analyze PATH/);
});

test('an --out or --db that cannot be written is one line naming the path and the problem, exit 1, no stack trace, no hang', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-fs-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'not a folder');
  const article = join(EXAMPLES, 'ferry', 'lakeside-courier.html');
  const cases: [string[], RegExp][] = [
    [['analyze', article, '--jobs', '1', '--out', file], /--out .*a-file: is a file, not a folder/],
    [['analyze', article, '--jobs', '1', '--out', join(file, 'sub')], /--out .*a-file\/sub: a part of the path is a file, not a folder/],
    [['ingest', article, '--jobs', '1', '--db', join(file, 'store.db')], /store at .*a-file\/store\.db: .*a-file: is a file, not a folder/],
    [['export', '--format', 'csv', '--db', join(dir, 'none.db'), '--out', dir], /no store at/],
    [['stories', '--db', dir], /--db .*: is a folder, not a store file/],
  ];
  // Node's recursive mkdir spins forever on /proc/nope: the one path that hung
  if (existsSync('/proc/self')) cases.push([['analyze', article, '--jobs', '1', '--out', '/proc/nope'], /--out \/proc\/nope: cannot create this folder/]);
  for (const [args, message] of cases) {
    const r = cli(args);
    assert.equal(r.timedOut, false, `${args.join(' ')} gave up in time`);
    assert.equal(r.code, 1, `${args.join(' ')} exits 1`);
    assert.match(r.err, message);
    const lines = r.err.trim().split('\n').filter((l) => !l.startsWith('warning:'));
    assert.equal(lines.length, 1, `one line: ${r.err}`);
    assert.doesNotMatch(r.err, /\n\s+at |Error:/, 'no stack trace');
  }
});

test('an evaluation given a folder for a file, a file for a folder, or a file of another format says so in one line, exit 1', () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-eval-'));
  const json = join(dir, 'records.json');
  writeFileSync(json, '{"not": "an array"}\n');
  const cases: [string[], RegExp][] = [
    [['eval', 'stories', dir], /^corroborate eval stories: .*corroborate-eval-\S+ is a folder \(expected FILE \(JSONL with cluster\)\)\n$/],
    [['eval', 'incidents', json], /^corroborate eval incidents: .*records\.json is a file \(expected DIR/],
    [['eval', 'parse', json], /^corroborate eval parse: .*records\.json: no CoNLL-U sentence in it/],
    [['eval', 'ner', json], /^corroborate eval ner: .*records\.json: no gold entity in it/],
    [['eval', 'stories', json], /^corroborate eval stories: .*records\.json: no record with an id, a text and a gold cluster/],
    [['eval', 'events', json], /^corroborate eval events: .*records\.json: not a JSON array of PLOVER gold records/],
  ];
  for (const [args, expected] of cases) {
    const r = cli(args);
    assert.equal(r.code, 1, `${args.join(' ')} exits 1: ${r.err}`);
    assert.match(r.err, expected);
    assert.doesNotMatch(r.err, /\n\s+at /, 'no stack trace');
  }
});
