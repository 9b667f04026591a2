import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { articleParticipants } from './participants.js';

// Reports written for these tests (made-up people), analysed by the real pipeline.
const roles = (text: string, id: string) => articleParticipants(analyseReport(text, '2016-10-01', id), () => false).map((p) => `${p.role} ${p.name}`);

test('a sentence that identifies the victims names victims, however the parse reads its list of names; not who identified them', () => {
  const got = roles('Heike Brann, 50, Dakota Mell, 28, and Lyrik Brann were identified as the victims by police detective Rory Tamsin on Saturday.', 'identified');
  assert.ok(got.includes('victim Heike Brann') && got.includes('victim Dakota Mell'), got.join(', '));
  assert.ok(!got.some((r) => r.endsWith('Rory Tamsin')), got.join(', '));
});

test('a reporter who tells that the victim was identified, and an official who identified them, are no victims', () => {
  assert.deepEqual(roles("News4's Derrin Wald reports that police have identified the victim.", 'reporter').filter((r) => r.startsWith('victim')), []);
  const got = roles('Coroner Ola Brenn identified the victim as Peter Underhay, 32.', 'coroner');
  assert.ok(!got.includes('victim Ola Brenn'), got.join(', '));
});

test('a sentence that identifies victims and names a suspect is left to the parse', () => {
  const got = roles('Police identified the victim as Peter Underhay and the suspect as Jon Marsh.', 'both');
  assert.ok(!got.includes('victim Jon Marsh'), got.join(', '));
});

test('the dead or the wounded identified are victims too ("identified the dead as ..."); not a name opening with a title of the law', () => {
  const got = roles('Authorities identified the dead as Jonas Prell, 6; Tamsin Prell, 7; and Dwight Orrin, 50.', 'dead');
  assert.ok(['victim Jonas Prell', 'victim Tamsin Prell', 'victim Dwight Orrin'].every((r) => got.includes(r)), got.join(', '));
  assert.ok(!roles('Coroner Ray Calloway identified the dead as Jonas Prell.', 'coroner-title').some((r) => r.includes('Calloway')));
});

test('a sentence that says who the victims were names victims, and so does each line of the list its colon opens', () => {
  const got = roles('The victims include Jamala Orrin, 19, and Tobin Vance, 21.', 'include');
  assert.ok(got.includes('victim Jamala Orrin') && got.includes('victim Tobin Vance'), got.join(', '));
  const listed = roles('Police identified the victims Friday morning:\n\nHayla Novak, 21\n\nKristen Mae Sandor, 22\n\nAround 8 p.m. Thursday, officers responded to a call from Lee Park.', 'list');
  assert.ok(listed.includes('victim Hayla Novak') && listed.includes('victim Kristen Mae Sandor'), listed.join(', '));
  assert.ok(!listed.some((r) => r.includes('Lee')), listed.join(', '));
});
