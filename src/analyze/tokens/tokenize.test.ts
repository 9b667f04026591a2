import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tokenize } from './tokenize.js';

const words = (s: string) => tokenize(s).map((t) => t.text);

test('possessives and bare apostrophes split off, curly or straight', () => {
  assert.deepEqual(words('Norway’s port'), ['Norway', '’s', 'port']);
  assert.deepEqual(words("the Smiths' dog"), ['the', 'Smiths', "'", 'dog']);
});
test('hyphenated names, abbreviations and numbers stay whole', () => {
  assert.deepEqual(words('Lee Min-ho of the U.S. said 1,400 and 2.5'), ['Lee', 'Min-ho', 'of', 'the', 'U.S.', 'said', '1,400', 'and', '2.5']);
  assert.deepEqual(words('a 3.1-million-strong city'), ['a', '3.1-million-strong', 'city']);
});
test('curly quotes are tokens of their own', () => {
  assert.deepEqual(words('called it “absurd”.'), ['called', 'it', '“', 'absurd', '”', '.']);
});
test('offsets point into the text', () => {
  const text = '  Dr. Ana Ruiz, O’Neill’s aide.';
  for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
});
test('contractions split as UD writes them: "We \'re", "do n\'t", "ca n\'t"; a name with an apostrophe stays whole', () => {
  assert.deepEqual(words("We're sure they'll come, we’ve seen it; don't, can't, won’t. O'Brien"),
    ['We', "'re", 'sure', 'they', "'ll", 'come', ',', 'we', '’ve', 'seen', 'it', ';', 'do', "n't", ',', 'ca', "n't", ',', 'wo', 'n’t', '.', "O'Brien"]);
});
test('a clock time and a calibre\'s point are one token each, as UD writes them; a full stop before a number after a space is not', () => {
  assert.deepEqual(words('at 3:30 a.m. with a .22 revolver and a .45-caliber gun. Police came at 9. 14 left.'),
    ['at', '3:30', 'a.m.', 'with', 'a', '.22', 'revolver', 'and', 'a', '.45-caliber', 'gun', '.', 'Police', 'came', 'at', '9', '.', '14', 'left', '.']);
});

test('a dash typed as hyphens is one token, as UD writes it ("--"); a hyphen alone stays one', () => {
  assert.deepEqual(words('Four people -- including a child -- were hurt; ages 1-2.'), ['Four', 'people', '--', 'including', 'a', 'child', '--', 'were', 'hurt', ';', 'ages', '1', '-', '2', '.']);
});
