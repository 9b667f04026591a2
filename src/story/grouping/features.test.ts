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
