import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Segment } from '../../core/model.js';
import { splitSentences } from './sentences.js';
import { tokenize } from '../tokens/tokenize.js';

const split = (text: string, segments: Segment[] = [{ start: 0, end: text.length, kind: 'body' }]) =>
  splitSentences(text, tokenize(text), segments).map((s) => s.text);

test('abbreviations and initials do not end sentences', () => {
  assert.deepEqual(split('Dr. Ana Ruiz met Gen. J. Smith in the U.S. on Monday. They talked.'),
    ['Dr. Ana Ruiz met Gen. J. Smith in the U.S. on Monday.', 'They talked.']);
});
test('closing quotes stay with their sentence', () => {
  assert.deepEqual(split('She said: “It is over.” Then she left.'), ['She said: “It is over.”', 'Then she left.']);
});
test('a lower-case word after a period does not open a sentence', () => {
  assert.deepEqual(split('It cost approx. five dollars.'), ['It cost approx. five dollars.']);
});
test('line breaks and segment bounds end sentences', () => {
  const text = 'A headline\nThe body goes on';
  assert.deepEqual(split(text, [{ start: 0, end: 11, kind: 'title' }, { start: 11, end: text.length, kind: 'body' }]), ['A headline', 'The body goes on']);
});
test('a point touching the digits after it is a calibre, not a full stop; a point then a space and a number still ends', () => {
  assert.deepEqual(split('He was shot with a .22 revolver. Police came.'), ['He was shot with a .22 revolver.', 'Police came.']);
  assert.deepEqual(split('Police came at 9. 14 people were hurt.'), ['Police came at 9.', '14 people were hurt.']);
});
test('street and state abbreviations do not end sentences; the word a state abbreviation spells in lower case still may', () => {
  assert.deepEqual(split('It happened at 947 W. Lake Mead Blvd., near the park, Moon said. Police came.'),
    ['It happened at 947 W. Lake Mead Blvd., near the park, Moon said.', 'Police came.']);
  assert.deepEqual(split('NASHVILLE, Tenn. (WKRN) – Police said a man was shot. He lived.'),
    ['NASHVILLE, Tenn. (WKRN) – Police said a man was shot.', 'He lived.']);
  assert.deepEqual(split('He felt ill. Doctors came.'), ['He felt ill.', 'Doctors came.']);
});
test('a comma, semicolon or colon after a period goes on with the sentence: the period closed an abbreviation', () => {
  assert.deepEqual(split('MARBURY HTS., Fenwick County, Ohio -- A man was hurt. He lived.'),
    ['MARBURY HTS., Fenwick County, Ohio -- A man was hurt.', 'He lived.']);
});
