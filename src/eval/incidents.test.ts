import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { evalIncidents, incidentsLine, scoreIncidents, type GoldIncident, type IncidentOutput } from './incidents.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SCORER = join(ROOT, '..', 'shared', 'tools', 'score-incidents.mjs');
const CLI = join(ROOT, 'dist', 'bin', 'corroborate.js');

// Two made-up shootings in two towns, three reports (written for this test).
const RECORDS = [
  { id: 'r1', published: '2021-03-08', cluster: 'a', title: 'Man killed in Brookvale shooting',
    text: 'BROOKVALE, Ohio — A 34-year-old man was shot and killed Sunday night outside a bar on Elm Street, Brookvale police said. Police identified him as Dale Prent.' },
  { id: 'r2', published: '2021-03-09', cluster: 'a', title: 'Police name Brookvale shooting victim',
    text: 'Brookvale police on Monday named the man shot dead outside an Elm Street bar on Sunday as Dale Prent, 34. No arrest has been made.' },
  { id: 'r3', published: '2021-06-20', cluster: 'b', title: 'Two wounded in Carrow Lake drive-by',
    text: 'CARROW LAKE, Ore. — Two teenagers were wounded in a drive-by shooting on Saturday, the county sheriff said. Both are expected to survive.' },
];
const INCIDENTS: Record<string, GoldIncident> = {
  a: { date: '2021-03-07', city: 'Brookvale', state: 'Ohio', killed: 1, injured: 0, participants: [{ type: 'Victim', name: 'Dale Prent' }, { type: 'Subject-Suspect' }] },
  b: { date: '2021-06-19', city: 'Carrow Lake', state: 'Oregon', killed: 0, injured: 2, lat: 44.0, lon: -121.0, participants: [] },
};

function writeDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-incidents-'));
  writeFileSync(join(dir, 'articles.jsonl'), `${RECORDS.map((r) => JSON.stringify(r)).join('\n')}\n`);
  writeFileSync(join(dir, 'incidents.json'), JSON.stringify(INCIDENTS));
  return dir;
}

/** An output with incident records, written by hand: story S1 holds r1 and r3, S2 holds r2. */
const OUTPUT = {
  articles: [{ id: 'A1', origin: 'x/articles.jsonl#r1' }, { id: 'A2', origin: 'x/articles.jsonl#r2' }, { id: 'A3', origin: 'x/articles.jsonl#r3' }],
  stories: [
    { id: 'S1', articles: ['A1', 'A3'], entities: [{ id: 'E1', name: 'Brookvale', type: 'LOC', aliases: [{ text: 'Brookvale, Ohio', count: 1, articles: ['A1'] }], count: 2 }],
      incident: { type: 'ASSAULT', date: { value: '2021-03-07' }, place: { name: 'Elm Street', entity: 'E1' },
        figures: [{ category: 'killed', value: 1 }], participants: [{ name: 'Dale Prent Jr.' }] } },
    { id: 'S2', articles: ['A2'], entities: [],
      incident: { type: 'ASSAULT', date: { value: '2021-06-19' }, place: { name: 'Somewhere', geo: { lat: 44.1, lon: -121.1 } },
        figures: [{ category: 'injured', value: 2 }], participants: [] } },
  ],
} as unknown as IncidentOutput;

test('incident scores follow the definitions: majority story, figures default to 0, place by alias or distance', () => {
  const s = scoreIncidents(RECORDS, INCIDENTS, OUTPUT);
  assert.equal(s.incidents, 2);
  // incident a: articles A1 (S1) and A2 (S2) tie, S1 comes first: killed 1, injured 0, date, place by alias all right
  // incident b: A3 lies in S1 only: killed 1 ≠ 0, injured 0 ≠ 2, date wrong, place: Brookvale's alias is not Carrow Lake
  assert.deepEqual([s.killed, s.injured, s.date, s.place, s.exact, s.victimsRecall], [0.5, 0.5, 0.5, 0.5, 0.5, 1]);
  assert.match(incidentsLine(s), /^incidents 2 bcubed_f1 0\.\d{4} killed_acc 0\.5000 injured_acc 0\.5000 date_acc 0\.5000 place_acc 0\.5000 exact_acc 0\.5000 victims_recall 1\.0000$/);
});

test('incident scores equal those of score-incidents.mjs on a hand-written output', { skip: !existsSync(SCORER) && `no ${SCORER}` }, () => {
  const dir = writeDir();
  const outFile = join(dir, 'out.json');
  writeFileSync(outFile, JSON.stringify(OUTPUT));
  const theirs = execFileSync(process.execPath, [SCORER, dir, outFile], { encoding: 'utf8' }).trim().split('\n').at(-1);
  assert.equal(incidentsLine(scoreIncidents(RECORDS, INCIDENTS, OUTPUT)), theirs);
});

test('eval incidents prints, last, the line score-incidents.mjs prints for analyze --json of the same folder', { skip: !(existsSync(SCORER) && existsSync(CLI)) && `no ${SCORER} or ${CLI}` }, async () => {
  const dir = writeDir();
  const lines: string[] = [];
  await evalIncidents(dir, (l) => lines.push(l));
  const json = execFileSync(process.execPath, [CLI, 'analyze', join(dir, 'articles.jsonl'), '--json'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  writeFileSync(join(dir, 'out.json'), json);
  const theirs = execFileSync(process.execPath, [SCORER, dir, join(dir, 'out.json')], { encoding: 'utf8' }).trim().split('\n');
  assert.equal(lines.at(-1), theirs.at(-1));
  assert.equal(lines.at(-2), theirs.at(-2));
  assert.match(lines.at(-1)!, /^incidents 2 bcubed_f1 /);
});
