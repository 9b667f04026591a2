import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { needsShared, SHARED_DATA } from '../../core/_test/paths.js';
import { cameoOf, PLOVER_TO_CAMEO, sectorType } from './cameo.js';
import { cameoCountry, fipsOf } from './countries.js';
import { parseCameoToPlover, reverseTable } from './reverse-cameo.js';

const event = (type: string, extra: { mode?: string; negated?: boolean; hedged?: boolean } = {}) =>
  ({ type, negated: false, hedged: false, ...extra });

test('the shipped table is CAMEO2PLOVER-2021.txt read in reverse', { skip: needsShared('plover/CAMEO2PLOVER-2021.txt') }, () => {
  const text = readFileSync(resolve(SHARED_DATA, 'plover/CAMEO2PLOVER-2021.txt'), 'utf8');
  assert.deepEqual(PLOVER_TO_CAMEO, reverseTable(parseCameoToPlover(text)));
});

test('reading in reverse keeps the most general code per type and mode', () => {
  const rows = parseCameoToPlover('04: CONSULT\n040: CONSULT, ,  # Consult\n042: CONSULT, visit,   # Make a visit\n043: CONSULT, visit, # Host\n0841: RETREAT, release, legal # x\n');
  assert.deepEqual(reverseTable(rows), { CONSULT: '040', 'CONSULT/visit': '042', 'RETREAT/release': '0841' });
});

test('PLOVER events as CAMEO codes, quad classes and Goldstein-like weights', () => {
  assert.deepEqual(cameoOf(event('CONSULT', { mode: 'visit' })), { code: '042', base: '042', root: '04', quadClass: 1, goldstein: 1.9 });
  assert.equal(cameoOf(event('CONSULT', { mode: 'multilateral' }))?.code, '040', 'a mode the table lacks: the type\'s code');
  assert.equal(cameoOf(event('RETREAT', { mode: 'ceasefire' }))?.code, '0871');
  assert.equal(cameoOf(event('RETREAT', { mode: 'ceasefire' }))?.base, '087');
  assert.equal(cameoOf(event('ACCUSE'))?.code, '110', 'ACCUSE alone: disapprove');
  assert.deepEqual([cameoOf(event('ASSAULT'))?.quadClass, cameoOf(event('ASSAULT'))?.goldstein], [4, -9]);
  assert.equal(cameoOf(event('PROTEST'))?.quadClass, 4);
  assert.equal(cameoOf(event('REQUEST'))?.quadClass, 3);
  assert.equal(cameoOf(event('AID'))?.quadClass, 2);
  assert.equal(cameoOf(event('CONSULT', { negated: true }))?.code, '120', 'a refused meeting is a REJECT');
  assert.equal(cameoOf(event('ASSAULT', { negated: true })), undefined, 'an attack that did not happen is no event');
  assert.equal(cameoOf(event('CONSULT', { mode: 'visit', hedged: true }))?.code, '030', 'a planned visit is an intention (AGREE)');
  assert.equal(cameoOf(event('GOSSIP')), undefined);
});

test('sector nouns as CAMEO actor types; ISO countries as CAMEO and FIPS codes', () => {
  assert.equal(sectorType('officials'), 'GOV');
  assert.equal(sectorType('Police'), 'COP');
  assert.equal(sectorType('policemen'), 'COP');
  assert.equal(sectorType('authorities'), 'GOV');
  assert.equal(sectorType('rebels'), 'REB');
  assert.equal(sectorType('poets'), undefined);
  assert.equal(cameoCountry('RU'), 'RUS');
  assert.equal(cameoCountry('XK'), 'KSV');
  assert.equal(fipsOf('RU'), 'RS');
  assert.equal(fipsOf('DE'), 'GM');
  assert.equal(fipsOf('AU'), 'AS');
  assert.equal(fipsOf('AT'), 'AU');
  assert.equal(fipsOf('GB'), 'UK');
  assert.equal(fipsOf('PS', { lat: 31.5, lon: 34.45 }), 'GZ');
  assert.equal(fipsOf('PS', { lat: 31.9, lon: 35.2 }), 'WE');
  assert.equal(fipsOf('ZZ'), undefined);
});
