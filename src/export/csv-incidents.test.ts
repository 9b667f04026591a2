import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { StoryId } from '../core/model.js';
import { FIXTURE_ARTICLES, FIXTURE_STORY } from '../render/_fixture.js';
import { INCIDENT_ARTICLES, INCIDENT_STORY } from '../render/_incident.js';
import { csvTables, exporterFor, INCIDENT_COLUMNS, type ExportInput } from './index.js';
import { parseCsv } from './_parse-csv.js';

const INPUT: ExportInput = { stories: [INCIDENT_STORY, FIXTURE_STORY], articles: [...INCIDENT_ARTICLES, ...FIXTURE_ARTICLES] };
const table = (input = INPUT) => parseCsv([...csvTables.incidents.write(input)].join(''));
const cell = (row: string[], column: (typeof INCIDENT_COLUMNS)[number]) => row[INCIDENT_COLUMNS.indexOf(column)];

test('the incidents table parses back: a header, one row per story, the same number of fields on every row', () => {
  const rows = table();
  assert.deepEqual(rows[0], [...INCIDENT_COLUMNS]);
  assert.equal(rows.length, 3);
  for (const r of rows) assert.equal(r.length, INCIDENT_COLUMNS.length);
  assert.equal(new Set(INCIDENT_COLUMNS).size, INCIDENT_COLUMNS.length, 'column names are unique');
});

test('a story\'s incident record in its row: date, place with coordinates, each figure with status, sources and other versions', () => {
  const row = table()[1]!;
  const expected: Partial<Record<(typeof INCIDENT_COLUMNS)[number], string>> = {
    story_id: 'Sharlow', story_title: 'Man killed, three hurt in Harlow Springs shooting', articles: '3', sources: '3', type: 'ASSAULT',
    date: '2031-05-11', date_status: 'agreed', date_sources: '3', date_others: '',
    place: 'Harlow Springs', place_status: 'agreed', place_sources: '3', lat: '40.21', lon: '-82.71', admin1: 'Ohio', country: 'US',
    killed: '1', killed_qualifier: '', killed_status: 'agreed', killed_sources: '3', killed_others: '',
    injured: '3', injured_status: 'conflict', injured_sources: '2', injured_others: '4 (1 source)',
    arrested: '1', arrested_status: 'single', arrested_sources: '1',
    missing: '', missing_status: '',
    participants: 'victim: Dana Ruiz (34); suspect: Mark Ellis (19)',
  };
  for (const [column, value] of Object.entries(expected)) assert.equal(cell(row, column as (typeof INCIDENT_COLUMNS)[number]), value, column);
});

test('a story with no incident record has its row, with the record\'s fields blank', () => {
  const row = table()[2]!;
  assert.equal(cell(row, 'story_id'), FIXTURE_STORY.id);
  assert.equal(cell(row, 'articles'), '3');
  for (const column of INCIDENT_COLUMNS.slice(INCIDENT_COLUMNS.indexOf('type'))) assert.equal(cell(row, column), '', column);
});

test('fields that need quoting are quoted (RFC 4180) and come back whole', () => {
  const title = 'Shots, "at least" two\r\nin one night';
  const rows = table({ ...INPUT, stories: [{ ...INCIDENT_STORY, id: 'Sq' as StoryId, title }] });
  assert.equal(cell(rows[1]!, 'story_title'), title);
  assert.ok([...csvTables.incidents.write(INPUT)].join('').endsWith('\r\n'));
});

test('csv writes the articles table unless the incidents table is asked for', () => {
  assert.equal(exporterFor('csv'), csvTables.articles);
  assert.equal(exporterFor('csv', 'incidents'), csvTables.incidents);
  assert.equal(exporterFor('json', 'incidents').format, 'json', 'a table is a CSV matter only');
});
