import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertOffsets } from '../core/_test/offsets.js';
import { EXAMPLES } from '../core/_test/paths.js';
import { EVENT_COLUMNS, GKG_COLUMNS } from '../export/index.js';
import type { AnalyzedArticle, Story } from '../core/model.js';
import { openStore, type SearchHit, type StorySummary } from '../store/index.js';
import { INCIDENT_ARTICLES, INCIDENT_STORY } from '../render/_incident.js';
import { defaultDeps, main, type Io } from './main.js';

// The store commands end to end on examples/ (four articles of one story, four formats), each run
// against a store in a temporary folder: one store of the examples for the commands that only read it,
// a fresh one where a test writes. One pipeline for all (building one loads the NER model).
const deps = defaultDeps();

async function run(argv: string[], extra: Partial<Io> = {}) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; }, ...extra }, deps);
  return { code, out, err };
}
const tempDir = () => mkdtempSync(join(tmpdir(), 'corroborate-cli-store-'));

/** The examples ingested once into a store of their own: the first ingest's output and the store. */
let examplesStore: Promise<{ db: string; first: Awaited<ReturnType<typeof run>> }> | undefined;
function ingested() {
  return (examplesStore ??= (async () => {
    const db = join(tempDir(), 'store.db');
    const r = await run(['ingest', EXAMPLES, '--db', db]);
    assert.equal(r.code, 0, r.err);
    return { db, first: r };
  })());
}

test('ingest stores the examples, one plain line per article; the same text again is a reported no-op', async () => {
  const { db, first } = await ingested();
  assert.equal(first.out.match(/^added {6}[0-9a-f]{16} {2}.+$/gm)?.length, 4);
  assert.match(first.out, /4 added, 0 already stored; 1 story new or changed\. The store at .+ holds 4 articles in 1 story\./);
  const again = await run(['ingest', EXAMPLES, '--db', db]);
  assert.equal(again.code, 0);
  assert.equal(again.out.match(/^unchanged {2}[0-9a-f]{16} {2}.+ \(same text as .+\)$/gm)?.length, 4);
  assert.match(again.out, /0 added, 4 already stored; 0 stories new or changed\. .* holds 4 articles in 1 story\./);
});

test('ingest on a terminal draws a progress bar instead of the lines', async () => {
  const db = join(tempDir(), 'store.db');
  const r = await run(['ingest', EXAMPLES, '--db', db], { tty: true });
  assert.equal(r.code, 0);
  assert.match(r.err, /\r\[#+-*\] 4\/4 /);
  assert.doesNotMatch(r.out, /^added/m);
  assert.match(r.out, /4 added/);
});

test('ingest: bad inputs are named, the rest is stored; nothing readable is exit 1; no PATH is exit 2', async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'ok.txt'), 'The harbour master said on Tuesday that ships could enter the port again after the storm.');
  const db = join(dir, 'store.db');
  const r = await run(['ingest', dir, '--db', db]);
  assert.equal(r.code, 0);
  assert.match(r.err, /empty\.txt: is empty/);
  assert.match(r.out, /1 added/);
  const none = await run(['ingest', join(dir, 'empty.txt'), '--db', join(dir, 'other.db')]);
  assert.equal(none.code, 1);
  assert.match(none.err, /no article could be read from .*empty\.txt/);
  assert.equal((await run(['ingest', '--db', db])).code, 2);
  assert.equal((await run(['ingest', dir, '--db', db, '--batch', 'zero'])).code, 2);
});

test('ingest: a default store in $XDG_DATA_HOME when no --db is given', async () => {
  const xdg = tempDir();
  const r = await run(['ingest', join(EXAMPLES, 'ferry', 'harbour-wire.txt')], { env: { XDG_DATA_HOME: xdg } });
  assert.equal(r.code, 0, r.err);
  assert.ok(r.out.includes(join(xdg, 'corroborate', 'corroborate.db')));
  const list = await run(['stories', '--json'], { env: { XDG_DATA_HOME: xdg } });
  assert.equal((JSON.parse(list.out) as StorySummary[]).length, 1);
});

test('stories lists, show prints the brief (by number, id or prefix) or the JSON record', async () => {
  const { db } = await ingested();
  const list = await run(['stories', '--db', db]);
  assert.equal(list.code, 0);
  assert.match(list.out, /^ {2}1 {2}S[0-9a-f]+ {2}.+\n {5}4 articles from .+; \d{4}-\d{2}-\d{2}/);
  const [summary] = JSON.parse((await run(['stories', '--db', db, '--json'])).out) as StorySummary[];
  assert.ok(summary);
  assert.equal(summary.articles, 4);
  assert.equal(summary.sources.length, 4);

  const brief = await run(['show', '1', '--db', db]);
  assert.equal(brief.code, 0);
  assert.match(brief.out, /4 articles from 4 sources, 1 story/);
  assert.match(brief.out, /Main entities:/);
  assert.equal((await run(['show', summary.id, '--db', db])).out, brief.out);
  assert.equal((await run(['show', summary.id.slice(0, 4), '--db', db])).out, brief.out);

  const json = JSON.parse((await run(['show', summary.id, '--db', db, '--json'])).out) as { articles: AnalyzedArticle[]; stories: Story[] };
  assert.equal(json.stories[0]!.id, summary.id);
  assert.equal(json.articles.length, 4);
  for (const a of json.articles) assertOffsets(a);

  const missing = await run(['show', 'S-nope', '--db', db]);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /no story 'S-nope'/);
  assert.equal((await run(['show', '--db', db])).code, 2);
});

test('search finds articles with highlighted snippets; --json gives the hits', async () => {
  const { db } = await ingested();
  const r = await run(['search', 'ferry', 'capsized', '--db', db]);
  assert.equal(r.code, 0);
  assert.match(r.out, /(?:1 article matches|\d+ articles match) "ferry capsized"/);
  assert.match(r.out, /\[capsized\]/);
  const hits = JSON.parse((await run(['search', '"Lake Victoria"', '--db', db, '--json'])).out) as SearchHit[];
  assert.ok(hits.length >= 2);
  assert.ok(hits.every((h) => h.score >= 0), 'no negative score');
  assert.ok(hits.every((h, i) => i === 0 || h.score <= hits[i - 1]!.score), 'best first, higher is better');
  const one = await run(['search', 'capsized', '--db', db, '--limit', '1']);
  assert.match(one.out, /^1 article matches "capsized"/);
  for (const h of hits) for (const [s, e] of h.highlights) assert.match(h.snippet.slice(s, e), /^lake\s+victoria$/i);
  assert.match((await run(['search', 'zeppelin', '--db', db])).out, /No article matches "zeppelin"/);
  assert.equal((await run(['search', '--db', db])).code, 2);
});

test('read commands on a missing store: exit 1 with the path named', async () => {
  const db = join(tempDir(), 'nothing-here.db');
  for (const argv of [['stories'], ['show', '1'], ['search', 'ferry'], ['export', '--format', 'json']]) {
    const r = await run([...argv, '--db', db]);
    assert.equal(r.code, 1, argv.join(' '));
    assert.ok(r.err.includes(`no store at ${db}`));
  }
});

test('export: every format, to stdout or --out, whole store or one story; GDELT files have the codebooks\' column counts', async () => {
  const { db } = await ingested();
  const dir = tempDir();
  const [summary] = JSON.parse((await run(['stories', '--db', db, '--json'])).out) as StorySummary[];

  const events = join(dir, 'events.tsv');
  const r = await run(['export', '--format', 'gdelt-events', '--db', db, '--out', events]);
  assert.equal(r.code, 0);
  assert.match(r.err, /gdelt-events, 4 articles in 1 story, \d+ bytes to /);
  for (const line of readFileSync(events, 'utf8').split('\n').filter(Boolean)) assert.equal(line.split('\t').length, EVENT_COLUMNS.length);

  const intoFolder = await run(['export', '--format', 'csv', '--table', 'facts', '--db', db, '--out', dir]);
  assert.equal(intoFolder.code, 1, 'a folder is no file to write');
  assert.equal(intoFolder.err, `corroborate export: --out ${dir}: is a folder, not a file, EISDIR\n`);
  const facts = (await run(['export', '--format', 'csv', '--table', 'facts', '--db', db])).out;
  assert.match(facts, /^story_id,story_title,fact_id,kind,statement,status,/);

  const gkg = (await run(['export', '--format', 'gdelt-gkg', '--db', db, '--story', summary!.id])).out.split('\n').filter(Boolean);
  assert.equal(gkg.length, 4);
  for (const line of gkg) assert.equal(line.split('\t').length, GKG_COLUMNS.length);

  const json = JSON.parse((await run(['export', '--format', 'json', '--db', db])).out) as { articles: AnalyzedArticle[]; stories: Story[] };
  assert.deepEqual([json.articles.length, json.stories.length], [4, 1]);
  const jsonl = (await run(['export', '--format', 'jsonl', '--db', db])).out.trimEnd().split('\n').map((l) => JSON.parse(l) as object);
  assert.equal(jsonl.length, 5);
  const csv = (await run(['export', '--format', 'csv', '--db', db])).out;
  assert.match(csv, /^story_id,story_title,article_id,/);
  assert.equal((await run(['export', '--format', 'csv', '--table', 'articles', '--db', db])).out, csv, 'articles is the default table');
  const incidents = (await run(['export', '--format', 'csv', '--table', 'incidents', '--db', db])).out;
  assert.match(incidents, /^story_id,story_title,articles,sources,type,date,/);
  assert.equal(incidents.trimEnd().split('\r\n').length, 2, 'a header and one row per story');
  assert.equal((await run(['export', '--format', 'csv', '--table', 'events', '--db', db])).code, 2);
  assert.equal((await run(['export', '--format', 'json', '--table', 'incidents', '--db', db])).code, 2);

  assert.equal((await run(['export', '--format', 'pdf', '--db', db])).code, 2);
  assert.equal((await run(['export', '--db', db])).code, 2);
  assert.equal((await run(['export', '--format', 'csv', '--story', 'S-nope', '--db', db])).code, 1);
});

test('show opens a story with its incident record, and export --table incidents writes its row', async () => {
  const db = join(tempDir(), 'store.db');
  const store = await openStore(db);
  await store.commit({ articles: INCIDENT_ARTICLES, regroup: () => ({ stories: [INCIDENT_STORY], removed: [] }) });
  await store.close();
  const shown = await run(['show', INCIDENT_STORY.id, '--db', db]);
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, /\n {2}Incident record: ASSAULT\n {4}when: 2031-05-11 \[agreed, 3 sources/);
  assert.match(shown.out, /\n {4}injured: 3 \(2 sources: Millbrook Ledger, Valley Courier\) — also 4 \(1 source: Evening Post, later report\) \[conflict\]/);
  const json = JSON.parse((await run(['show', INCIDENT_STORY.id, '--json', '--db', db])).out) as { stories: Story[] };
  assert.deepEqual(json.stories[0]!.incident, INCIDENT_STORY.incident, 'the record as the model has it');
  const rows = (await run(['export', '--format', 'csv', '--table', 'incidents', '--db', db])).out.trimEnd().split('\r\n');
  assert.equal(rows.length, 2);
  assert.match(rows[1]!, /^Sharlow,"Man killed, three hurt in Harlow Springs shooting",3,3,ASSAULT,2031-05-11,agreed,3,,Harlow Springs,agreed,3,40\.21,-82\.71,Ohio,US,1,,agreed,3,,3,,conflict,2,4 \(1 source\),/);
});

test('regroup rebuilds the index and the stories of a store and says how they changed', async () => {
  const db = join(tempDir(), 'store.db');
  assert.equal((await run(['ingest', EXAMPLES, '--db', db])).code, 0);
  const first = await openStore(db);
  const before = (await first.getStories()).map((x) => x.id);
  await first.close();
  const r = await run(['regroup', '--db', db]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /^Regrouped 4 articles: 1 story before, 1 after; \d+ stor(y|ies) written or removed\./);
  const store = await openStore(db);
  assert.deepEqual((await store.getStories()).map((x) => x.id), before, 'the same story, under the same id');
  await store.close();
  assert.equal((await run(['regroup', '--db', join(tempDir(), 'none.db')])).code, 1, 'no store: bad input');
});
