import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { articleOutcomes } from './outcomes.js';

// Who was hurt, read where the reports' words are misread by our parser (sentences written for these tests,
// analysed by the real pipeline): headlines without their "was", states told after a person, hurts told of
// several people in one sentence.
const outcomes = (text: string, id: string) => {
  const a = analyseReport(text, '2015-05-01', id);
  return articleOutcomes(a).map((m) => `${m.outcome} ${m.value} ${a.text.slice(m.start, m.end)}`);
};

test('a headline drops the passive\'s "was": "Teen injured in accidental shooting" is a teen injured', () => {
  assert.deepEqual(outcomes('title: Teen injured in accidental shooting\n\nThe shooting happened on Saturday.', 'headline-injured'), ['injured 1 Teen']);
  assert.deepEqual(outcomes('title: Child, Three Adults Injured in DeKalb Shooting\n\nPolice are looking for the gunman.', 'headline-count'), ['injured 3 Adults']);
  // a capitalised "Teen" the tagger took for an adjective is still the one shot, and the one who died
  assert.deepEqual(outcomes('title: Teen shot near Hofstra University dies\n\nPolice are looking for two teens.', 'headline-adjective'), ['shot 1 Teen', 'killed 1 shot']);
  // so is an age word before "shot" read as a noun
  assert.deepEqual(outcomes('title: Deputies: 9-year-old shot in Barrow County\n\nDeputies were called to the scene.', 'headline-age'), ['shot 1 9-year-old']);
  // not in the body, where a subject before the verb is its doer
  assert.deepEqual(outcomes('Teen injured in accidental shooting, police said on Saturday.', 'body-not-headline'), []);
  // nor one who shot at others, or who shot and killed someone
  assert.deepEqual(outcomes('title: Man shot at officers\n\nNo one was hurt.', 'shot-at'), []);
  assert.deepEqual(outcomes('title: Boy who accidentally shot, killed friend is charged\n\nHe is 13.', 'doer'), []);
});

test('"left a boy dead and a woman wounded": a person joined with a state of his own is told apart', () => {
  assert.deepEqual(outcomes('A shooting left a man dead and a woman wounded.', 'own-state'), ['killed 1 man', 'injured 1 woman']);
});

test('two people new to the report told of as shot in one sentence are two of the shot', () => {
  const read = outcomes('A 10-year-old girl was hit by a stray bullet when a man shot a 19-year-old woman on Thursday.', 'two-in-one');
  assert.ok(read.includes('shot 2 girl was hit by a stray bullet when a man shot a 19-year-old woman'), read.join(' | '));
  // one person told of twice is one ("was shot and later died"), and the dead are not summed this way
  assert.ok(!outcomes('A man was shot and the man was taken to a hospital.', 'told-again').some((o) => o.startsWith('shot 2')));
});

test('a hospital\'s condition told after a person, or with the adjective read as the head, was a hurt', () => {
  assert.deepEqual(outcomes('A weekend shooting in Pontotoc County leaves one boy in critical condition.', 'condition-nmod'), ['shot 1 boy']);
  assert.deepEqual(outcomes('Police Chief Steve Stewart said in a press release the child was in critical but stable condition.', 'condition-adj'), ['shot 1 child']);
});

test('one a firing struck, and one who arrived with a gunshot wound, was shot', () => {
  assert.deepEqual(outcomes('Police tell us a child somehow got hold of a gun and fired off a shot hitting a 73-year-old man in the upper chest.', 'fired-hitting'), ['shot 1 man']);
  assert.deepEqual(outcomes('The gun went off, striking the boy in the leg.', 'went-off'), ['shot 1 boy']);
  assert.deepEqual(outcomes('The car went off the road, striking a tree.', 'not-firing'), []);
  assert.deepEqual(outcomes('Police are investigating after a juvenile arrived at Riley Hospital for Children at IU Health with a gunshot wound Thursday evening.', 'arrived-with'), ['shot 1 juvenile']);
});

test('"16 yr old" is an age, no count of sixteen', () => {
  assert.ok(!outcomes('Family identifies 16 yr old who was shot and killed by police.', 'yr-old').some((o) => / 16 /.test(o)));
});

test('"was badly injured" tagged as an adjective with its copula is the passive all the same', () => {
  assert.deepEqual(outcomes('A 12-year-old girl has died, and a 3-year-old boy was badly injured, police said.', 'adjectival'), ['killed 1 girl', 'injured 1 boy']);
  assert.deepEqual(outcomes('A second child was injured, he said, and taken to a hospital.', 'adjectival-second'), ['injured 1 child']);
  assert.deepEqual(outcomes('The driver, who was not injured, was able to drive away.', 'adjectival-not'), []);
});

test('a dateline the parse took for the subject is a place: the person after it is the one it happened to', () => {
  assert.deepEqual(outcomes('NASHVILLE, Tenn. (WKRN) – A 9-year-old girl was injured by a stray bullet.', 'dateline-one'), ['injured 1 girl']);
  assert.deepEqual(outcomes('MYRTLE CREEK, Ore. (KOIN 6) — A young father and his 7-month-old daughter were found dead.', 'dateline-two'), ['killed 2 father']);
});

test('names joined with no "and" or "or" are one name, not a list ("Vincent \'The Chin\' Gigante dies")', () => {
  assert.deepEqual(outcomes("Vincent 'The Chin' Gigante dies in prison", 'nickname'), ['killed 1 Vincent']);
  assert.deepEqual(outcomes('John Smith, Mary Jones and Bob Brown were killed.', 'listed-names'), ['killed 3 John']);
});

test('"a double shooting", "a triple homicide": the event noun counts those it happened to', () => {
  assert.deepEqual(outcomes('Police are investigating a double shooting on the South Side.', 'double'), ['shot 2 double']);
  assert.deepEqual(outcomes('The quadruple-shooting happened after a party.', 'joined'), ['shot 4 quadruple-shooting']);
  assert.deepEqual(outcomes('Police are investigating a triple homicide in the city.', 'homicide'), ['killed 3 triple']);
  // several events, each of so many, count none of them
  assert.deepEqual(outcomes('The city has seen two triple shootings this year.', 'plural'), []);
});

test('"1 dead after 4 people shot": a "dead" before a headline\'s "shot" is a count of its own, not the fate of those shot', () => {
  assert.deepEqual(outcomes('title: 1 dead after 4 people shot in Northampton County\n\nPolice are investigating.', 'dead-before'), ['killed 1 1', 'killed 1 1', 'shot 4 4', 'shot 4 people']);
  assert.deepEqual(outcomes('title: Brookvale man shot dead\n\nPolice are investigating.', 'dead-after'), ['killed 1 man']);
});

test('a partner, a grandson, a kid are people: each one joined to the count is counted', () => {
  assert.deepEqual(outcomes('A man fatally shot his partner and their two children before killing himself, prosecutors said.', 'partner'), ['killed 3 partner', 'killed 1 himself']);
});

test('one taken to a medical or trauma center was hurt, as one taken to a hospital (no other center)', () => {
  assert.deepEqual(outcomes('The woman was rushed to Harborview Medical Center.', 'medical-center'), ['shot 1 woman']);
  assert.deepEqual(outcomes('The man was transported to a trauma center.', 'trauma-center'), ['shot 1 man']);
  assert.deepEqual(outcomes('The man was taken to a community center.', 'other-center'), []);
});

test('of two subjects the parse gives a verb, the one nearest before it is the subject (the first, a dateline)', () => {
  assert.ok(outcomes('YONKERS, N.Y. (CBSNewYork) — A 4-year-old girl has died, days after she accidentally shot herself in the face, police said.', 'dateline-subject').includes('killed 1 girl'));
});

test('"3 people shot to death" (a headline, or a participle after its noun) counts the dead, not the shot', () => {
  assert.deepEqual(outcomes('title: 3 people shot to death at home in Atlanta suburbs\n\nPolice are searching for a gunman.', 'shot-to-death'), ['killed 3 3']);
  assert.deepEqual(outcomes('The coroner identified three people shot to death Wednesday near Lacey.', 'shot-to-death-body'), ['killed 3 three']);
});

test('one the clause puts in a hospital was hurt ("remains in the hospital"); one who died there is dead', () => {
  assert.deepEqual(outcomes('The teen remained in the hospital on Monday.', 'remains-in-hospital'), ['shot 1 teen']);
  assert.deepEqual(outcomes('He died in the hospital.', 'died-in-hospital'), ['killed 1 He']);
});

test('"left two people dead and two more wounded": a count with its hurt after it, which the parse gave no verb, is so many more hurt', () => {
  assert.ok(outcomes('The gunman went on a rampage that left two others dead and three more hurt.', 'more-hurt').includes('injured 3 three'));
  assert.ok(outcomes('A shooting left two people dead and two more wounded at a park.', 'more-wounded').includes('injured 2 two'));
});

test('"the father shot his daughter" read with "shot" a noun: the person after it is the one shot, the word before the doer', () => {
  assert.deepEqual(outcomes('Police say it appears the father shot his daughter then turned the gun on himself.', 'noun-shot-object'), ['shot 1 daughter', 'killed 1 himself']);
  // a headline's "girl shot in arm" is still the girl
  assert.deepEqual(outcomes('title: Girl shot in arm\n\nPolice are investigating.', 'noun-shot-headline'), ['shot 1 Girl']);
});

test('a word of so many after a date still counts ("the Sept. 12 quadruple murder"): only a date\'s own day number before the noun is no count', () => {
  assert.ok(outcomes('A second suspect was arrested in connection with the Sept. 12 quadruple murder in the county.', 'date-quadruple').includes('killed 4 quadruple'));
});
