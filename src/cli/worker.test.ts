import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { EXAMPLES, REPO, SHARED_DATA } from '../core/_test/paths.js';
import type { Story } from '../core/model.js';
import { dropTestSchemas, freshStoreUrl, PG_SKIP } from '../store/postgres/_test-server.js';
import { defaultDeps, main } from './main.js';

// The PostgreSQL ingest queue end to end: a batch is queued, three `corroborate worker` processes take
// it, one is killed (SIGKILL) in the middle of an article, and the store ends with every article once
// and the stories a single `corroborate ingest --batch 1` into SQLite gives (workers commit one article
// at a time: stories built in bigger batches differ a little, as the story passes read the syntax layer
// of the batch's articles, which the store does not keep). The batch is examples/ plus, when
// ../shared is there, the first reports of the GVA stream (so stories form and merge across workers).
const deps = defaultDeps();
const CLI = resolve(REPO, 'dist/bin/corroborate.js');

async function run(argv: string[]) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } }, deps);
  return { code, out, err };
}

/** A worker process; `lines` resolves each time it prints a line. */
function worker(url: string, onLine: (line: string) => void) {
  const child = spawn(process.execPath, [CLI, 'worker', '--db', url, '--until-empty', '--poll', '0.1'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    for (let i = out.indexOf('\n'); i >= 0; i = out.indexOf('\n')) { onLine(out.slice(0, i)); out = out.slice(i + 1); }
  });
  child.stderr.on('data', (chunk: Buffer) => { err += chunk.toString(); });
  const exited = new Promise<{ code: number | null; signal: string | null; err: string }>((done) => child.on('exit', (code, signal) => done({ code, signal, err })));
  return { child, exited };
}

after(dropTestSchemas);

test('three workers, one killed mid-article: every article once, the stories of one SQLite ingest --batch 1', { skip: PG_SKIP, timeout: 600_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-workers-'));
  const inputs = [EXAMPLES];
  const gva = join(SHARED_DATA, 'gva', 'quick', 'articles.jsonl');
  if (existsSync(gva)) {
    const lines = readFileSync(gva, 'utf8').split('\n').filter(Boolean).slice(0, 24);
    writeFileSync(join(dir, 'gva.jsonl'), `${lines.join('\n')}\n`);
    inputs.push(join(dir, 'gva.jsonl'));
  }
  const sqlite = join(dir, 'one.db');
  const one = await run(['ingest', ...inputs, '--batch', '1', '--db', sqlite]);
  assert.equal(one.code, 0, one.err);

  const url = freshStoreUrl();
  const queued = await run(['ingest', ...inputs, '--queue', '--db', url]);
  assert.equal(queued.code, 0, queued.err);
  const total = Number(/^(\d+) articles? queued/.exec(queued.out)?.[1]);
  assert.ok(total >= 4, queued.out);

  let claims = 0;
  const victim = worker(url, (line) => { if (line.startsWith('analysing') && ++claims === 2) victim.child.kill('SIGKILL'); });
  const others = [worker(url, () => {}), worker(url, () => {})];
  const killed = await victim.exited;
  assert.equal(killed.signal, 'SIGKILL', 'the worker was killed while it held an article');
  for (const w of others) {
    const r = await w.exited;
    assert.equal(r.code, 0, r.err);
  }

  const counts = JSON.parse((await run(['stories', '--json', '--db', url])).out) as unknown[];
  assert.ok(counts.length > 0);
  const stories = async (db: string) => (JSON.parse((await run(['export', '--format', 'json', '--db', db])).out) as { stories: Story[]; articles: { id: string }[] });
  const [reference, queuedRun] = [await stories(sqlite), await stories(url)];
  assert.equal(queuedRun.articles.length, total, 'every queued article stored, none twice');
  assert.deepEqual(queuedRun.articles.map((a) => a.id).sort(), reference.articles.map((a) => a.id).sort());
  assert.deepEqual(queuedRun.stories, reference.stories);
});
