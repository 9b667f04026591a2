import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FIXTURE_ARTICLES, FIXTURE_STORY } from '../render/_fixture.js';
import { csvTables, exporterFor, FACT_COLUMNS, type ExportInput } from './index.js';
import { parseCsv } from './_parse-csv.js';

const INPUT: ExportInput = { stories: [FIXTURE_STORY], articles: FIXTURE_ARTICLES };
const table = (input = INPUT) => parseCsv([...csvTables.facts.write(input)].join(''));
const cell = (row: string[], column: (typeof FACT_COLUMNS)[number]) => row[FACT_COLUMNS.indexOf(column)]!;
const byId = new Map(FIXTURE_ARTICLES.map((a) => [a.id as string, a]));

test('the facts table: a header, one row per fact of each story, the same number of fields on every row', () => {
  const rows = table();
  assert.deepEqual(rows[0], [...FACT_COLUMNS]);
  assert.equal(rows.length, 1 + FIXTURE_STORY.facts.length);
  for (const r of rows) assert.equal(r.length, FACT_COLUMNS.length);
  assert.equal(exporterFor('csv', 'facts'), csvTables.facts);
});

test('a conflict\'s row: its statement, status, every source and value, and claims that point at the text', () => {
  const row = table().find((r) => cell(r, 'fact_id') === 'Finjured')!;
  assert.equal(cell(row, 'story_id'), FIXTURE_STORY.id);
  assert.equal(cell(row, 'kind'), 'figure');
  assert.equal(cell(row, 'status'), 'conflict');
  assert.equal(cell(row, 'statement'), '12 vs 14 people injured');
  assert.equal(cell(row, 'values'), 'at least 12; 14');
  const fact = FIXTURE_STORY.facts.find((f) => f.id === 'Finjured')!;
  assert.equal(cell(row, 'sources'), fact.claims.map((c) => byId.get(c.article)!.source.name).join('; '));
  for (const claim of cell(row, 'claims').split('; ')) {
    const [, article, start, end] = /^(\w+):(\d+)-(\d+)$/.exec(claim)!;
    const text = byId.get(article!)!.text.slice(Number(start), Number(end));
    assert.ok(fact.claims.some((c) => c.text === text), `the offsets of ${claim} give a claim's sentence back`);
  }
});

test('a statement with commas, quotes and line breaks is quoted (RFC 4180) and comes back whole', () => {
  const statement = 'The mayor said, "it held"\r\nthen, "it fell"\nand more';
  const story = { ...FIXTURE_STORY, facts: [{ ...FIXTURE_STORY.facts[0]!, statement }] };
  const text = [...csvTables.facts.write({ ...INPUT, stories: [story] })].join('');
  assert.ok(text.includes(`"The mayor said, ""it held""\r\nthen, ""it fell""\nand more"`));
  assert.equal(cell(parseCsv(text)[1]!, 'statement'), statement);
  assert.ok(text.endsWith('\r\n'));
});
