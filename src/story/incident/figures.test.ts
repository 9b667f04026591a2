import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import type { AnalyzedArticle } from '../../core/model.js';
import { articleFigures } from './figures.js';
import { articleOutcomes, type OutcomeMention } from './outcomes.js';

// A report's toll of each outcome (reports and counts written for these tests).
const m = (outcome: OutcomeMention['outcome'], value: number, sentence: number, flags: Partial<Pick<OutcomeMention, 'individual' | 'definite' | 'others' | 'apart' | 'self' | 'name' | 'noun' | 'told' | 'withAttacker'>> = {}): OutcomeMention =>
  ({ outcome, value, qualifier: 'exact', start: sentence * 10, end: sentence * 10 + 1, sentence, ...flags });
const figures = (ms: OutcomeMention[]) => Object.fromEntries(articleFigures(ms).map((x) => [x.category, x.value]));

test('the first count of an outcome is the report\'s toll, not a larger one further down (a roundup, a related story)', () => {
  assert.deepEqual(figures([m('killed', 1, 0), m('killed', 4, 9)]), { killed: 1 });
  assert.deepEqual(figures([m('shot', 2, 0), m('killed', 1, 1), m('shot', 25, 12)]), { killed: 1, injured: 1 });
  // the largest of the first sentence that states it: "two men were shot, one of them fatally"
  assert.deepEqual(figures([m('shot', 1, 0, { individual: true }), m('shot', 2, 0)]), { injured: 2 });
});

test('one person told of first gives way to a later count of all those told of', () => {
  assert.deepEqual(figures([m('shot', 1, 2, { individual: true }), m('shot', 4, 3, { definite: true })]), { injured: 4 });
  // but not to a later count that is not of them ("five people were shot in the city last month")
  assert.deepEqual(figures([m('shot', 1, 2, { individual: true }), m('shot', 5, 3)]), { injured: 1 });
  // and a count stated first stands
  assert.deepEqual(figures([m('shot', 2, 2), m('shot', 4, 3, { definite: true })]), { injured: 2 });
});

const analyse = (text: string): AnalyzedArticle => analyseReport(text, '2022-05-02', 'toll');

test('read from a report: the one named first, then all the victims; an address is no count', () => {
  const a = analyse('A woman was shot in the leg on Sunday night in Brookvale. All three victims were taken to a hospital, police said.');
  const ms = articleOutcomes(a);
  assert.ok(ms.some((x) => x.individual && x.outcome === 'shot'), 'the woman shot is one person told of');
  assert.ok(ms.some((x) => x.definite && x.value === 3), 'all three victims count those told of');
  assert.deepEqual(figures(ms), { injured: 3 });
  const b = analyse('Three people in the 400 block of Alder Street were shot on Sunday.');
  const values = articleOutcomes(b).map((x) => x.value);
  assert.ok(values.length > 0 && values.every((v) => v === 3), `counts ${values.join(', ')}`);
});

test('in a report that counts dead, a count of others is its wounded', () => {
  // "A man died at the scene. Three other victims went to a hospital with gunshot wounds."
  assert.deepEqual(figures([m('killed', 1, 0, { individual: true }), m('shot', 1, 0, { individual: true }), m('shot', 3, 1, { others: true })]), { killed: 1, injured: 3 });
  // with no dead, the others are not read apart (the count of the shot stands)
  assert.deepEqual(figures([m('shot', 2, 0), m('shot', 1, 1, { others: true })]), { injured: 2 });
});

test('one named as hurt and named again as dead is one of the dead, not a wounded one', () => {
  // "Corwin was wounded in the head ... Corwin died at the hospital"
  assert.deepEqual(figures([m('injured', 1, 2, { individual: true, name: 'corwin' }), m('killed', 1, 5, { individual: true, name: 'corwin' })]), { killed: 1 });
  // another name hurt is another person
  assert.deepEqual(figures([m('injured', 1, 2, { individual: true, name: 'dale' }), m('killed', 1, 5, { individual: true, name: 'corwin' })]), { killed: 1, injured: 1 });
});

test('the attacker who killed himself adds one to the toll, unless the toll says it holds him', () => {
  assert.deepEqual(figures([m('killed', 4, 1), m('killed', 1, 5, { self: true })]), { killed: 5 });
  // "five people dead, including the gunman" ... "he then killed himself"
  assert.deepEqual(figures([m('killed', 5, 1, { withAttacker: true }), m('killed', 1, 5, { self: true })]), { killed: 5 });
});

test('read from a report: a toll including the gunman holds him', () => {
  const a = analyse('Five people are dead, including the gunman, after a shooting at a Brookvale home on Sunday. Police said the gunman later killed himself.');
  assert.ok(articleOutcomes(a).some((x) => x.withAttacker), 'the toll holds the gunman');
  assert.equal(figures(articleOutcomes(a)).killed, 5);
});

test('one told of again by the noun that named one of the dead is that dead one, not another wounded', () => {
  // "A 9-year-old boy ... has died. ... found the boy wounded": one boy
  assert.deepEqual(figures([m('killed', 1, 1, { individual: true, noun: 'boy' }), m('injured', 1, 6, { individual: true, noun: 'boy', told: true })]), { killed: 1 });
  // "A man was killed and a woman wounded": two people; "a boy" not told of before may be another boy
  assert.deepEqual(figures([m('killed', 1, 1, { individual: true, noun: 'man' }), m('injured', 1, 1, { individual: true, noun: 'woman', told: true })]), { killed: 1, injured: 1 });
  assert.deepEqual(figures([m('killed', 1, 1, { individual: true, noun: 'boy' }), m('injured', 1, 3, { individual: true, noun: 'boy' })]), { killed: 1, injured: 1 });
});

test('one shot apart from those told of ("another woman was shot") is wounded where the shot count no more than the dead', () => {
  // "Three people have died ... Another woman who was shot went to a hospital"
  assert.deepEqual(figures([m('killed', 3, 0), m('shot', 1, 7, { individual: true, apart: true })]), { killed: 3, injured: 1 });
  // without the mark she may be one of the three
  assert.deepEqual(figures([m('killed', 3, 0), m('shot', 1, 7, { individual: true })]), { killed: 3 });
});

test('one who shot himself, in a report that counts no dead, is counted as shot: a later report may count him dead', () => {
  const [figure] = articleFigures([m('shot', 1, 0, { self: true })]);
  assert.deepEqual([figure?.category, figure?.value, figure?.shot], ['injured', 1, 1]);
  // "a boy was wounded" in so many words is the report's own count of the wounded
  assert.equal(articleFigures([m('injured', 1, 0, { self: true })])[0]?.shot, undefined);
});

test('read from a report: a count of those someone tried to kill is no toll', () => {
  const a = analyse('Police arrested the man accused of trying to kill 2 officers on Monday. No one was hurt.');
  assert.deepEqual(articleOutcomes(a).filter((x) => x.outcome === 'killed'), []);
});

test('read from a report: one hospitalized was hurt (killed or wounded, as the other words tell)', () => {
  const a = analyse('A 14-year-old boy was hospitalized after the shooting on Sunday, police said.');
  assert.deepEqual(articleOutcomes(a).map((x) => [x.outcome, x.value]), [['shot', 1]]);
  assert.deepEqual(figures(articleOutcomes(a)), { injured: 1 });
});

test('read from a report: one in a hospital\'s condition was hurt; a bare number with an age is left to the counts', () => {
  assert.deepEqual(articleOutcomes(analyse('Police said the woman is in critical condition at a local hospital.')).map((x) => [x.outcome, x.value]), [['shot', 1]]);
  assert.deepEqual(articleOutcomes(analyse('The victim remains in stable condition, police said.')).map((x) => [x.outcome, x.value]), [['shot', 1]]);
  assert.ok(!articleOutcomes(analyse('One, 21, is in critical condition.')).some((x) => x.value > 1));
});

test('read from a report: one carried to a hospital was hurt, whether the report says he lived', () => {
  assert.deepEqual(articleOutcomes(analyse('The victim was taken to a hospital, police said.')).map((x) => [x.outcome, x.value]), [['shot', 1]]);
  assert.deepEqual(figures(articleOutcomes(analyse('Officers rushed the boy to a hospital, where he was pronounced dead.'))), { killed: 1 });
  assert.deepEqual(articleOutcomes(analyse('The crates were taken to a warehouse.')), []);
});

test('read from a report: one treated for a gunshot wound was hurt', () => {
  assert.deepEqual(articleOutcomes(analyse('The man was treated for a gunshot wound to the leg.')).map((x) => [x.outcome, x.value]), [['shot', 1]]);
});

test('read from a report: one who arrived at a hospital with gunshot wounds bears them (the parse hangs them on the hospital)', () => {
  assert.deepEqual(articleOutcomes(analyse('A teenager arrived at the hospital with gunshot wounds.')).map((x) => [x.outcome, x.value]), [['shot', 1]]);
});

test('read from a report: "died after being shot": the clause of time happened to the subject it hangs on', () => {
  assert.deepEqual(articleOutcomes(analyse('The man died at a hospital after being shot in the chest.')).map((x) => [x.outcome, x.value]).sort(), [['killed', 1], ['shot', 1]]);
  assert.deepEqual(articleOutcomes(analyse('Police arrived after the store was robbed.')), []);
});

test('one whose very words tell both a hurt and a death is one of the dead ("a boy who was critically wounded ... died")', () => {
  assert.deepEqual(figures([m('injured', 1, 0, { individual: true, noun: 'boy' }), m('killed', 1, 0, { individual: true, noun: 'boy' })]), { killed: 1 });
  // one hurt told of apart from the dead stays wounded ("a man was killed and a woman injured")
  assert.deepEqual(figures([m('killed', 1, 0, { individual: true, noun: 'man' }), m('injured', 1, 1, { individual: true, noun: 'woman' })]), { killed: 1, injured: 1 });
});

test('"Two men are dead and three others are in the hospital": the others a report puts in a hospital are its wounded', () => {
  const a = analyseReport('Two men are dead and three others are in the hospital with gunshot wounds, police said.', '2015-05-01', 'in-hospital');
  assert.deepEqual(articleFigures(articleOutcomes(a)).map((f) => `${f.category} ${f.value}`), ['killed 2', 'injured 3']);
});
