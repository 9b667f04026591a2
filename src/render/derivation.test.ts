import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createPipeline } from '../analyze/pipeline.js';
import { createStoryContext } from '../story/context.js';
import { ferryArticles, harbourWireCopies } from '../story/derivation/_ferry-copies.js';
import { buildStories } from '../story/story.js';
import { buildBrief, derivationNote } from './brief.js';
import { renderText } from './text.js';

test('each copy\'s source line says whose copy it is; a fact its copies restate says it is one source', async () => {
  const pipeline = createPipeline();
  const articles = [...(await ferryArticles(pipeline)), ...harbourWireCopies(pipeline)];
  const [story] = buildStories(articles, createStoryContext());
  const brief = buildBrief(story!, articles);
  assert.deepEqual(brief.sources.filter((s) => s.derivation).map((s) => s.derivation!.note), ['copy of Harbour Wire', 'copy of Harbour Wire', 'copy of Harbour Wire']);
  const text = renderText([brief]);
  assert.match(text, /: copy of Harbour Wire\n/);
  const restated = [...brief.single.items, ...brief.agreed.items].find((f) => f.reports > f.support);
  assert.ok(restated, 'a fact rests on more reports than sources');
  assert.match(text, new RegExp(`\\(${restated.supportNote.replace(/[()]/g, '\\$&')}\\)`));
  assert.match(text, /^7 articles from 4 sources/, 'the copies are no sources of their own');
  assert.doesNotMatch(text.split('  What happened')[0]!, /Lakeshore Daily/, 'the incident record names the original, not a copy');
});

test('a wire story is named as such', () => {
  assert.equal(derivationNote({ kind: 'wire', agency: 'Reuters' }, 'Reuters'), 'copy of the Reuters story');
  assert.equal(derivationNote({ kind: 'rewrite', agency: 'AP' }, 'Daily Courier'), 'rewrite of the AP story (Daily Courier)');
  assert.equal(derivationNote({ kind: 'rewrite' }, 'Harbour Wire'), 'rewrite of Harbour Wire');
});
