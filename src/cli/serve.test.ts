import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { main, type Io } from './main.js';

// `corroborate serve` from the command line: it prints where it listens, answers, and stops when asked.

function io(stop: Promise<string>) {
  const lines = { out: '', err: '' };
  let listening!: (url: string) => void;
  const url = new Promise<string>((resolve) => { listening = resolve; });
  const value: Io = {
    out: (s) => { lines.out += s; const m = /serve: (http:\/\/\S+)\//.exec(lines.out); if (m) listening(m[1]!); },
    err: (s) => { lines.err += s; },
    waitForStop: () => stop,
  };
  return { io: value, lines, url };
}

test('serve listens on loopback, serves the API and the UI over a new store, and stops cleanly', async () => {
  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-')), 'store.db');
  let stop!: (reason: string) => void;
  const t = io(new Promise((resolve) => { stop = resolve; }));
  const running = main(['serve', '--port', '0', '--db', db], t.io);
  const url = await Promise.race([t.url, running.then(() => assert.fail(`serve ended early: ${t.lines.err}`))]);
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
  assert.match(t.lines.out, /\(new, empty\): 0 articles in 0 stories/);
  const stories = await fetch(`${url}/api/stories`);
  assert.equal(stories.status, 200);
  assert.deepEqual(((await stories.json()) as { stories: unknown[] }).stories, []);
  assert.equal((await fetch(`${url}/`)).status, 200);
  stop('test');
  assert.equal(await running, 0);
  assert.match(t.lines.err, /stopping \(test\)/);
});

test('serve: a bad port is a usage error; a port in use is bad input', async () => {
  const bad = io(Promise.resolve('never started'));
  assert.equal(await main(['serve', '--port', 'eighty'], bad.io), 2);
  assert.match(bad.lines.err, /--port needs a port number/);

  const db = join(mkdtempSync(join(tmpdir(), 'corroborate-serve-')), 'store.db');
  let stop!: (reason: string) => void;
  const first = io(new Promise((resolve) => { stop = resolve; }));
  const running = main(['serve', '--port', '0', '--db', db], first.io);
  const port = new URL(await first.url).port;
  const second = io(Promise.resolve('not reached'));
  assert.equal(await main(['serve', '--port', port, '--db', db], second.io), 1);
  assert.match(second.lines.err, /port is in use/);
  stop('test');
  assert.equal(await running, 0);
});
