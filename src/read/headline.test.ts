import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from '../core/model.js';
import { readBytes } from './index.js';
import { headlineOf, withHeadline } from './headline.js';

const readJsonl = (...records: object[]) => [...readBytes('feed.jsonl', Buffer.from(records.map((r) => JSON.stringify(r)).join('\n')), [] as Diagnostic[])];

test('a headline loses the site name and tagline pieces, and what a scrape left before it', () => {
  assert.equal(headlineOf('Teen hurt after shooting at Elm Park court :: WRAL.com', 'wral.com'), 'Teen hurt after shooting at Elm Park court');
  assert.equal(headlineOf('2 dead, 3 injured in shooting outside club - Action News 5 - Memphis, Tennessee', 'wmctv.com'), '2 dead, 3 injured in shooting outside club');
  assert.equal(headlineOf('Arrest made in Elm shooting - KTBS.com - Shreveport, LA News, Weather and Sports', 'ktbs.com'), 'Arrest made in Elm shooting');
  assert.equal(headlineOf('Harbour crane collapses\n - The Dock Report', 'dockreport.example'), 'Harbour crane collapses');
  assert.equal(headlineOf('× No charges against boy who shot friend', 'kiro.example'), 'No charges against boy who shot friend');
  assert.equal(headlineOf('Police: Elm Park man argued with ex before shooting', 'fox59.com'), 'Police: Elm Park man argued with ex before shooting');
});

test('a JSONL text record\'s headline is the first segment of its text (a hint cleaning keeps), and every hint still points at its characters', () => {
  const [d] = readJsonl({
    id: 'g1', title: 'Teen hurt after shooting at Elm Park court :: WRAL.com', published: '2014-01-28', url: 'http://www.wral.com/teen-hurt/1/',
    text: 'date 2014-01-28\nA friend wanted you to see this item.\n\nFour teens were shot on the court on Monday evening, police said.',
  });
  assert.equal(d!.title, 'Teen hurt after shooting at Elm Park court');
  assert.ok(d!.text.startsWith('Teen hurt after shooting at Elm Park court\n\ndate 2014-01-28\n'));
  const first = d!.hints![0]!;
  assert.deepEqual({ kind: first.kind, rule: first.rule }, { kind: 'title', rule: 'jsonl-title' });
  assert.equal(d!.text.slice(first.start, first.end), 'Teen hurt after shooting at Elm Park court');
  const dateline = d!.hints!.find((s) => s.rule === 'dateline')!;
  assert.equal(d!.text.slice(dateline.start, dateline.end).trim(), 'date 2014-01-28');
  assert.equal(d!.hints!.filter((s) => s.kind === 'title').length, 1);
});

test('a text that already opens with its headline is left as it is, the headline line marked as the title', () => {
  const text = 'Posted: Monday, November 3, 2014\n\nCrane falls at Elm dock\n\nA crane fell onto a ship at the Elm dock on Monday, the port said in a statement.';
  const [d] = readJsonl({ id: 'g2', title: 'Crane falls at Elm dock | Dock Daily', url: 'https://dockdaily.example/a', text });
  assert.equal(d!.text, text);
  assert.deepEqual(d!.hints!.find((h) => h.kind === 'title'), { start: 34, end: 57, kind: 'title', rule: 'jsonl-title' });
  // run into the next words, it is not the headline alone: nothing is marked, nothing added
  const [run] = readJsonl({ id: 'g3', title: 'Crane falls at Elm dock', text: 'Crane falls at Elm dock Posted: Monday, November 3, 2014\n\nA crane fell.' });
  assert.equal(run!.text, 'Crane falls at Elm dock Posted: Monday, November 3, 2014\n\nA crane fell.');
  assert.equal(run!.hints!.some((h) => h.rule === 'jsonl-title'), false);
});

test('a headline that is a date, a record without one and an HTML record add nothing to the text', () => {
  const [dated, untitled, page] = readJsonl(
    { id: 'a', title: 'August 2, 2013', text: 'A crane fell.' },
    { id: 'b', text: 'A crane fell.' },
    { id: 'c', title: 'Crane falls', html: '<html><body><article><p>A crane fell onto a ship at the Elm dock on Monday, the port said.</p></article></body></html>' },
  );
  assert.equal(dated!.text, 'A crane fell.');
  assert.equal(untitled!.text, 'A crane fell.');
  assert.equal(untitled!.title, undefined);
  assert.equal(page!.title, 'Crane falls');
  assert.ok(!page!.text.startsWith('Crane falls'));
});

test('withHeadline matches whole words only: "man shot" is not carried by "woman shot"', () => {
  const d = withHeadline({ origin: 'x', source: { name: '' }, text: 'A woman shot at the dock.', hints: [] }, 'man shot', 'jsonl-title');
  assert.equal(d.text, 'man shot\n\nA woman shot at the dock.');
});
