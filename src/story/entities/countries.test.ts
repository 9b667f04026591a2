import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCountries, seatCountry } from './countries.js';
import { regionOf } from './regions.js';

const countries = loadCountries();

test('country names and aliases, including those i18n-iso-countries lacks', () => {
  assert.equal(countries.byName('Syria'), 'SY');
  assert.equal(countries.byName('Russia'), 'RU');
  assert.equal(countries.byName('Russian Federation'), 'RU');
  assert.equal(countries.byName('the United States'), 'US');
  assert.equal(countries.byName('US'), 'US');
  assert.equal(countries.byName('U.S.'), 'US');
  assert.equal(countries.byName('Britain'), 'GB');
  assert.equal(countries.byName('Iran'), 'IR');
  assert.equal(countries.byName('Palestine'), 'PS');
  assert.equal(countries.byName('Laos'), 'LA');
  assert.equal(countries.byName('us'), undefined);          // a pronoun, not a country
  assert.equal(countries.byName('Congo'), undefined);       // two countries
  assert.equal(countries.byName('Jordan', 'PER'), undefined);
  assert.equal(countries.byName('Jordan', 'LOC'), 'JO');
  assert.equal(countries.name('SY'), 'Syria');
  assert.equal(countries.capital('RU'), 'Moscow');
});

test('demonyms, singular and plural, one and two words', () => {
  assert.equal(countries.byDemonym('Russian'), 'RU');
  assert.equal(countries.byDemonym('Israelis'), 'IL');
  assert.equal(countries.byDemonym('Iranian'), 'IR');
  assert.equal(countries.byDemonym('Palestinians'), 'PS');
  assert.equal(countries.byDemonym('North Korean'), 'KP');
  assert.equal(countries.byDemonym('Jewish'), undefined);   // a religion, not a country
});

test('seats of government and regions are their own things', () => {
  assert.equal(seatCountry('the Kremlin'), 'RU');
  assert.equal(seatCountry('White House'), 'US');
  assert.equal(regionOf('Gaza')?.id, 'gaza-strip');
  assert.equal(regionOf('the Gaza Strip')?.id, 'gaza-strip');
  assert.equal(regionOf('West Bank')?.country, 'PS');
  assert.equal(regionOf('Middle East')?.country, undefined);
});
