import assert from 'node:assert/strict';
import { test } from 'node:test';
import { streetsIn } from './streets.js';

test('the streets a report names, by the words that name them', () => {
  assert.deepEqual(streetsIn('Police were called to the 1700 block of Godman Street after shots were fired.'), ['godman']);
  assert.deepEqual(streetsIn('It happened in the 900 block of North Rockton Ave. on Friday night.'), ['rockton']);
  assert.deepEqual(streetsIn('The 900 block of N. Rockton Avenue'), ['rockton']);
  assert.deepEqual(streetsIn('A man was found on Hill Road near West Florissant Avenue.'), ['hill', 'florissant']);
  // a block number running into the sentence: the first words only
  assert.deepEqual(streetsIn('in the 4500 block of West Florissant Monday'), ['florissant']);
  assert.deepEqual(streetsIn('Two men were shot on Monday in the city.'), []);
});
