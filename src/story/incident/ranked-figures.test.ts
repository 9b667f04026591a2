import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createStoryContext } from '../context.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { analyseReport } from './_analyse.js';
import { buildIncident } from './pass.js';
import type { IncidentFieldModel } from './ranker.js';

// The rankers choose among the values the reports support; the rules' choice stays an alternative.
const r1 = analyseReport('Two people were wounded in a shooting on Friday night outside a bar on Main Street.', '2015-05-02', 'r1');
const r2 = analyseReport('Three people were wounded in a shooting on Friday night outside a bar on Main Street, police said.', '2015-05-03', 'r2');
const incidentWith = (model: IncidentFieldModel | null) =>
  buildIncident({ id: 'S' as never, articles: [r1.id, r2.id], dates: [] }, [r1, r2], createStoryContext({ gazetteer: gazetteerOf([]), incidentModel: model }))!;
const figure = (model: IncidentFieldModel | null, category: string) => incidentWith(model).figures.find((f) => f.category === category);

test('without a model the rules choose (a tie: the later report); a ranker that weighs the smallest value chooses it, keeping the rules\' as an alternative', () => {
  const ruled = figure(null, 'injured');
  assert.equal(ruled?.value, 3);
  const smallest = figure({ fields: { injured: { weights: { smallest: 5, rule: 1 } } } }, 'injured');
  assert.equal(smallest?.value, 2);
  assert.equal(smallest?.status, 'conflict');
  assert.deepEqual(smallest?.alternatives?.map((a) => a.value), [3]);
  assert.ok(smallest!.claims.length > 0 && smallest!.claims.every((c) => c.article === r1.id && r1.text.slice(c.start, c.end) === c.text));
});

test('a ranker that prefers none drops the figure; one that prefers the rules\' value changes nothing', () => {
  assert.equal(figure({ fields: { injured: { weights: { none: 10 } } } }, 'injured'), undefined);
  assert.deepEqual(figure({ fields: { injured: { weights: { rule: 10 } } } }, 'injured'), figure(null, 'injured'));
});
