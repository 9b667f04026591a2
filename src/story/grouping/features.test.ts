import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../../core/model.js';
import { createPipeline } from '../../analyze/pipeline.js';
import { reporter } from '../../core/report.js';
import { jsonlReader } from '../../read/jsonl.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { pairFeatures } from './features.js';
import { linkScore } from './links.js';
import { loadGroupingModel } from './model.js';
import { profileArticle } from './profile.js';

// Three made-up local reports: two of one shooting in Brookvale, Ohio, one of a shooting months later in Carrow, Oregon.
const RECORDS = [
  { id: 'a', published: '2021-03-08', title: 'Man killed in Brookvale shooting',
    text: 'BROOKVALE, Ohio — A 34-year-old man was shot and killed Sunday night outside a bar on Elm Street, Brookvale police said. Police identified him as Dale Prent.' },
  { id: 'b', published: '2021-03-09', title: 'Police name Brookvale shooting victim',
    text: 'Police on Monday named the man shot dead outside a bar in Brookvale, Ohio, on Sunday as Dale Prent, 34. No arrest has been made.' },
  { id: 'c', published: '2021-06-20', title: 'Man killed in Carrow shooting',
    text: 'CARROW, Ore. — A 41-year-old man was shot and killed Saturday night outside a bar on Main Street, Carrow police said. Police identified him as Ray Ostin.' },
];
const GAZETTEER = gazetteerOf([
  { name: 'Brookvale', country: 'US', lat: 40.0, lon: -83.0, population: 30000, feature: 'PPL' },
  { name: 'Carrow', country: 'US', lat: 45.5, lon: -122.6, population: 50000, feature: 'PPL' },
]);

function analyse(): AnalyzedArticle[] {
  const pipeline = createPipeline();
  const content = RECORDS.map((r) => JSON.stringify(r)).join('\n');
  return [...jsonlReader.read({ origin: 'test.jsonl', content }, reporter([], 'test'))].map((d) => pipeline.analyze(d));
}

test('place and time tell two shootings apart; one shooting\'s reports agree', () => {
  const model = loadGroupingModel();
  const [a, b, c] = analyse().map((x) => profileArticle(x, model.idf, GAZETTEER));
  const same = pairFeatures(a!, b!), other = pairFeatures(a!, c!);
  assert.equal(same.placeAgree, 1);
  assert.equal(same.placeMiss, 0);
  assert.equal(same.placeFar, 0);
  assert.equal(same.weeksApart, 0);
  assert.equal(same.mainConflict, 0);
  assert.equal(other.placeFar, 1);
  assert.equal(other.mainConflict, 1);
  assert.equal(other.stateConflict, 1);
  assert.equal(other.weeksApart, 1);
  assert.ok(other.daysApart > same.daysApart);
  assert.equal(other.personMiss > 0, true);
  assert.ok(linkScore(model, a!, b!) > linkScore(model, a!, c!) + 2, 'the same shooting links far more strongly than a like one elsewhere');
});

test('templated reports of like events in towns of different countries are no link, however alike their words', () => {
  const records = [
    { id: 'x', published: '2021-09-04', title: 'Norland beat Vesk 3-0 in qualifier', text: 'OSTRAVEN 2021-09-04\n\nNorland beat Vesk 3-0 (halftime 1-0) in a regional football qualifier on Saturday. Scorers: Tam Holt 12, Piet Aren 55, Jon Vale 80. Attendance: 9,000.' },
    { id: 'y', published: '2021-09-04', title: 'Carda beat Misro 2-0 in qualifier', text: 'LUMBERA 2021-09-04\n\nCarda beat Misro 2-0 (halftime 0-0) in a regional football qualifier on Saturday. Scorers: Rui Dos 61, Ander Pay 88. Attendance: 12,000.' },
  ];
  const gazetteer = gazetteerOf([
    { name: 'Ostraven', country: 'NO', lat: 60.0, lon: 10.0, population: 80000, feature: 'PPLA' },
    { name: 'Lumbera', country: 'PT', lat: 40.0, lon: -8.0, population: 90000, feature: 'PPLA' },
  ]);
  const pipeline = createPipeline();
  const [x, y] = [...jsonlReader.read({ origin: 't.jsonl', content: records.map((r) => JSON.stringify(r)).join('\n') }, reporter([], 't'))]
    .map((d) => profileArticle(pipeline.analyze(d), loadGroupingModel().idf, gazetteer));
  const f = pairFeatures(x!, y!);
  assert.ok(f.words > 0.25 && f.lead > 0.25, 'the words are alike');
  assert.equal(f.mainConflict, 1);
  assert.equal(linkScore(loadGroupingModel(), x!, y!), -Infinity);
  const near = gazetteerOf([{ name: 'Ostraven', country: 'NO', lat: 60.0, lon: 10.0, population: 80000, feature: 'PPLA' }, { name: 'Lumbera', country: 'NO', lat: 60.5, lon: 10.5, population: 90000, feature: 'PPLA' }]);
  const [x2, y2] = [...jsonlReader.read({ origin: 't.jsonl', content: records.map((r) => JSON.stringify(r)).join('\n') }, reporter([], 't'))]
    .map((d) => profileArticle(pipeline.analyze(d), loadGroupingModel().idf, near));
  assert.ok(Number.isFinite(linkScore(loadGroupingModel(), x2!, y2!)), 'in one country the pair model weighs them');
});

test('two reports of one town on different streets conflict; on one street they agree; a model that does not weigh streets is given the conflict', () => {
  const model = loadGroupingModel();
  const profile = (text: string, id: string) => {
    const pipeline = createPipeline();
    const [doc] = [...jsonlReader.read({ origin: 'test.jsonl', content: JSON.stringify({ id, published: '2021-03-08', title: 'Man shot in Brookvale', text }) }, reporter([], 'test'))];
    return profileArticle(pipeline.analyze(doc!), model.idf, GAZETTEER);
  };
  const elm = profile('BROOKVALE, Ohio — A man was shot Sunday night in the 1700 block of Elm Street, Brookvale police said.', 'e');
  const elm2 = profile('BROOKVALE, Ohio — Police said a man was wounded Sunday night on Elm Street in Brookvale.', 'f');
  const oak = profile('BROOKVALE, Ohio — A man was shot Sunday night in the 300 block of Oak Avenue, Brookvale police said.', 'o');
  assert.deepEqual([pairFeatures(elm, elm2).streetAgree, pairFeatures(elm, elm2).streetConflict], [1, 0]);
  assert.deepEqual([pairFeatures(elm, oak).streetAgree, pairFeatures(elm, oak).streetConflict], [0, 1]);
  if (!(model.pair as { features?: string[] }).features?.includes('streetConflict'))
    assert.ok(linkScore(model, elm, oak) < linkScore(model, elm, { ...oak, streets: new Set() }) - 1, 'the conflict lowers the link');
});
