import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Segment } from '../../core/model.js';
import type { GenreModel } from '../../core/genre-model.js';
import { tokenize } from '../tokens/tokenize.js';
import { genreFeatures } from './features.js';
import { classifyGenre, genreProbability, loadGenreModelSync } from './model.js';
import { trainLogistic } from './train.js';

// Texts written for these tests.

const featuresOf = (text: string, segments: Segment[] = [{ start: 0, end: text.length, kind: 'body' }]) => genreFeatures(tokenize(text), segments);

test('features: the running text\'s words, lower-cased with digits as 0, and the shape of each figure', () => {
  assert.deepEqual(featuresOf('Harwick beat Dunmore 6-0 on Saturday.'), ['#0-0', '0', 'beat', 'dunmore', 'harwick', 'on', 'saturday']);
  // a date keeps its own shape; a figure ends at a space or a word
  assert.ok(featuresOf('On 1996-08-31 it rained 12 mm.').includes('#0000-00-00'));
  assert.ok(featuresOf('On 1996-08-31 it rained 12 mm.').includes('#00'));
});

test('features: the title and boilerplate are not read, only body and headings', () => {
  const text = 'SOCCER - HARWICK WIN\nHarwick won the cup.\nShare this story';
  const segments: Segment[] = [{ start: 0, end: 20, kind: 'title' }, { start: 20, end: 41, kind: 'body' }, { start: 41, end: text.length, kind: 'boilerplate' }];
  assert.deepEqual(featuresOf(text, segments), ['cup', 'harwick', 'the', 'won']);
  // a lead: the first words of running text only (training shows the model short texts too)
  assert.deepEqual(genreFeatures(tokenize(text), segments, 2), ['harwick', 'won']);
});

test('the model: a sum of weights through the logistic, the label at the threshold; no weight is read off the prototype', () => {
  const model: GenreModel = { about: 'test', positive: 'sports', negative: 'news', bias: -2, weights: { goal: 3, striker: 1 }, threshold: 0.6 };
  assert.equal(genreProbability(model, []), 1 / (1 + Math.exp(2)));
  assert.deepEqual(classifyGenre(model, ['goal']), { label: 'sports', p: 0.7311 });
  assert.deepEqual(classifyGenre(model, ['striker']), { label: 'news', p: 0.2689 });
  assert.equal(genreProbability(model, ['constructor', 'toString']), genreProbability(model, []));
});

test('training: logistic regression separates the words that tell the classes apart, and drops rare words', () => {
  const docs = [
    ...Array.from({ length: 6 }, (_, i) => ({ features: ['goal', 'match', `a${i}`], positive: true })),
    ...Array.from({ length: 6 }, (_, i) => ({ features: ['police', 'match', `b${i}`], positive: false })),
  ];
  const fitted = trainLogistic(docs, { minDocs: 2, l2: 0.1 });
  assert.ok(fitted.weights.goal! > 1 && fitted.weights.police! < -1, JSON.stringify(fitted.weights));
  assert.ok(Math.abs(fitted.weights.match ?? 0) < 0.5);
  assert.equal(fitted.weights.a0, undefined);
  assert.ok(genreProbability(fitted, ['goal']) > 0.9 && genreProbability(fitted, ['police']) < 0.1);
});

const MODEL = loadGenreModelSync();

test('the trained model: a match report is sports; a crime report that says "beat", a market report and one sentence are news', { skip: !MODEL && 'no models/genre.json (node dist/scripts/train-genre.js)' }, () => {
  const label = (text: string) => classifyGenre(MODEL!, featuresOf(text)).label;
  assert.equal(label('Harwick beat Dunmore 3-1 (halftime 2-0) in their league match on Saturday. Scorers: Tom Ellery 12th minute, Sam Pike 40, 77. '
    + 'Dunmore coach Ray Olsen said his side had defended badly after the interval. Harwick stay top of the table, two points clear of Carrow with a game in hand.'), 'sports');
  assert.equal(label('Police said a man beat his neighbour with a metal pipe on Saturday night after an argument over a parking space. '
    + 'The victim, 54, was taken to hospital with head injuries. The suspect was arrested at his home and charged with assault, a police spokesman said.'), 'news');
  assert.equal(label('Shares in Harwick Holdings rose 3.5 percent on Friday after the company beat analysts\' forecasts for second-quarter profit, '
    + 'helped by strong sales in Asia. The broader index closed 0.4 percent higher in thin trade.'), 'news');
  assert.equal(label('The minister met his counterpart in Geneva on Monday.'), 'news');
});
