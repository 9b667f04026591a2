import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { EXAMPLES } from '../core/_test/paths.js';
import { workerPool, type Analyzer } from '../app/index.js';
import type { ErrorResponse, IngestResponse } from './api-types.js';
import { exampleStore, serve, type ExampleStore } from './_fixture.js';

// POST /api/articles analyses on worker threads, never on the event loop that answers requests.

let ex: ExampleStore;
before(async () => { ex = await exampleStore(); });
after(async () => { await ex.store.close(); });

/** A long article of our own: the ferry report, its paragraphs told again with other numbers. */
function longArticle(paragraphs: number): string {
  const base = readFileSync(join(EXAMPLES, 'ferry', 'evening-ledger.txt'), 'utf8').split(/\n\s*\n/).filter((p) => p.trim());
  const out = ['Ferry inquiry: the full record'];
  for (let i = 0; i < paragraphs; i++) out.push(base[i % base.length]!.replace(/\d+/g, (n) => String(Number(n) + i)));
  return out.join('\n\n');
}
const post = (url: string, text: string, origin: string) =>
  fetch(`${url}/api/articles?origin=${origin}`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: text });

test('a GET is answered while a large POST is being analysed (the GET completes before the POST)', async () => {
  const pool = workerPool({ jobs: 1 });
  let analysing!: () => void;
  const started = new Promise<void>((resolve) => { analysing = resolve; });
  // The pool, told when the article is handed to it: the GET goes out only once analysis has begun.
  const analyzer: Analyzer = { ...pool, analyze: (draft) => { analysing(); return pool.analyze(draft); } };
  const server = await serve(ex.store, { analyzer });
  try {
    const order: string[] = [];
    const posting = post(server.url, longArticle(120), 'long.txt').then(async (r) => { order.push('post'); return r; });
    await started;
    const got = await fetch(`${server.url}/api/stories`);
    order.push('get');
    assert.equal(got.status, 200);
    const r = await posting;
    assert.equal(r.status, 201, JSON.stringify(await r.clone().json()));
    assert.deepEqual(order, ['get', 'post']);
    assert.equal(((await r.json()) as IngestResponse).added[0]!.origin, 'long.txt');
  } finally {
    await server.close();
    await pool.close();
  }
});

test('an article over the time budget is refused with a message naming it', async () => {
  const server = await serve(ex.store, { jobs: 1, budgetMs: 1 });
  try {
    const r = await post(server.url, longArticle(40), 'slow.txt');
    assert.equal(r.status, 422);
    const body = (await r.json()) as ErrorResponse;
    assert.equal(body.error.code, 'not-analysed');
    assert.match(body.error.message, /slow\.txt: analysis took longer than the 0\.001 s allowed for one article/);
    // The server still answers, and its thread was replaced.
    assert.equal((await fetch(`${server.url}/api/stories`)).status, 200);
  } finally {
    await server.close();
  }
});
