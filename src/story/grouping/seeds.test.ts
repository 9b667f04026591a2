import assert from 'node:assert/strict';
import { test } from 'node:test';
import { join } from 'node:path';
import { EXAMPLES, SHARED_DATA, needsShared } from '../../core/_test/paths.js';
import { readPaths } from '../../read/index.js';
import type { AnalyzedArticle, Diagnostic } from '../../core/model.js';
import { createPipeline } from '../../analyze/pipeline.js';
import { groupArticles } from '../group.js';
import { loadGroupingModel } from './model.js';
import { loadCityGazetteer } from '../entities/gazetteer.js';

const model = loadGroupingModel();
const gazetteer = loadCityGazetteer();

// One pipeline for the file (it loads the NER model), and each folder analysed once: analysis is a
// pure function of the article, so the articles of several folders are those of each, in order.
const pipeline = createPipeline();
const byPath = new Map<string, Promise<AnalyzedArticle[]>>();

async function analyseOne(path: string): Promise<AnalyzedArticle[]> {
  const out: AnalyzedArticle[] = [];
  const sink: Diagnostic[] = [];
  for await (const draft of readPaths([path], sink)) out.push(pipeline.analyze(draft));
  return out;
}

async function analyse(paths: string[]): Promise<AnalyzedArticle[]> {
  const each = paths.map((p) => { let a = byPath.get(p); if (!a) byPath.set(p, (a = analyseOne(p))); return a; });
  return (await Promise.all(each)).flat();
}

test('the ferry examples are one story', async () => {
  const articles = await analyse([join(EXAMPLES, 'ferry')]);
  assert.equal(articles.length, 4);
  assert.deepEqual(groupArticles(articles, model, gazetteer), [[0, 1, 2, 3]]);
});

test('the seeds are one story, and the seeds with the ferry examples are exactly two', { skip: needsShared('seeds') }, async () => {
  const seeds = join(SHARED_DATA, 'seeds');
  assert.equal(groupArticles(await analyse([seeds]), model, gazetteer).length, 1);
  const both = await analyse([seeds, join(EXAMPLES, 'ferry')]);
  const stories = groupArticles(both, model, gazetteer).map((g) => g.map((i) => (both[i]!.origin.includes('ferry') ? 'ferry' : 'seeds')));
  assert.deepEqual(stories.map((s) => [...new Set(s)]).sort(), [['ferry'], ['seeds']]);
  assert.deepEqual(stories.map((s) => s.length).sort(), [4, 5]);
});
