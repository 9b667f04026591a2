import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { GenreModel } from '../../core/genre-model.js';
import { createPipeline } from '../pipeline.js';
import { existsSync } from 'node:fs';
import { DEFAULT_SYNTAX_MODEL } from '../syntax/load.js';

// A stand-in genre model (any article with "halftime" is sports), so that the test is about what the
// events stage does with the genre, not about the trained classifier. Texts written for this test.
const HALFTIME: GenreModel = { about: 'test', positive: 'sports', negative: 'news', bias: -5, weights: { halftime: 10 }, threshold: 0.5 };

test('a sports report codes no event (its "beat" is a result), and each drop is said; in news the same verb stays an assault', { skip: !existsSync(DEFAULT_SYNTAX_MODEL) && 'no models/syntax.bin' }, () => {
  const pipeline = createPipeline({ genre: HALFTIME });
  const sports = pipeline.analyze({ origin: 's.txt', source: { name: 't' }, text: 'Harwick beat Dunmore 3-1 (halftime 2-0) on Saturday. The coach thanked the fans.' });
  assert.equal(sports.genre?.label, 'sports');
  assert.deepEqual(sports.events, []);
  assert.ok(sports.diagnostics.some((d) => d.rule === 'sports-report' && sports.text.slice(d.start, d.end) === 'beat'));
  const news = pipeline.analyze({ origin: 'n.txt', source: { name: 't' }, text: 'Soldiers beat three protesters in Borsk on Saturday, witnesses said.' });
  assert.equal(news.genre?.label, 'news');
  assert.deepEqual(news.events?.map((e) => [e.type, e.text]), [['ASSAULT', 'beat']]);
});

test('without a genre model every article is news, and a diagnostic says why', () => {
  const a = createPipeline({ genre: null, syntax: null }).analyze({ origin: 'x.txt', source: { name: 't' }, text: 'Harwick beat Dunmore 3-1 (halftime 2-0).' });
  assert.deepEqual(a.genre, { label: 'news', p: 0 });
  assert.ok(a.diagnostics.some((d) => d.rule === 'genre-no-model'));
});
