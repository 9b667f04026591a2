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

test('a streamed ingest keeps counts only, and hands over the events and diagnostics a kept one lists, in its order', async () => {
  const texts = ['ferry/harbour-wire.txt', 'ferry/evening-ledger.txt'].map((f) => readFileSync(join(EXAMPLES, f), 'utf8'));
  const drafts = () => [...texts, texts[0]!].map((text, i) => ({ origin: `d${i}.txt`, source: { name: `Source ${i}` }, text }));
  const pipeline = createPipeline();
  const kept = await ingest(openSqliteStore(':memory:'), drafts(), { pipeline });
  const events: unknown[] = [], diagnostics: unknown[] = [];
  const streamed = await ingest(openSqliteStore(':memory:'), drafts(), { pipeline, stream: true, onArticle: (e) => events.push(e), onDiagnostic: (d) => diagnostics.push(d) });
  assert.deepEqual(kept.counts, { added: 2, duplicates: 1, failed: 0 });
  assert.deepEqual(streamed.counts, kept.counts);
  assert.deepEqual([streamed.added, streamed.duplicates, streamed.failed, streamed.diagnostics], [[], [], [], []]);
  assert.deepEqual(events, [...kept.duplicates, ...kept.added], 'the copy within the run is found before analysis');
  assert.ok(kept.diagnostics.length > 0);
  assert.deepEqual(diagnostics, kept.diagnostics);
});

test('a text seen earlier in the run is a duplicate of that draft, also once that draft is committed', async () => {
  const text = readFileSync(join(EXAMPLES, 'ferry', 'evening-ledger.txt'), 'utf8');
  // Batches of one and more drafts between than the analysis reads ahead (8): the first is stored when the copy is read.
  const drafts = [text, ...Array.from({ length: 10 }, (_, i) => `${text}\nCorrection ${i + 1}: an earlier version misspelt a name.\n`), text]
    .map((t, i) => ({ origin: `d${i}.txt`, source: { name: 'Wire' }, text: t }));
  const commits: number[] = [];
  const summary = await ingest(openSqliteStore(':memory:'), drafts, { pipeline: createPipeline(), batchSize: 1, onCommit: () => commits.push(commits.length) });
  assert.ok(commits.length >= 1);
  assert.deepEqual(summary.duplicates.map((e) => [e.origin, e.duplicateOf]), [['d11.txt', 'd0.txt']]);
  assert.equal(summary.counts.added, 11);
});
