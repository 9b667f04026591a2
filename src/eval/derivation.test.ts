import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { evalDerivation } from './derivation.js';

// Written for this test: one report, a copy of it under another headline with boilerplate, and
// an independent report of the same event.
const REPORT = [
  'A passenger ferry capsized in a storm on the lake near Portvale on Thursday, killing three people and leaving eight missing, the harbour authority said.',
  'The boat was carrying 57 passengers from the island to the town when strong winds struck in the afternoon, the regional commissioner told reporters.',
  'Rescuers pulled 46 people from the water, and divers resumed the search on Friday morning.',
].join('\n\n');
const OTHER = 'Fishermen in Portvale say boats leave overloaded every market day. One owner said he carries twice the people his licence allows because fares are low. The authority has promised an inquiry into the capsizing, which left three dead.';

test('eval derivation: a copy found, an independent report left alone; the last line is pair_f1 precision recall', async () => {
  const file = join(mkdtempSync(join(tmpdir(), 'corroborate-derivation-')), 'set.jsonl');
  writeFileSync(file, [
    { id: 'o', text: REPORT, published: '2024-03-07', source: 'Harbour Wire', group: 'g' },
    { id: 'c', text: `${REPORT}\n\nFollow us for more local news.`, title: 'Three dead as ferry sinks', published: '2024-03-08', source: 'Daily', group: 'g', from: 'o', kind: 'copy' },
    { id: 'x', text: OTHER, published: '2024-03-08', source: 'Lake News', group: 'g' },
  ].map((r) => JSON.stringify(r)).join('\n'));
  const lines: string[] = [];
  const s = await evalDerivation(file, (l) => lines.push(l));
  assert.equal(s.tp, 1);
  assert.equal(s.fp, 0);
  assert.equal(s.falseCopies, 0);
  assert.match(lines.at(-1)!, /^pair_f1 1\.0000 precision 1\.0000 recall 1\.0000$/);
});
