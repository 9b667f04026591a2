import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { evalEvents, normalise, sameActor } from './events.js';

const LAST_LINE = /^type_accuracy (?:0|1)\.\d{4} actor_f1 (?:0|1)\.\d{4} target_f1 (?:0|1)\.\d{4}$/;

test('actors match leniently: case, articles, possessives, containment, head word', () => {
  assert.equal(normalise("The U.S. Army's"), 'us army');
  assert.ok(sameActor('Senior Hungarian and Romanian officials', 'Hungarian'));
  assert.ok(sameActor('Tom King', 'British Defence Secretary Tom King'));
  assert.ok(sameActor('Palestinian detainees', 'Palestinian'));
  assert.ok(sameActor('Swiss doctors', 'doctors'));
  assert.ok(!sameActor('Russia', 'Russian Jewish immigrants'));
  assert.ok(!sameActor('Hamas', 'Israel'));
});

test('scores records of our own: per-type lines, then the summary line last', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'eval-events-'));
  try {
    const file = join(dir, 'gold.json');
    const records = [
      { id: 'r1', text: 'Norway urged Sweden to release the detained sailors.', event: 'DEMAND', source: [{ actorText: 'Norway' }], target: [{ actorText: 'Sweden' }] },
      { id: 'r2', text: 'Norwegian officials met with Swedish diplomats in Oslo on Monday.', event: 'CONSULT', source: [{ actorText: 'Norwegian officials' }], target: [{ actorText: 'Swedish diplomats' }] },
      { id: 'r3', text: 'Rebels shelled the town of Dara overnight.', event: 'FIGHT', source: [{ actorText: 'Rebels' }], target: '' },
    ];
    await writeFile(file, JSON.stringify(records));
    const lines: string[] = [];
    const scores = await evalEvents(file, (l) => lines.push(l));
    assert.match(lines.at(-1)!, LAST_LINE);
    assert.ok(lines.some((l) => l.startsWith('REQUEST')), 'old labels are reported under their new names');
    assert.equal(scores.typeAccuracy, 1);
    assert.equal(scores.actorF1, 1);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// The score on the shared gold records is an evaluation, not a test: .ci/run gates it.
