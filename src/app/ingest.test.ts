import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES } from '../core/_test/paths.js';
import { createPipeline } from '../analyze/pipeline.js';
import { openSqliteStore } from '../store/sqlite.js';
import { ingest } from './ingest.js';

test('ingest stores a near-copy, linked to its original across runs; the same text again is a duplicate', async () => {
  const text = readFileSync(join(EXAMPLES, 'ferry', 'harbour-wire.txt'), 'utf8');
  const store = openSqliteStore(':memory:');
  const pipeline = createPipeline();
  const first = await ingest(store, [{ origin: 'harbour-wire.txt', source: { name: 'Harbour Wire' }, text }], { pipeline });
  const second = await ingest(store, [
    { origin: 'again.txt', source: { name: 'Harbour Wire' }, text },
    { origin: 'copy.txt', source: { name: 'Lakeshore Daily' }, text: `${text.replace('source: Harbour Wire', 'source: Lakeshore Daily')}\n` },
  ], { pipeline });
  const original = first.added[0]!.id;
  assert.deepEqual(second.duplicates.map((e) => e.origin), ['again.txt']);
  assert.deepEqual(second.added.map((e) => [e.origin, e.copyOf]), [['copy.txt', original]]);
  assert.equal((await store.counts()).articles, 2, 'the copy is stored: nothing is lost');
  await store.close();
});
