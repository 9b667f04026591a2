import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { fixture } from '../syntax/_fixture.js';
import { loadSyntaxModelSync } from '../syntax/load.js';
import { extractEvents } from './extract.js';

/** Roles come from the dependency parse: the tests read their sentences with the trained parser. */
const SYNTAX = loadSyntaxModelSync();

// Meetings told by a noun: who met whom, and whether the report says it happened. Our own sentences.

const NAMES = { 'Talia Morn': 'PER', 'Oskar Vell': 'PER', 'Arvelia': 'LOC', 'Borsk': 'LOC', 'Kestrel Front': 'ORG' } as const;

function consult(text: string): Event | undefined {
  const out = extractEvents({ ...fixture(text, NAMES, undefined, SYNTAX), dates: [] }, reporter([], 'events'));
  return out.find((e) => e.type === 'CONSULT');
}
const told = (e: Event | undefined) => e && [e.actor?.text, e.target?.text, e.negated, e.hedged];

test('"a dialogue / conversation between X and Y" is a meeting of X with Y', () => {
  assert.deepEqual(told(consult('A dialogue between Talia Morn and Oskar Vell focused on grain prices.')), ['Talia Morn', 'Oskar Vell', false, false]);
  assert.deepEqual(told(consult('Later, a conversation between Talia Morn and Oskar Vell ended the dispute.')), ['Talia Morn', 'Oskar Vell', false, false]);
  assert.equal(consult('A dialogue between Talia Morn and Oskar Vell focused on grain prices.')!.text, 'dialogue');
});

test('"X\'s meeting with Y" is a meeting of X with Y', () => {
  assert.deepEqual(told(consult("Talia Morn's long conversation with Oskar Vell ended the dispute.")), ['Talia Morn', 'Oskar Vell', false, false]);
  assert.deepEqual(told(consult("Talia Morn's meeting with Oskar Vell did not produce an agreement.")), ['Talia Morn', 'Oskar Vell', false, false],
    'what the meeting did not do is not whether it happened');
});

test('a planned, scheduled or future meeting is hedged', () => {
  assert.deepEqual(told(consult("Talia Morn's planned meeting with Oskar Vell was moved to Borsk.")), ['Talia Morn', 'Oskar Vell', false, true]);
  assert.deepEqual(told(consult('An upcoming dialogue between Talia Morn and Oskar Vell drew attention.')), ['Talia Morn', 'Oskar Vell', false, true]);
  assert.deepEqual(told(consult('A meeting between Talia Morn and Oskar Vell in Borsk is scheduled for Monday.')), ['Talia Morn', 'Oskar Vell', false, true]);
  assert.deepEqual(told(consult('Talks between Talia Morn and Oskar Vell will resume in Arvelia.')), ['Talia Morn', 'Oskar Vell', false, true]);
});

test('a meeting denied, called off or that never took place is negated', () => {
  assert.deepEqual(told(consult('The meeting between Talia Morn and Oskar Vell never took place.')), ['Talia Morn', 'Oskar Vell', true, false]);
  assert.deepEqual(told(consult('Kestrel Front denied any meeting between Talia Morn and Oskar Vell.')), ['Talia Morn', 'Oskar Vell', true, false]);
  assert.deepEqual(told(consult('The dialogue between Talia Morn and Oskar Vell was cancelled.')), ['Talia Morn', 'Oskar Vell', true, false]);
  assert.deepEqual(told(consult('Oskar Vell said that no such dialogue between Talia Morn and Oskar Vell occurred.')), ['Talia Morn', 'Oskar Vell', true, false]);
});
