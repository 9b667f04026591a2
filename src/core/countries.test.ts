import assert from 'node:assert/strict';
import { test } from 'node:test';
import { alpha3, capitalOf, countryByCapital, countryByDemonym, countryByName, countryKey, countryName } from './countries.js';

test('names from both packages and ours: short, official, former, punctuated', () => {
  assert.equal(countryByName('Syria'), 'SY');                 // countries-list
  assert.equal(countryByName('Russian Federation'), 'RU');    // i18n-iso-countries
  assert.equal(countryByName('the U.S.'), 'US');              // ours
  assert.equal(countryByName("Britain's"), 'GB');
  assert.equal(countryByName('US'), 'US');
  assert.equal(countryByName('us'), undefined, 'a pronoun, not a country');
  assert.equal(countryByName('Congo'), undefined, 'two states share the name');
});

test('demonyms, singular and plural, multi-word; peoples and parts only under event coding', () => {
  assert.equal(countryByDemonym('Israelis'), 'IL');
  assert.equal(countryByDemonym('North Korean'), 'KP');
  assert.equal(countryByDemonym('South-African'), 'ZA');
  assert.equal(countryByDemonym('Laos'), undefined, 'a name, not a plural of Lao');
  assert.equal(countryByDemonym('Kurdish'), undefined);
  assert.equal(countryByDemonym('Kurdish', { coding: true }), 'IQ');
  assert.equal(countryByDemonym('Burundians', { coding: true }), 'BI', 'event coding reads unlisted plurals');
  assert.equal(countryByName('Gaza'), undefined);
  assert.equal(countryByName('Gaza', { coding: true }), 'PS');
  assert.equal(countryByName('Congo', { coding: true }), 'CD');
});

test('capitals, short names and alpha-3 codes', () => {
  assert.equal(countryByCapital('Moscow'), 'RU');
  assert.equal(countryByCapital('Kyiv'), 'UA');
  assert.equal(capitalOf('GB'), 'London');
  assert.equal(countryName('gb'), 'United Kingdom');
  assert.equal(countryName('ZZ'), undefined);
  assert.equal(alpha3('DE'), 'DEU');
  assert.equal(countryKey('the Côte d’Ivoire’s'), 'cote d ivoire');
});
