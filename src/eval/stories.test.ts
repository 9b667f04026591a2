import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { REPORTS } from '../story/grouping/_fixtures.js';
import { bcubed, evalStories, labelsOf } from './stories.js';

test('B-cubed: perfect, all in one, all apart', () => {
  const gold = ['a', 'a', 'b', 'b', 'b'];
  assert.deepEqual(bcubed([1, 1, 2, 2, 2], gold), { bcubedF1: 1, precision: 1, recall: 1 });
  const one = bcubed([0, 0, 0, 0, 0], gold);
  assert.equal(one.recall, 1);
  assert.ok(Math.abs(one.precision - (2 * (2 / 5) + 3 * (3 / 5)) / 5) < 1e-12);
  const apart = bcubed([0, 1, 2, 3, 4], gold);
  assert.equal(apart.precision, 1);
  assert.ok(Math.abs(apart.recall - (2 * (1 / 2) + 3 * (1 / 3)) / 5) < 1e-12);
});

test('B-cubed: the textbook case (one item of a gold cluster placed with another)', () => {
  // gold {0,1,2} {3,4}; predicted {0,1} {2,3,4}
  const s = bcubed([0, 0, 1, 1, 1], ['x', 'x', 'x', 'y', 'y']);
  assert.ok(Math.abs(s.precision - (1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5) < 1e-12);
  assert.ok(Math.abs(s.recall - (2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5) < 1e-12);
});

test('labels from groups; an item in no group is a group of its own', () => {
  assert.deepEqual(labelsOf([[0, 2], [1]], 4), [0, 1, 0, 5]);
});

test('eval stories analyses and groups a JSONL file and prints the contract line last', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-stories-'));
  const file = join(dir, 'stories.jsonl');
  const records = [
    { id: 'v1', text: REPORTS.velmora1, cluster: 'velmora', topic: 1 },
    { id: 'd1', text: REPORTS.dunmore1, cluster: 'dunmore', topic: 1 },
    { id: 'v2', text: REPORTS.velmora2, cluster: 'velmora', topic: 1 },
    { id: 'd2', text: REPORTS.dunmore2, title: 'Port Dunmore shaken', cluster: 'dunmore', topic: 1 },
    { id: 'v3', text: REPORTS.velmora3, published: '2024-05-08', cluster: 'velmora', topic: 1 },
  ];
  writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n{"id": "x", "text": "no cluster"}\n`);
  const lines: string[] = [];
  const scores = await evalStories(file, (l) => lines.push(l));
  assert.deepEqual(scores, { bcubedF1: 1, precision: 1, recall: 1 });
  assert.match(lines.at(-1)!, /^bcubed_f1 1\.0000 precision 1\.0000 recall 1\.0000$/);
  assert.match(lines[0]!, /^articles 5 gold_clusters 2 predicted_stories 2 /);
});
