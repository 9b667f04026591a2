import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gazetteerOf } from '../entities/gazetteer.js';
import { analyseReport } from './_analyse.js';
import { placeCandidates, placeReadings, ruledPlace } from './place-candidates.js';
import { rankedPlace } from './ranked-place.js';
import type { IncidentFieldModel } from './ranker.js';

// Reports written for these tests (made-up towns): the place ranker chooses among the towns the reports name, or none.
const GAZ = gazetteerOf([
  { name: 'Brookvale', country: 'US', admin1: 'OH', lat: 40.1, lon: -82.9, population: 30000, feature: 'PPL' },
  { name: 'Carrow', country: 'US', admin1: 'OH', lat: 40.6, lon: -82.2, population: 90000, feature: 'PPL' },
  { name: 'West Lindale', country: 'US', admin1: 'OH', lat: 40.62, lon: -82.25, population: 20000, feature: 'PPLX' },
  { name: 'Un', country: 'IN', lat: 29.6, lon: 77.3, population: 20000, feature: 'PPL' },
  { name: 'Mount Tilden', country: 'US', admin1: 'TN', lat: 36.2, lon: -86.5, population: 30000, feature: 'PPL' },
  { name: 'Washington', country: 'US', admin1: 'DC', lat: 38.9, lon: -77.0, population: 600000, feature: 'PPLC' },
  { name: 'Bay Saint Tilden', country: 'US', admin1: 'MS', lat: 30.3, lon: -89.3, population: 9000, feature: 'PPL' },
  { name: 'Hollin', country: 'US', admin1: 'NJ', lat: 40.3, lon: -74.6, population: 30000, feature: 'PPL' },
  { name: 'Hollin', country: 'US', admin1: 'WV', lat: 37.4, lon: -81.1, population: 6000, feature: 'PPL' },
  { name: 'Dunmore', country: 'US', admin1: 'WV', lat: 37.8, lon: -81.2, population: 17000, feature: 'PPL' },
  { name: 'Dunmore', country: 'US', admin1: 'KY', lat: 38.0, lon: -84.5, population: 2000, feature: 'PPL' },
  { name: 'Pellin', country: 'US', admin1: 'WV', lat: 37.3, lon: -81.2, population: 10000, feature: 'PPL' },
  { name: 'Pellin', country: 'US', admin1: 'OR', lat: 44.0, lon: -121.3, population: 80000, feature: 'PPL' },
]);
const r1 = analyseReport('A man was shot in Brookvale, Ohio, on Sunday night, the Carrow Police Department said.', '2021-03-08', 'p1');
const r2 = analyseReport('Carrow police said a man was shot on Sunday night. He was taken to a hospital.', '2021-03-09', 'p2');
const readings = placeReadings([r1, r2], GAZ);
const ruled = ruledPlace(readings);

test('place candidates: one per town the reports name, and none; features of support, the rules\' choice among them', () => {
  const cands = placeCandidates(readings, ruled);
  assert.deepEqual(cands.map((c) => c.value), ['Brookvale', 'Carrow', undefined]);
  const [brookvale, carrow] = cands;
  assert.equal(brookvale!.features.scene, 0.5);
  assert.equal(brookvale!.features.withState, 0.5);
  assert.equal(carrow!.features.reports, 1);
  assert.equal(cands.filter((c) => c.features.rules === 1).length, 1);
  assert.ok(brookvale!.claims.every((c) => c.article === r1.id && r1.text.slice(c.start, c.end) === c.text));
});

test('rankedPlace: no model keeps the rules\' place; a ranker can choose another town (the rules\' stays a claim) or none', () => {
  assert.deepEqual(rankedPlace(ruled, readings, undefined), ruled);
  const byReports: IncidentFieldModel = { fields: { place: { weights: { reports: 5 } } } };
  const got = rankedPlace(ruled, readings, byReports)!;
  assert.equal(got.name, 'Carrow');
  assert.equal(got.geo?.admin1, 'OH');
  assert.ok(got.claims.some((c) => c.value === 'Carrow'));
  if (ruled!.name !== 'Carrow') assert.equal(got.status, 'conflict');
  assert.equal(rankedPlace(ruled, readings, { fields: { place: { weights: { none: 10 } } } }), undefined);
});

test('where: a compass point before a town names a part of it, named by the town; an abbreviation is written out; the District of Columbia named alone is Washington', () => {
  const north = placeReadings([analyseReport('A girl was wounded in a shooting in North Carrow on Friday, police said.', '2021-03-08', 'north')], GAZ)[0]!;
  assert.deepEqual([north.place?.name, north.place?.geo?.lat], ['Carrow', 40.6]);
  const mount = placeReadings([analyseReport('MT. TILDEN, Tenn. — A man was shot on Friday night, police said.', '2021-03-08', 'mount')], GAZ)[0]!;
  assert.equal(mount.place?.name, 'Mount Tilden');
  const bay = placeReadings([analyseReport('A boy shot himself in the leg at a home in Bay St. Tilden, Miss., on Friday, police said.', '2021-03-08', 'bay')], GAZ)[0]!;
  assert.equal(bay.place?.name, 'Bay Saint Tilden');
  const dc = placeReadings([analyseReport('D.C. police said five people were hurt when a man opened fire at a nightclub on Saturday.', '2021-03-08', 'dc')], GAZ)[0]!;
  assert.equal(dc.place?.name, 'Washington');
});

test('where: of several towns of a name, the one the report\'s other towns lie near, however many towns each of those may be', () => {
  const town = (text: string, id: string) => placeReadings([analyseReport(text, '2021-03-08', id)], GAZ)[0]!.towns.map((t) => [t.name, t.geo?.admin1]);
  // Dunmore may be West Virginia's or Kentucky's, Pellin West Virginia's or Oregon's: together they put Hollin in West Virginia
  assert.deepEqual(town('A man was killed in Hollin on Monday. He had driven from Dunmore to Pellin that morning.', 'near'),
    [['Hollin', 'WV'], ['Dunmore', 'WV'], ['Pellin', 'WV']]);
  // alone, the biggest town of the name
  assert.deepEqual(town('A man was killed in Hollin on Monday.', 'alone'), [['Hollin', 'NJ']]);
});

test('place candidates: a name the story gives a ship is no town, in any of its reports', () => {
  const r1 = analyseReport('The destroyer INS Carrow rescued a merchant vessel off Brookvale, Ohio, on Saturday.', '2021-03-08', 'ship1');
  const r2 = analyseReport('The Carrow fired on the pirates near Brookvale, the navy said.', '2021-03-08', 'ship2');
  const cands = placeCandidates(placeReadings([r1, r2], GAZ), undefined);
  assert.ok(!cands.some((c) => c.value === 'Carrow'), JSON.stringify(cands.map((c) => c.value)));
  assert.ok(cands.some((c) => c.value === 'Brookvale'));
});

test('place candidates: a section of a town the story names with its town is that town', () => {
  const r = analyseReport('A teenager was shot in West Lindale on Sunday, Carrow police said.', '2021-03-08', 'section');
  const cands = placeCandidates(placeReadings([r], GAZ), undefined);
  assert.deepEqual(cands.map((c) => c.value), ['Carrow', undefined]);
  assert.ok(cands[0]!.claims.every((c) => c.value === 'Carrow'));
  // the rules' choice, the section, is no other version of the place
  const sectioned = placeReadings([r], GAZ);
  const got = rankedPlace(ruledPlace(sectioned), sectioned, { fields: { place: { weights: { reports: 1 } } } })!;
  assert.deepEqual([got.name, got.status], ['Carrow', 'single']);
});

test('where: an acronym is no town ("UN" is no Un), though a dateline in capitals is', () => {
  const un = placeReadings([analyseReport('UN observers said two people were killed in the clashes on Sunday, the UN said.', '2021-03-08', 'un')], GAZ)[0]!;
  assert.equal(un.place, undefined);
  const dateline = placeReadings([analyseReport('CARROW, Ohio — Two people were killed in a shooting on Sunday.', '2021-03-08', 'caps')], GAZ)[0]!;
  assert.equal(dateline.place?.name, 'Carrow');
});
