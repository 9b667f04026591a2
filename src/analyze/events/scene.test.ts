import assert from 'node:assert/strict';
import { test } from 'node:test';
import { reporter } from '../../core/report.js';
import { fixture } from '../syntax/_fixture.js';
import { loadSyntaxModelSync } from '../syntax/load.js';
import { extractEvents } from './extract.js';

/** Roles come from the dependency parse: the tests read their sentences with the trained parser. */
const SYNTAX = loadSyntaxModelSync();

// The scene a sentence sets up (scene.ts), read at the edges of the article. Our own sentences.

const NAMES = { 'Arvelia': 'LOC', 'Borsk': 'LOC', 'Kestrel Front': 'ORG' } as const;
const run = (text: string) => extractEvents({ ...fixture(text, NAMES, undefined, SYNTAX), dates: [] }, reporter([], 'events'));

test('a conflict noun as the first word of the article reads nothing before the sentence', () => {
  // "war with" looks back for the side that wages it: there is no token before the first one
  assert.doesNotThrow(() => run('War with Arvelia worried Kestrel Front.'));
  assert.doesNotThrow(() => run('Fighting against Kestrel Front resumed in Borsk.'));
  assert.doesNotThrow(() => run('War broke out.'));
});

test('a conflict noun opening a sentence does not read the previous sentence', () => {
  // a title that ends in a hyphenated pair of names, then a body that opens with "War": the pair
  // belongs to the title, so the war sets no sides and the attack keeps no author
  const title = 'Israel-Hamas', body = 'War resumed. Then came an attack on Israel.';
  const text = `${title}\n\n${body}`;
  const f = fixture(text, { Israel: 'LOC', Hamas: 'ORG' }, [
    { start: 0, end: title.length, kind: 'title' }, { start: title.length + 2, end: text.length, kind: 'body' }], SYNTAX);
  const events = extractEvents({ ...f, dates: [] }, reporter([], 'events'));
  const attack = events.find((e) => e.type === 'ASSAULT');
  assert.equal(attack?.target?.text, 'Israel');
  assert.equal(attack?.actor, undefined, 'no sides were set against each other');
});
