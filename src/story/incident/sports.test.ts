import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../../analyze/pipeline.js';
import type { AnalyzedArticle, ArticleId, Genre } from '../../core/model.js';
import { createStoryContext } from '../context.js';
import { gazetteerOf } from '../entities/gazetteer.js';
import { buildIncident, mostlySports } from './pass.js';

// Reports written for these tests, analysed by the pipeline; their genre is then set by hand, so that
// the test is about what the incident pass does with it, not about the classifier.
let pipeline: ReturnType<typeof createPipeline> | undefined;
function report(id: string, genre: Genre): AnalyzedArticle {
  pipeline ??= createPipeline();
  const a = pipeline.analyze({ origin: `${id}.txt`, source: { name: id }, published: '2021-03-08', text: 'Gunmen attacked a bar in Brookvale on Sunday, killing two men, police said.' });
  return { ...a, id: id as ArticleId, genre };
}
const SPORTS: Genre = { label: 'sports', p: 0.97 }, NEWS: Genre = { label: 'news', p: 0.02 };

test('a story is sports when more than half of its reports are', () => {
  assert.equal(mostlySports([report('a', SPORTS), report('b', SPORTS), report('c', NEWS)]), true);
  assert.equal(mostlySports([report('a', SPORTS), report('b', NEWS)]), false);
  assert.equal(mostlySports([report('a', NEWS)]), false);
});

test('a story of sports reports has no incident record; the same reports read as news have one', () => {
  const incident = (genre: Genre) => {
    const articles = [report('a', genre), report('b', genre)];
    return buildIncident({ id: 'S' as never, articles: articles.map((a) => a.id), dates: [] }, articles, createStoryContext({ gazetteer: gazetteerOf([]) }));
  };
  assert.equal(incident(SPORTS), undefined);
  assert.equal(incident(NEWS)?.type, 'ASSAULT');
});
