import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteerOf } from '../entities/gazetteer.js';
import { outletPlaces } from './outlet.js';

// Made-up towns and outlets.
const GAZ = gazetteerOf([
  { name: 'Marbury', country: 'US', lat: 40.0, lon: -83.0, population: 200000, feature: 'PPL' },
  { name: 'Fen Hollow', country: 'US', lat: 35.0, lon: -90.0, population: 90000, feature: 'PPL' },
  { name: 'Newsby', country: 'US', lat: 30.0, lon: -95.0, population: 400, feature: 'PPL' },
  { name: 'Montarrey', country: 'MX', lat: 25.7, lon: -100.3, population: 1100000, feature: 'PPLA' },
]);

test('outlet: the market town and the state an outlet\'s address is named after, read through an archive\'s address', () => {
  const names = (o: ReturnType<typeof outletPlaces>) => [[...o.states], o.towns.map((t) => t.name)];
  assert.deepEqual(names(outletPlaces({ name: 'wmarbury7.com' }, GAZ)), [[], ['Marbury']]);
  assert.deepEqual(names(outletPlaces({ name: 'x', url: 'http://web.archive.org/web/2016/http://www.fenhollowpost.com/a/b' }, GAZ)), [[], ['Fen Hollow']]);
  assert.deepEqual(names(outletPlaces({ name: 'ohio.com' }, GAZ)), [['OH'], []]);
  // a small town's name in an address is an accident ("newsby"), and a state inside a longer word is no state
  assert.deepEqual(names(outletPlaces({ name: 'newsbyte.com' }, GAZ)), [[], []]);
  assert.deepEqual(names(outletPlaces({ name: 'abcohiovalley.com' }, GAZ)), [[], []]);
  assert.deepEqual(names(outletPlaces({ name: 'unknown source (1234)' }, GAZ)), [[], []]);
  // a big town found only by a variant spelling is no outlet's town ("montareyherald" is not Montarrey's)
  assert.ok(GAZ.lookup('Montarey').length === 1 && GAZ.lookup('Montarey', true).length === 0, 'the variant is found loosely, not exactly');
  assert.deepEqual(names(outletPlaces({ name: 'montareyherald.com' }, GAZ)), [[], []]);
  assert.deepEqual(names(outletPlaces({ name: 'montarreyherald.com' }, GAZ)), [[], ['Montarrey']]);
});
