import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Draft } from '../read/types.js';
import { createPipeline } from '../analyze/pipeline.js';
import { openPostgresStore } from '../store/postgres/store.js';
import { dropTestSchemas, freshStoreUrl, PG_SKIP } from '../store/postgres/_test-server.js';
import type { Regroup } from '../store/types.js';
import { inlineAnalyzer, type Analyzer } from './analyzer.js';
import { IngestQueue } from './queue.js';

// The queue's order and crash guarantees without processes: drafts analysed out of order enter the
// store in queue order, a draft whose worker fails goes back to the queue, and a text is queued once.
after(dropTestSchemas);

const draft = (name: string, text: string): Draft => ({ origin: `${name}.txt`, source: { name }, text });
const DRAFTS = [
  draft('first', 'The council of Elmsford met on Monday to discuss the new library budget for the coming year.'),
  draft('second', 'A crane collapsed onto the northern pier of Portvale harbour on Tuesday, injuring two workers.'),
  draft('third', 'Rescuers in Portvale pulled two injured workers from under the collapsed crane on Tuesday.'),
];

/** An analyzer whose drafts finish when the test says (by origin). */
function heldAnalyzer(): Analyzer & { release(origin: string): void } {
  const inline = inlineAnalyzer(createPipeline());
  const gates = new Map<string, () => void>();
  const opened = new Set<string>();
  return {
    parallelism: 1,
    async analyze(d) {
      if (!opened.has(d.origin)) await new Promise<void>((resolve) => gates.set(d.origin, resolve));
      return inline.analyze(d);
    },
    release(origin) { opened.add(origin); gates.get(origin)?.(); },
    close: async () => {},
  };
}

test('drafts analysed out of order enter the store in queue order; a failed claim is retried; a text is queued once', { skip: PG_SKIP, timeout: 120_000 }, async () => {
  const url = freshStoreUrl();
  const store = await openPostgresStore(url);
  const queue = await IngestQueue.open(url);
  try {
    assert.deepEqual((await queue.enqueue([...DRAFTS, { ...DRAFTS[0]!, origin: 'again.txt' }])).length, 3);
    const order: string[] = [];
    const regroup: Regroup = (ctx) => { order.push(...ctx.added.map((a) => a.origin)); return { stories: [], removed: [] }; };

    // A worker that dies mid-article (its analysis throws before the row is written): the draft is free again.
    const dying: Analyzer = { parallelism: 1, analyze: async () => { throw new Error('killed'); }, close: async () => {} };
    await assert.rejects(queue.analyseNext(dying), /killed/);

    // Three claims at once: which call takes which draft is the server's choice, so calls are followed by the draft they took.
    const held = heldAnalyzer();
    const byOrigin = new Map<string, Promise<unknown>>();
    await Promise.all([1, 2, 3].map(() => new Promise<void>((claimed) => {
      const call: Promise<unknown> = queue.analyseNext(held, (d) => { byOrigin.set(d.origin, call); claimed(); });
    })));
    held.release('third.txt');
    held.release('second.txt');
    await Promise.all([byOrigin.get('second.txt'), byOrigin.get('third.txt')]);
    assert.deepEqual((await queue.drain(store, regroup)).commits, [], 'the head of the queue is not analysed yet: nothing enters');
    held.release('first.txt');
    await byOrigin.get('first.txt');
    const drained = await queue.drain(store, regroup);
    assert.equal(drained.commits.length, 3);
    assert.deepEqual(order, ['first.txt', 'second.txt', 'third.txt']);
    assert.equal(await queue.size(), 0);
    assert.deepEqual((await store.listArticles()).map((a) => a.origin), ['third.txt', 'second.txt', 'first.txt']);
  } finally {
    await queue.close();
    await store.close();
  }
});
