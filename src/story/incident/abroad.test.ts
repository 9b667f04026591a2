import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { articlePlace } from './where.js';

// Wire reports written for these tests (made-up towns and people): a bureau's dateline and a country's name are no scene.
const GAZ = gazetteerOf([
  { name: 'London', country: 'GB', lat: 51.51, lon: -0.13, population: 8000000, feature: 'PPLC' },
  { name: 'Oran', country: 'DZ', lat: 35.7, lon: -0.63, population: 600000, feature: 'PPL' },
  { name: 'Lebanon', country: 'US', lat: 36.2, lon: -86.3, population: 30000, feature: 'PPL' },
  { name: 'Lebanon', country: 'US', lat: 39.4, lon: -84.2, population: 20000, feature: 'PPL' },
  { name: 'Sparks', country: 'US', lat: 39.5, lon: -119.7, population: 90000, feature: 'PPL' },
]);
const townOf = (text: string, id: string) => articlePlace(analyseReport(text, '1996-08-31', id), GAZ)?.name;

test('where: a dateline abroad over a report that names only other countries is the bureau, not the scene', () => {
  const blast = 'LONDON 1996-08-31\n\nTwo people were killed when a bomb went off in a cafe in Oran in western Algeria on Friday, state radio said.';
  assert.equal(townOf(blast, 'bureau'), 'Oran');
  // a report that names the dateline's own country keeps its dateline
  const home = 'LONDON 1996-08-31\n\nTwo people were killed when a bomb went off in a cafe in Oran, a town in Algeria, a British envoy said on Friday, and Britain condemned it.';
  assert.equal(townOf(home, 'home'), 'London');
});

test('where: a country\'s name is no town of that name, unless the report places it in a US state', () => {
  const abroad = 'JERUSALEM 1996-08-31\n\nTwo residents of Lebanon were wounded by gunfire on Friday, the army said.';
  assert.notEqual(townOf(abroad, 'abroad'), 'Lebanon');
  const ohio = 'Two men were shot in Lebanon, Ohio, on Friday night, police said.';
  assert.equal(townOf(ohio, 'ohio'), 'Lebanon');
});

test('where: a word written without a capital is no town ("argument sparks deadly shooting")', () => {
  assert.equal(townOf('Nightclub argument sparks deadly shooting in Third Ward', 'sparks'), undefined);
});
