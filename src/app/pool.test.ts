import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Draft } from '../read/types.js';
import type { AnalysisOutcome } from './analyzer.js';
import { workerPool } from './pool.js';
import { analyzeInOrder } from './stream.js';

// The pool with stand-in threads (_fake-worker.ts: the text says what the analysis does), so that
// failures can be provoked and nothing loads the models.

const FAKE = new URL('./_fake-worker.js', import.meta.url);
const draft = (text: string, origin = `${text}.txt`): Draft => ({ origin, source: { name: 'test' }, text });
const origins = (outcomes: AnalysisOutcome[]) => outcomes.map((o) => (o.ok ? o.article.origin : o.origin));
async function collect(drafts: Iterable<Draft> | AsyncIterable<Draft>, pool: ReturnType<typeof workerPool>): Promise<AnalysisOutcome[]> {
  const out: AnalysisOutcome[] = [];
  for await (const o of analyzeInOrder(drafts, { pool })) out.push(o);
  return out;
}

test('outcomes come in input order though later articles finish first, from more than one thread', async () => {
  const pool = workerPool({ jobs: 2, workerUrl: FAKE });
  try {
    const drafts = [300, 20, 200, 10, 100, 0].map((ms, i) => draft(`busy ${ms}`, `a${i}.txt`));
    const out = await collect(drafts, pool);
    assert.deepEqual(origins(out), drafts.map((d) => d.origin));
    const threads = new Set(out.map((o) => (o.ok ? o.article.source.name : '')));
    assert.equal(threads.size, 2, `analysed on ${[...threads].join(', ')}`);
  } finally { await pool.close(); }
});

test('an article that throws, or kills its thread, is a diagnostic naming it; the rest of the batch goes on', async () => {
  const pool = workerPool({ jobs: 2, workerUrl: FAKE });
  try {
    const out = await collect([draft('first'), draft('throw', 'bad.txt'), draft('exit', 'fatal.txt'), draft('last')], pool);
    assert.deepEqual(out.map((o) => o.ok), [true, false, false, true]);
    const [bad, fatal] = [out[1]!, out[2]!].map((o) => (o.ok ? assert.fail('no failure') : o.diagnostic));
    assert.equal(bad!.rule, 'analysis-failed');
    assert.match(bad!.message, /^bad\.txt: analysis failed: Error: this text breaks the analysis/);
    assert.equal(fatal!.rule, 'worker-died');
    assert.match(fatal!.message, /^fatal\.txt: the analysis thread stopped \(exit code 3\)/);
    assert.equal(fatal!.origin, 'fatal.txt');
    // The dead thread was replaced: the pool still analyses.
    assert.equal((await pool.analyze(draft('after'))).ok, true);
  } finally { await pool.close(); }
});

test('an article that exhausts its thread\'s memory is reported by name; the next one is analysed', async () => {
  const pool = workerPool({ jobs: 1, workerUrl: FAKE, resourceLimits: { maxOldGenerationSizeMb: 32 } });
  try {
    const out = await collect([draft('hog', 'huge.txt'), draft('small')], pool);
    const lost = out[0]!;
    assert.ok(!lost.ok);
    assert.equal(lost.diagnostic.rule, 'worker-died');
    assert.match(lost.diagnostic.message, /^huge\.txt: the analysis thread stopped \(.*memory limit.*\) while analysing it/);
    assert.equal(out[1]!.ok, true);
  } finally { await pool.close(); }
});

test('an article over the time budget is refused by name; its thread is replaced', async () => {
  const pool = workerPool({ jobs: 1, workerUrl: FAKE, budgetMs: 300 });
  try {
    const out = await collect([draft('hang', 'endless.html'), draft('quick')], pool);
    const refused = out[0]!;
    assert.ok(!refused.ok);
    assert.equal(refused.diagnostic.rule, 'time-budget');
    assert.match(refused.diagnostic.message, /^endless\.html: analysis took longer than the 0\.3 s allowed for one article; the article is skipped/);
    assert.equal(out[1]!.ok, true);
  } finally { await pool.close(); }
});

test('threads that cannot start fail every article with the reason, and are not restarted forever', async () => {
  const pool = workerPool({ jobs: 2, workerUrl: new URL('./_broken-worker.js', import.meta.url) });
  try {
    const out = await collect([draft('a'), draft('b'), draft('c')], pool);
    for (const o of out) {
      assert.ok(!o.ok);
      assert.match(o.diagnostic.message, /no analysis thread could start \(models\/ner\.bin is unreadable\)/);
    }
  } finally { await pool.close(); }
});

test('streaming: drafts are read only a window ahead of what the caller has taken', async () => {
  const pool = workerPool({ jobs: 2, workerUrl: FAKE });
  let read = 0;
  async function* drafts() { for (let i = 0; i < 40; i++) { read++; yield draft(`n${i}`); } }
  try {
    let taken = 0;
    for await (const o of analyzeInOrder(drafts(), { pool, window: 4 })) {
      assert.ok(o.ok);
      taken++;
      assert.ok(read <= taken + 4, `${read} drafts read when ${taken} were taken`);
    }
    assert.equal(taken, 40);
  } finally { await pool.close(); }
});

test('close fails what is still waiting, and a closed pool refuses new articles', async () => {
  const pool = workerPool({ jobs: 1, workerUrl: FAKE });
  const waiting = [pool.analyze(draft('busy 200')), pool.analyze(draft('second'))];
  await pool.close();
  for (const o of await Promise.all(waiting)) assert.ok(!o.ok && o.diagnostic.rule === 'analyzer-closed');
  const late = await pool.analyze(draft('late'));
  assert.ok(!late.ok && late.diagnostic.rule === 'analyzer-closed');
});

test('one draft alone is analysed on this thread (no pool), failures included', async () => {
  let built = 0;
  const pipeline = () => {
    built++;
    return { stages: [], ctx: {} as never, analyze: (d: Draft) => { if (d.text === 'throw') throw new Error('boom'); return { id: 'x', origin: d.origin, source: d.source, language: 'eng', text: d.text, segments: [], diagnostics: [] } as never; } };
  };
  const one = [];
  for await (const o of analyzeInOrder([draft('only')], { jobs: 4, pipeline })) one.push(o);
  assert.equal(built, 1);
  assert.equal(one.length, 1);
  const failed = [];
  for await (const o of analyzeInOrder([draft('throw', 'x.txt')], { jobs: 1, pipeline })) failed.push(o);
  assert.ok(!failed[0]!.ok && /^x\.txt: analysis failed: Error: boom/.test(failed[0]!.diagnostic.message));
});

test('a thread holding several articles: those it had not begun outlive its death; the budget counts per article', async () => {
  const pool = workerPool({ jobs: 1, depth: 3, workerUrl: FAKE, budgetMs: 400 });
  try {
    // Three articles of 150 ms each in one thread: 450 ms in all, each well within its 400 ms.
    const patient = await collect([draft('busy 150', 'p1.txt'), draft('busy 150', 'p2.txt'), draft('busy 150', 'p3.txt')], pool);
    assert.deepEqual(patient.map((o) => o.ok), [true, true, true]);
    const out = await collect([draft('exit', 'fatal.txt'), draft('after1'), draft('after2')], pool);
    assert.deepEqual(origins(out), ['fatal.txt', 'after1.txt', 'after2.txt']);
    assert.deepEqual(out.map((o) => o.ok), [false, true, true]);
  } finally { await pool.close(); }
});

test('a pool left open does not keep the process alive once its threads are idle', () => {
  // A child process analyses one article and never closes its pool: it must still exit by itself.
  const script = `
    import { workerPool } from ${JSON.stringify(new URL('./pool.js', import.meta.url).href)};
    const pool = workerPool({ jobs: 2, workerUrl: new URL(${JSON.stringify(FAKE.href)}) });
    const o = await pool.analyze({ origin: 'a.txt', source: { name: 't' }, text: 'busy 50' });
    console.log(o.ok ? 'analysed' : 'failed');`;
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-pool-')), 'left-open.mjs');
  writeFileSync(file, script);
  const out = execFileSync(process.execPath, [file], { encoding: 'utf8', timeout: 20_000 });
  assert.equal(out.trim(), 'analysed');
});
