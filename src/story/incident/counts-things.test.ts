import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import { articleOutcomes } from './outcomes.js';

// Reports written for these tests, analysed by the real pipeline: numbers that count no one hurt.
const outcomes = (text: string, id: string) => {
  const a = analyseReport(text, '2015-05-01', id);
  return articleOutcomes(a).map((m) => `${m.outcome} ${m.value}`);
};

test('rounds fired and warrants executed are no people shot or killed; soldiers executed are', () => {
  assert.deepEqual(outcomes('Police said 30 rounds were shot at the house. The detective says 17 search warrants have been executed.', 'things'), []);
  assert.ok(outcomes('Two soldiers were executed by the rebels on Monday.', 'soldiers').includes('killed 2'));
});

test('a number in a list of ages is an age, not a count of the hurt', () => {
  const got = outcomes('Two men, ages 25 and 26, died at the scene. Three other men, ages 25, 26, and 33, were injured.', 'ages');
  assert.ok(!got.some((o) => /^(?:injured|shot) (?:25|26|33)$/.test(o)), got.join(', '));
});

test('who bears a wound: the one who suffered or survived it, not an official who described it', () => {
  assert.deepEqual(outcomes('Sheriff Dana Pike described the injuries as serious.', 'described'), []);
  assert.deepEqual(outcomes('A man suffered non-life-threatening injuries.', 'suffered'), ['shot 1']);
});

test('a headline\'s capitalised common noun ("Man Charged ...") is nobody\'s name', async () => {
  const { articleParticipants } = await import('./participants.js');
  const a = analyseReport('Related Coverage Man charged with first degree murder after deadly shooting in Brookvale', '2015-05-01', 'headline-man');
  const names = articleParticipants(a, () => false).map((p) => p.name);
  assert.ok(!names.includes('Man'), names.join(', '));
});

test('a story with no event coded whose lead tells people shot still has its record; one that tells deaths alone has none', async () => {
  const { buildIncident } = await import('./pass.js');
  const { createStoryContext } = await import('../context.js');
  const { gazetteerOf } = await import('../entities/gazetteer.js');
  const incidentOf = (text: string, id: string) => {
    const a = { ...analyseReport(text, '2015-05-01', id), events: [] };
    return buildIncident({ id: 'S' as never, articles: [a.id], dates: [] }, [a], createStoryContext({ gazetteer: gazetteerOf([]) }));
  };
  const shot = incidentOf('A 10-year-old boy has died after he was accidentally shot at his home on Friday.', 'shot');
  assert.equal(shot?.type, 'ASSAULT');
  assert.equal(shot?.figures.find((f) => f.category === 'killed')?.value, 1);
  assert.equal(incidentOf('Three people died in a house fire on Friday.', 'fire'), undefined);
});

test('a death told as a noun with its possessor ("a man\'s shooting death"), and an age read as the one it describes ("an 18-month old is dead")', () => {
  assert.deepEqual(outcomes('A Brookvale man\'s shooting death over the weekend has been ruled accidental.', 'possessive'), ['killed 1']);
  assert.deepEqual(outcomes('The police department confirms an 18-month old is dead after a shooting on Friday.', 'month-old'), ['killed 1']);
  assert.deepEqual(outcomes('Its shooting death was ruled an accident.', 'pronoun'), []);
});

test('people found shot: the state they were found in happened to them', () => {
  assert.deepEqual(outcomes('Four people were found shot in the head in a Brookvale townhouse on Thursday.', 'found-shot'), ['shot 4']);
  assert.deepEqual(outcomes('A mother and son were found fatally shot Thursday morning in Brookvale.', 'found-fatally'), ['killed 2']);
  assert.deepEqual(outcomes('The two men were found guilty of fraud.', 'found-guilty'), []);
});

test('"both men were killed" counts two', () => {
  assert.deepEqual(outcomes('Both men inside the car were killed, police said.', 'both'), ['killed 2']);
});

test('a count after a person\'s "of" is that person\'s kin, not the dead: "a mother of two died" is one death', () => {
  const got = outcomes('Crash leaves mother of 2 dead\n\nA 59-year-old mother of two died when a driver struck her, police said.', 'kin');
  assert.ok(!got.includes('killed 2'), got.join(', '));
  assert.ok(got.includes('killed 1'), got.join(', '));
  // a group's "of" may be the count: "a family of five were killed"
  assert.ok(outcomes('A family of five were killed in the fire.', 'family').includes('killed 5'));
});

test('a number set off after a word for a person is an age ("a woman, 34, was wounded")', () => {
  assert.deepEqual(outcomes('A woman, 34, was wounded in the leg on Friday.', 'age-comma'), ['injured 1']);
  assert.ok(!outcomes('Teen shoots, kills man, 18 Dale Rusk fatally wounded inside home', 'age-headline').some((o) => o.endsWith(' 18')));
});

test('how often someone was shot is no count of the shot ("shot three times", "four or five times")', () => {
  assert.deepEqual(outcomes('Police said the man had been shot three times in the chest.', 'times'), ['shot 1']);
  assert.deepEqual(outcomes('His uncle said the teen was shot four or five times.', 'or-times'), ['shot 1']);
});

test('no one hurt, however written ("No-one was injured", "no - one has been hurt", "nobody was shot"), counts no one', () => {
  for (const [text, id] of [['No-one was injured in the fire.', 'no-one'], ['Luckily no - one has been hurt.', 'no - one'], ['Nobody was shot in the exchange.', 'nobody']] as const)
    assert.deepEqual(outcomes(text, id), [], text);
});

test('people found or left dead (the parse hangs "dead" after its noun) died; a headline\'s "shoots self" is the shooter himself', () => {
  assert.deepEqual(outcomes('Police say they found a 5-year-old boy dead inside an apartment after a standoff.', 'found-dead'), ['killed 1']);
  assert.deepEqual(outcomes('The dead man was identified as John Smith on Monday.', 'the-dead'), []);
  assert.deepEqual(outcomes('Boy, 4, accidentally shoots self in hand', 'self'), ['shot 1']);
  const a = analyseReport('Boy, 4, accidentally shoots self in hand', '2015-05-01', 'self2');
  assert.ok(articleOutcomes(a).every((m) => m.self), 'the one who shot himself is the one shot');
});

test('a number right after a verb of harm is its object, whatever verb a misparse gave it', () => {
  assert.deepEqual(outcomes('A Toledo man accused in a May 25 shooting that killed one and injured three others entered Alford pleas today.', 'harm-object').filter((x) => x.startsWith('injured')), ['injured 3']);
});

test('a count of wounds is no count of the wounded ("treated for four gunshot wounds"): the one treated is one person', () => {
  assert.deepEqual(outcomes('Nastajah Taylor, 23, is being treated for four gunshot wounds.', 'wounds'), ['shot 1']);
  assert.deepEqual(outcomes('Three people were wounded in the shooting.', 'wounded'), ['injured 3', 'injured 3']);
});
