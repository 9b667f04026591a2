import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { articleFigures } from './figures.js';
import { articleOutcomes } from './outcomes.js';

// People joined by "and" or listed with commas, as our parser misreads them (sentences written for these tests,
// analysed by the real pipeline): each of them counts, and the doer's own death counts beside his victims.
const analysed = (text: string, id: string) => analyseReport(text, '2015-05-01', id);
const outcomes = (text: string, id: string) => articleOutcomes(analysed(text, id)).map((m) => `${m.outcome}${m.self ? '(self)' : ''} ${m.value}`);
const killed = (text: string, id: string) => articleFigures(articleOutcomes(analysed(text, id))).find((f) => f.category === 'killed')?.value ?? 0;

test('subjects the parse split off at "and" count with the subject ("A man and his daughter were found dead")', () => {
  // parsed with "man" the root and "found" its conjunct; and with two subjects on one verb
  assert.deepEqual(outcomes('A man and his daughter were found dead inside their home on Monday.', 'split-root'), ['killed 2']);
  assert.deepEqual(outcomes('Two children and an adult male were found dead in the house.', 'split-two-subjects'), ['killed 3']);
  // a dash sets off the same people listed, not more of them
  assert.ok(!outcomes('Two teenagers -- a 14-year-old and an 18-year-old -- were fatally shot.', 'dash').some((o) => /^killed [34]$/.test(o)));
  // "Both the male and the boy": the "both" of a singular noun opens the list, it does not make that noun two
  assert.deepEqual(outcomes('Both the male and the two-year-old boy have serious injuries.', 'both-list'), ['shot 2']);
});

test('objects listed after the first, hung on the verb as obliques, count; so does the doer killing himself', () => {
  assert.deepEqual(outcomes('Police say a man killed his wife, 2 sons, then himself.', 'listed'), ['killed 3', 'killed(self) 1']);
  assert.equal(killed('Police say a man killed his wife, 2 sons, then himself.', 'listed-toll'), 4);
  assert.equal(killed('He killed his wife Sunday, police said.', 'not-listed'), 1);
  // "sons" read as the verb's conjunct (and "fatally", hung on "say", is the verb's own: they died)
  assert.ok(outcomes('(AP) — Police say a man apparently fatally shot his wife and two young sons before killing himself at their home.', 'verb-conj').includes('killed 3'));
  assert.deepEqual(outcomes('He shot his wife and fled.', 'verb-and-verb'), ['shot 1']);
});

test('the doer\'s own death told without a verb of dying ("turning the gun on himself", "took his own life") is one more dead', () => {
  assert.equal(killed('A man shot and killed his infant daughter before turning the gun on himself.', 'turned'), 2);
  assert.deepEqual(outcomes('He then took his own life, police said.', 'own-life'), ['killed(self) 1']);
  assert.deepEqual(outcomes('She turned the page on herself and her past.', 'no-object-harmed').filter((o) => o.startsWith('killed')), []);
  // a count of dead that says it holds the gunman still holds him
  assert.equal(killed('Two people died, including the gunman who shot himself.', 'including'), 2);
});

test('a passive joined after "and" happened to the subject of the verb it is joined to', () => {
  assert.deepEqual(outcomes('The three other teens survived but were also hit and injured by gunfire.', 'chain'), ['injured 3']);
  assert.deepEqual(outcomes('He fled and was later shot by police.', 'fled'), ['shot 1']);
  assert.deepEqual(outcomes('He shot the man and fled.', 'active'), ['shot 1']);
});

test('a negation written with a curly apostrophe ("hasn’t been shot") negates', () => {
  assert.deepEqual(outcomes('My dad’s 40 and he hasn’t been shot yet.', 'curly'), []);
});

test('the subject of a passive clause that the parse took for the object of "said" is the one it happened to', () => {
  assert.deepEqual(outcomes('Police said the man and the woman were found shot to death Wednesday.', 'said-obj'), ['killed 2']);
  assert.ok(outcomes('Capt. Kelly Richardson says three men and two women were hurt.', 'says-obj').includes('injured 5'));
  assert.deepEqual(outcomes('Police told the man he was arrested.', 'told'), []);
});

test('one who shot himself and others: the others joined to him count as shot too', () => {
  assert.deepEqual(outcomes('Police say Dorran accidentally fired a gun early Sunday, shooting himself and a woman.', 'self-and'), ['shot(self) 1', 'shot 1']);
});

test('"Ronald Williams, 33, and Kendra Hill, 28, were killed": a name after "and" the parse listed beside the ages is one more', () => {
  assert.equal(killed('Ronald Williams, 33, and Kendra Hill, 28, were killed.', 'listed-names'), 2);
  assert.equal(killed('Ronald Williams, 33, was killed.', 'one-name-age'), 1);
});
