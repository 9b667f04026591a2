import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Mention } from '../../core/model.js';
import { gazetteerOf, type Place } from '../entities/gazetteer.js';
import { locate, nearestKm, placeFoundIn, reportPlaces } from './places.js';
import { usState } from './us-states.js';

const town = (name: string, lat: number, lon: number, population: number): Place => ({ name, country: 'US', lat, lon, population, feature: 'PPL' });
// Made-up towns at real-looking coordinates: two Alturas (California, Florida), Brookvale and its neighbour.
const GAZETTEER = gazetteerOf([
  town('Alturas', 41.49, -120.54, 2800), town('Alturas', 27.87, -81.72, 4100),
  town('Brookvale', 40.0, -83.0, 30000), town('Elmford', 40.1, -83.1, 25000), town('Carrow', 45.5, -122.6, 50000),
]);
const loc = (text: string): Mention => ({ start: 0, end: text.length, text, type: 'LOC' });

test('a dateline is the place most stood on, its state is the state', () => {
  const r = reportPlaces(['Man shot', 'BROOKVALE, Ohio (AP) — A man was shot on Sunday.'], [], GAZETTEER);
  assert.deepEqual(r.places.map((p) => [p.key, p.weight]), [['brookvale', 5]]); // a dateline (3) that is also a town with its state (2)
  assert.deepEqual([...r.states], ['OH']);
});

test('a town written with its state is found, and placed in that state', () => {
  const r = reportPlaces(['A woman was evicted in Alturas, Calif., on Monday.'], [], GAZETTEER);
  assert.equal(r.places[0]!.key, 'alturas');
  assert.ok(Math.abs(r.places[0]!.lat! - 41.49) < 0.01, 'the California Alturas, not the larger one in Florida');
  assert.deepEqual([...r.states], ['CA']);
});

test('recognised places count only when the gazetteer knows them as towns, or they are counties', () => {
  const r = reportPlaces(['Police in Elmford said.'], [loc('Elmford'), loc('Narnia'), loc('Pike County'), loc('Texas')], GAZETTEER);
  assert.deepEqual(r.places.map((p) => p.key).sort(), ['elmford', 'pike county']);
  assert.deepEqual([...r.states], ['TX']);
});

test('a place is found in another report by name, by a town nearby, or by its words', () => {
  const a = reportPlaces(['BROOKVALE — Shots were fired.'], [], GAZETTEER);
  const near = reportPlaces(['ELMFORD — Shots were fired.'], [], GAZETTEER);
  const far = reportPlaces(['CARROW — Shots were fired.'], [], GAZETTEER);
  assert.ok(placeFoundIn(a.places[0]!, near, new Set()));
  assert.ok(!placeFoundIn(a.places[0]!, far, new Set()));
  assert.ok(placeFoundIn(a.places[0]!, far, new Set(['brookvale'])));
  assert.ok(nearestKm(a, far)! > 1000);
});

test('states by name, AP abbreviation or postal code', () => {
  assert.deepEqual(['Washington', 'Wash.', 'WA', 'Calif', 'Ore.', 'wa', 'Narnia'].map(usState), ['WA', 'WA', 'WA', 'CA', 'OR', undefined, undefined]);
});

test('a wire slug before a headline in capitals is no dateline; a dateline before running text or a line break is', () => {
  assert.deepEqual(reportPlaces(['BROOKVALE - ELMFORD BEAT CARROW 2-1 IN CUP FINAL.', 'Elmford won on Sunday.'], [], GAZETTEER).places, []);
  assert.deepEqual(reportPlaces(['BROOKVALE —', 'A man was shot on Sunday.'], [], GAZETTEER).places.map((p) => p.key), ['brookvale']);
});

test('a wire stamp line gives its town and state as a dateline', () => {
  const r = reportPlaces(['Scores after the final round.'], [], GAZETTEER, ['GOLF - SCORES AT THE OPEN.', 'ELMFORD, Ohio 1996-08-24', 'Scores after the final round.']);
  assert.deepEqual(r.places.map((p) => [p.key, p.weight]), [['elmford', 3]]);
  assert.deepEqual([...r.states], ['OH']);
  assert.deepEqual(reportPlaces([], [], GAZETTEER, ['CARROW April 2, 2031']).places.map((p) => p.key), ['carrow']);
  assert.deepEqual(reportPlaces([], [], GAZETTEER, ['CARROW said on 2031-04-02 it would']).places, []);
});

test('a town is placed in the state the report names by the gazetteer\'s own division, not by nearness to the state\'s middle', () => {
  // Two Troys, the bigger one in Michigan but within reach of New York's middle: the report names New York.
  const troys = [{ ...town('Troy', 42.61, -83.15, 80000), admin1: 'MI' }, { ...town('Troy', 42.73, -73.69, 50000), admin1: 'NY' }];
  const where = locate(troys, new Set(['NY']));
  assert.equal(where?.admin1, 'NY');
  const noDivisions = troys.map(({ admin1: _drop, ...p }) => p);
  assert.equal(locate(noDivisions, new Set(['NY']))?.lon, -83.15, 'a table without divisions falls back to the radius (here the wrong, bigger Troy)');
});

test('the installed city table knows each town\'s first-level division', async () => {
  const { loadCityGazetteer } = await import('../entities/gazetteer.js');
  const austins = loadCityGazetteer().lookup('Austin').filter((p) => p.country === 'US');
  assert.ok(austins.some((p) => p.admin1 === 'TX' && p.population > 500000));
  assert.ok(austins.some((p) => p.admin1 === 'MN'));
});
