import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ArgRef } from '../../core/model.js';
import type { Arg, SentenceView } from './args.js';
import { Discourse } from './discourse.js';

// Who "the spokesman" or "he" is, from the persons noted so far: the latest that fits, found by name
// and role rather than by a scan of every person of the article (which grew with its square).

const ref = (text: string, start: number): ArgRef => ({ start, end: start + text.length, text });
/** A sentence with no names of its own: what the discourse remembers decides. */
const empty = { args: [] } as unknown as SentenceView;
const anaphor = (head: string) => ({ kind: 'anaphor', head, first: 0, last: 0 }) as unknown as Arg;
const pronoun = (head: string) => ({ kind: 'pronoun', head, first: 0, last: 0 }) as unknown as Arg;

test('a role noun is its latest holder; a person noted again is the latest, under its newest mention', () => {
  const d = new Discourse();
  d.notePerson(ref('Ann Lee', 0), ['spokesman']);
  d.notePerson(ref('Bo Park', 20), ['spokesman', 'minister']);
  assert.equal(d.resolve(anaphor('spokesman'), empty)?.text, 'Bo Park');
  d.notePerson(ref('Lee', 40), []);
  assert.deepEqual(d.resolve(anaphor('spokesman'), empty), ref('Lee', 40));
  assert.equal(d.resolve(anaphor('minister'), empty)?.text, 'Bo Park');
  assert.equal(d.resolve(anaphor('ambassador'), empty), undefined);
  // "he" with no subject or speaker noted: the latest person
  assert.deepEqual(d.resolve(pronoun('he'), empty), ref('Lee', 40));
});
