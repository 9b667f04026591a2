import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyseReport } from './_analyse.js';
import type { AnalyzedArticle, ArticleId, Claim } from '../../core/model.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { articleDate, dayMentions } from './when.js';
import { articlePlace, storyPlace, type ArticlePlace } from './where.js';

// Reports written for these tests (made-up towns and people): which day and which town a report gives its incident.
const GAZ = gazetteerOf([
  { name: 'Brookvale', country: 'US', lat: 40.1, lon: -82.9, population: 30000, feature: 'PPL' },
  { name: 'Carrow', country: 'US', lat: 40.6, lon: -82.2, population: 90000, feature: 'PPL' },
  { name: 'Center', country: 'US', lat: 31.8, lon: -94.2, population: 60000, feature: 'PPL' },
  { name: 'Herald', country: 'US', lat: 38.2, lon: -121.2, population: 1200, feature: 'PPL' },
  { name: 'Mossbury', country: 'US', lat: 36.2, lon: -90.0, population: 1500, feature: 'PPL' },
  { name: 'Kelford', country: 'US', lat: 36.2, lon: -77.2, population: 250, feature: 'PPL' },
  { name: 'Man', country: 'US', lat: 37.7, lon: -81.9, population: 700, feature: 'PPL' },
  { name: 'Tillford', country: 'US', lat: 35.1, lon: -85.3, population: 1200, feature: 'PPL' },
  { name: 'Tillford', country: 'US', lat: 43.0, lon: -71.5, population: 900, feature: 'PPL' },
]);
const analyse = analyseReport;
const dayOf = (a: AnalyzedArticle) => articleDate(a, a.dates ?? [], new Set(), new Set())?.value;
const townOf = (a: AnalyzedArticle) => articlePlace(a, GAZ)?.name;

test('when: a day set for something planned (a hearing, an autopsy) is not the day of the incident', () => {
  // 2021-03-10 is a Wednesday: "Thursday" read back from it is 2021-03-04, a day before any hearing could be
  const planned = analyse('Police are still looking into the death of Tom Avery.\n\nHis neighbour is expected to be arraigned Thursday on a murder charge.', '2021-03-10', 'hearing');
  assert.equal(dayOf(planned), undefined);
  const done = analyse('Police are still looking into the death of Tom Avery.\n\nHis neighbour was arrested Thursday on a murder charge.', '2021-03-10', 'arrest');
  assert.equal(dayOf(done), '2021-03-04');
});

test('when: a birthday is a life\'s, never the day of the incident', () => {
  const obituary = analyse('Tom Avery, born April 22, 1950, in Mossbury, died on Thursday at a hospital.', '2021-03-10', 'born');
  assert.equal(dayOf(obituary), '2021-03-04');
  // with no publication day to read "Thursday" against, the birthday is still no answer
  const undated = { ...obituary, published: undefined } as AnalyzedArticle;
  assert.equal(dayOf({ ...undated, dates: (obituary.dates ?? []).filter((d) => d.value === '1950-04-22') }), undefined);
});

test('where: the town of the hospital a victim was taken to is not where it happened', () => {
  const a = analyse('A man was shot on Sunday night.\n\nHe was taken to a Carrow hospital, where he died. Later he was moved to a hospital in Carrow.', '2021-03-08', 'hospital');
  assert.equal(townOf(a), undefined);
  const b = analyse('A man was shot in Brookvale on Sunday night.\n\nHe was taken to a Carrow hospital, where he died. Later he was moved to a hospital in Carrow.', '2021-03-08', 'hospital2');
  assert.equal(townOf(b), 'Brookvale');
});

test('where: an organisation is named after a town only when more of its name follows in capitals', () => {
  const a = analyse('The Center for Safer Streets said two men were shot on Sunday night.', '2021-03-08', 'center');
  assert.equal(townOf(a), undefined);
  const b = analyse('Two men were shot on Sunday night, the Carrow Police Department said.', '2021-03-08', 'carrow');
  assert.equal(townOf(b), 'Carrow');
});

test('where: a small town named without its state is found when it is the only town of its name', () => {
  assert.equal(townOf(analyse('A boy was shot in Mossbury on Saturday afternoon, deputies said.', '2021-03-08', 'mossbury')), 'Mossbury');
  // two small towns of the name, and nothing to tell which: no place
  assert.equal(townOf(analyse('A boy was shot in Tillford on Saturday afternoon, deputies said.', '2021-03-08', 'tillford')), undefined);
});

test('where: the town named as the scene outweighs another named as often (the police\'s)', () => {
  assert.equal(townOf(analyse('The Carrow Police Department said a man was shot in Brookvale on Sunday night.', '2021-03-08', 'scene')), 'Brookvale');
  assert.equal(townOf(analyse('The Carrow Police Department said a man from Brookvale was shot on Sunday night.', '2021-03-08', 'noscene')), 'Carrow');
});

test('where: of two towns as many sources give, the one a report stands on most (its dateline) is the story\'s', () => {
  const claim = (article: string): Claim => ({ article: article as ArticleId, start: 0, end: 1, text: 'x' });
  const report = (id: string, published: string, name: string, weight: number) =>
    ({ article: { id, published } as AnalyzedArticle, place: { name, key: name.toLowerCase(), weight, claims: [claim(id)] } satisfies ArticlePlace });
  // the later report names Carrow once in passing; the earlier one is datelined Brookvale
  const got = storyPlace([report('a', '2021-03-08', 'Brookvale', 3), report('b', '2021-03-09', 'Carrow', 1)])!;
  assert.deepEqual([got.name, got.status, got.claims.map((c) => c.value)], ['Brookvale', 'conflict', ['Brookvale', 'Carrow']]);
  // equal weight: the later report, as before
  assert.equal(storyPlace([report('a', '2021-03-08', 'Brookvale', 1), report('b', '2021-03-09', 'Carrow', 1)])!.name, 'Carrow');
});

test('where: a newspaper named after its town, that a report was told to, is no scene; the police it cites name the scene', () => {
  const told = analyse('A climber fell to his death on the mountain on Saturday, police told the Carrow Herald. He was inexperienced, a guide told the Carrow Herald.', '2021-03-08', 'told');
  assert.equal(townOf(told), undefined);
  // the entity recognizer may read the paper as a place: one told is still no scene
  assert.equal(townOf(analyse('The climber was still alive when rescuers reached him, pilot Jim Campbell told the Herald on Sunday.', '2021-03-08', 'herald')), undefined);
  // the police a report cites is the scene's
  assert.equal(townOf(analyse('A climber fell to his death on Saturday, according to Carrow police.', '2021-03-08', 'according')), 'Carrow');
});

test('a sentence that names the incident\'s own day tells the incident, whatever later day it names too', async () => {
  const { isBackground } = await import('./background.js');
  const a = analyseReport('A Toledo man accused in a May 25 shooting that killed one and injured three others entered Alford pleas today.', '2014-11-18', 'own-day');
  assert.equal(isBackground(a, 0, a.dates ?? [], { date: '2014-05-25' }), false);
  assert.equal(isBackground(a, 0, a.dates ?? [], { date: '2014-06-30' }), true);
});

test('a day on a verb whose subject names the incident is the incident\'s ("the shootings were reported ... Tuesday")', () => {
  const a = analyseReport('The shootings were reported shortly after 10:30 p.m. Tuesday on Elm Street. Officers were in the neighbourhood Wednesday.', '2015-07-08', 'day');
  const read = dayMentions(a, a.dates ?? [], new Set(), new Set()).map((m) => [m.d.value, m.act]);
  assert.deepEqual(read, [['2015-07-07', true], ['2015-07-08', false]]);
});

test('where: a town\'s name that begins a street\'s or a county\'s name is neither town ("on Carrow Avenue", "a Carrow Co. boy")', () => {
  assert.equal(townOf(analyse('A man was shot on Carrow Avenue in Brookvale on Sunday, police said.', '2021-03-08', 'street')), 'Brookvale');
  assert.equal(townOf(analyse('A Carrow Co. boy shot himself in the hand on Sunday, deputies said.', '2021-03-08', 'county')), undefined);
  assert.equal(townOf(analyse('A man was shot in Carrow on Sunday, police said.', '2021-03-08', 'town')), 'Carrow');
});

test('when: the incident\'s day is no statement\'s ("a shooting has been reported ... Friday night", "police said around 9 p.m. Sunday they were called")', () => {
  const flags = (text: string) => {
    const a = analyseReport(text, '2017-03-06', 'statement');
    return dayMentions(a, a.dates ?? [], new Set(), new Set()).map((m) => [m.d.value, m.statement]);
  };
  assert.deepEqual(flags('A shooting has been reported in Brookvale late Friday night.'), [['2017-03-03', false]]);
  assert.deepEqual(flags('Brookvale police said around 9 p.m. Sunday they were called to Elm Street.'), [['2017-03-05', false]]);
  assert.deepEqual(flags('The victim was a teacher, police said Sunday.'), [['2017-03-05', true]]);
});

test('when: a day set on a noun naming the incident is named as its day ("the Sept. 27 shooting")', () => {
  const a = analyseReport('Ray Tull was arrested Wednesday in connection with the Sept. 27 shooting on Elm Street.', '2015-10-28', 'named');
  const read = dayMentions(a, a.dates ?? [], new Set(), new Set()).map((m) => [m.d.value, m.named]);
  assert.deepEqual(read, [['2015-10-28', false], ['2015-09-27', true]]);
});

test('where: a name after a preposition of place is a place though the recognizer types it an organisation ("a girl from Kelford" beside "Kelford police")', () => {
  const a = analyse('Kelford police investigate after parent shoots girl. Kelford police have launched an investigation after a girl from Kelford was shot in the leg on Sunday. The Kelford Police Department said officers were called.', '2015-03-10', 'org-town');
  assert.ok(a.mentions?.some((m) => m.type === 'ORG' && m.text === 'Kelford' && a.text.slice(m.start - 5, m.start) === 'from '), 'the recognizer types the town an organisation here');
  assert.equal(townOf(a), 'Kelford');
});

test('where: a word of a title-case headline that the report writes in lower case is no town ("Man Shot, Killed ..." over "A man sitting ...")', () => {
  // (the story's other report names Ohio: its towns are read in Ohio, or in the US where none of its name lies there)
  const text = 'Man Shot, Killed Sitting Inside Parked Vehicle\n\nA man sitting inside his parked vehicle was shot and killed Thursday, according to the Brookvale Police Department.';
  assert.notEqual(articlePlace(analyse(text, '2016-09-30', 'headline-man'), GAZ, new Set(['OH']))?.name, 'Man');
  assert.equal(townOf(analyse('Shooting Leaves Teen Dead In Man\n\nA teen was shot and killed Thursday in Man, police said.', '2016-09-30', 'in-man')), 'Man');
});
