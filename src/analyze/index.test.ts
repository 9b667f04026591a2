import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Article, ArticleId, Diagnostic } from '../core/model.js';
import { heuristicRecognizer } from './entities/heuristic.js';
import { DEFAULT_STAGES } from './index.js';
import { checkPipeline, runStages, type Stage } from '../core/stage.js';

test('the default pipeline is complete', () => assert.deepEqual(checkPipeline(DEFAULT_STAGES), []));

test('a stage whose input no earlier stage assigns is refused, as are a duplicate name and a layer assigned twice', () => {
  const [tokens, sentences] = DEFAULT_STAGES;
  assert.deepEqual(checkPipeline([sentences!]), [`sentences: needs 'tokens', no earlier stage assigns it`]);
  assert.deepEqual(checkPipeline([tokens!, tokens!]), ['tokens: the name is used twice', "tokens: assigns 'tokens', which an earlier stage assigned"]);
  assert.deepEqual(checkPipeline([tokens!, { ...tokens!, name: 'other tokens' }]), ["other tokens: assigns 'tokens', which an earlier stage assigned"]);
});

test('a pipeline in the wrong order is refused: every layer a stage reads is declared', () => {
  const byName = new Map(DEFAULT_STAGES.map((s) => [s.name, s]));
  const order = (...names: string[]) => names.map((n) => byName.get(n)!);
  // events read the dates and the syntax layer; dates and quantities read the entity mentions
  assert.deepEqual(checkPipeline(order('tokens', 'sentences', 'entities', 'syntax', 'quotes', 'genre', 'events', 'dates')), [`events: needs 'dates', no earlier stage assigns it`]);
  assert.deepEqual(checkPipeline(order('tokens', 'sentences', 'dates', 'entities')), [`dates: needs 'mentions', no earlier stage assigns it`]);
  assert.deepEqual(checkPipeline(order('tokens', 'sentences', 'quantities', 'entities')), [`quantities: needs 'mentions', no earlier stage assigns it`]);
  assert.deepEqual(checkPipeline(order('tokens', 'sentences', 'entities', 'dates', 'quotes', 'syntax')), [`quotes: needs 'syntax', no earlier stage assigns it`]);
});

test('a stage that throws becomes an error on the article; later stages that need it are skipped', () => {
  const article: Article = { id: 'x' as ArticleId, origin: 'x.txt', source: { name: 'x' }, language: 'eng', text: 'Hi there.', segments: [{ start: 0, end: 9, kind: 'body' }] };
  const broken: Stage<'tokens'> = { name: 'broken', requires: [], assigns: 'tokens', run: () => { throw new Error('boom'); } };
  const diagnostics: Diagnostic[] = [];
  const analysis = runStages(article, [broken, DEFAULT_STAGES[1]!], { recognizer: heuristicRecognizer }, diagnostics);
  assert.equal(analysis.tokens, undefined);
  assert.deepEqual(diagnostics.map((d) => [d.source, d.rule]), [['broken', 'stage-failed'], ['sentences', 'stage-skipped']]);
});
