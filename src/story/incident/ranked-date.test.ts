import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryContext } from '../context.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { analyseReport } from './_analyse.js';
import { dateCandidates } from './date-candidates.js';
import { buildIncident } from './pass.js';
import type { IncidentFieldModel } from './ranker.js';
import { dayMentions } from './when.js';

// Reports written for these tests. 2015-05-04 is a Monday: "Sunday" is 2015-05-03, "Saturday" 2015-05-02.
const r1 = analyseReport('Two people were wounded in a shooting at about 11 p.m. Saturday outside a bar on Main Street.', '2015-05-04', 'r1');
const r2 = analyseReport('Two people were wounded in a shooting outside a bar on Main Street on Sunday. Police said on Monday that they had no suspect.', '2015-05-04', 'r2');
const incidentWith = (model: IncidentFieldModel | null, reports = [r1, r2]) =>
  buildIncident({ id: 'S' as never, articles: reports.map((r) => r.id), dates: [] }, reports, createStoryContext({ gazetteer: gazetteerOf([]), incidentModel: model }))!;

test('each day a report tells is a candidate, with how it is told; a day only said on ("police said on Monday") is none', () => {
  const readings = [r1, r2].map((a) => ({ article: a, mentions: dayMentions(a, a.dates ?? [], new Set([0]), new Set()), ruled: undefined }));
  const candidates = dateCandidates(readings, '2015-05-02');
  assert.deepEqual(candidates.map((c) => c.value), ['2015-05-02', '2015-05-03']);
  const [saturday, sunday] = candidates;
  assert.equal(saturday!.features['rule'], 1);
  assert.equal(saturday!.features['clock'], 1);
  assert.equal(saturday!.features['share'], 0.5);
  assert.equal(sunday!.features['share'], 0.5);
  assert.equal(sunday!.features['clock'], 0);
  assert.equal(sunday!.features['dayBefore'], 1);
  assert.ok(sunday!.claims.every((c) => c.article === r2.id && r2.text.slice(c.start, c.end) === c.text && c.value === '2015-05-03'));
});

test('without a model the rules choose the day; a ranker that weighs the day before the reports chooses it, the rules\' day staying a claim of the conflict', () => {
  assert.equal(incidentWith(null).date?.value, '2015-05-02');
  assert.deepEqual(incidentWith({ fields: { date: { weights: { rule: 10 } } } }).date, incidentWith(null).date);
  const said = incidentWith({ fields: { date: { weights: { dayBefore: 10 } } } }).date;
  assert.equal(said?.value, '2015-05-03');
  assert.equal(said?.status, 'conflict');
  assert.deepEqual(said?.claims.map((c) => c.value), ['2015-05-03', '2015-05-02']);
});

test('a report with no day gives no date, whatever the model', () => {
  const none = analyseReport('Two people were wounded in a shooting outside a bar on Main Street.', '2015-05-04', 'r3');
  assert.equal(incidentWith({ fields: { date: { weights: { share: 1 } } } }, [none]).date, undefined);
});

test('the ranker chooses only among dated reports\' days: with none dated the rules choose', () => {
  const u1 = analyseReport('Two people were wounded in a shooting on May 2, 2015 outside a bar on Main Street.', undefined as never, 'u1');
  const u2 = analyseReport('The man, born on March 3, 1950, was wounded in a shooting on May 2, 2015 on Main Street.', undefined as never, 'u2');
  const earliest = { fields: { date: { weights: { earliest: 10 } } } };
  assert.equal(incidentWith(earliest, [u1, u2]).date?.value, incidentWith(null, [u1, u2]).date?.value);
});

test('a day the parse hangs on an arrest or a death is marked so (legalShare, deathShare): the law\'s steps and a later death are not the shooting\'s day', () => {
  const a = analyseReport('A man was shot at about 9 p.m. Saturday on Elm Street. He died Sunday at a hospital. A neighbour was arrested Monday morning.', '2015-05-05', 'r3');
  const readings = [{ article: a, mentions: dayMentions(a, a.dates ?? [], new Set([0]), new Set()), ruled: undefined }];
  const byDay = new Map(dateCandidates(readings, undefined).map((c) => [c.value, c.features]));
  assert.deepEqual([...byDay.keys()], ['2015-05-02', '2015-05-03', '2015-05-04']);
  assert.deepEqual([...byDay.values()].map((f) => [f['legalShare'], f['deathShare']]), [[0, 0], [0, 1], [1, 0]]);
});
