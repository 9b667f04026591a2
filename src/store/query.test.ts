import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseQuery, searchWords, toFts5, toTsquery } from './query.js';

test('words, phrases and prefixes; punctuation is dropped, never an error', () => {
  assert.deepEqual(parseQuery('Ferry  crane'), [{ words: ['ferry'], prefix: false }, { words: ['crane'], prefix: false }]);
  assert.deepEqual(parseQuery('"northern ferry terminal" fund*'), [
    { words: ['northern', 'ferry', 'terminal'], prefix: false }, { words: ['fund'], prefix: true }]);
  assert.deepEqual(parseQuery('state-run'), [{ words: ['state', 'run'], prefix: false }]);
  assert.deepEqual(parseQuery('"unclosed phrase'), [{ words: ['unclosed'], prefix: false }, { words: ['phrase'], prefix: false }]);
  assert.deepEqual(parseQuery('( ) " * -'), []);
  assert.equal(toFts5(parseQuery('"a b"* c NEAR(d)')), '"a b"* "c" "near d"');
});

test('tsquery: terms AND-ed, phrases as followed-by, prefixes with :*, every word quoted', () => {
  assert.equal(toTsquery(parseQuery('"a b"* c NEAR(d)')), "('a' <-> 'b':*) & 'c' & ('near' <-> 'd')");
  assert.equal(toTsquery(parseQuery("l'autorité OR")), "('l' <-> 'autorite') & 'or'");
});

test('search words: lower-cased, accents folded, split where the query parser splits', () => {
  assert.equal(searchWords("L'Autorité de Zürich: state-run, 3.5%"), 'l autorite de zurich state run 3 5');
  assert.equal(toTsquery(parseQuery('Zürich*')), "'zurich':*");
});
