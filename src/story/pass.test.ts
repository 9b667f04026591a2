import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { createPipeline } from '../analyze/pipeline.js';
import { EXAMPLES } from '../core/_test/paths.js';
import type { AnalyzedArticle, Diagnostic, StoryId } from '../core/model.js';
import { readPaths } from '../read/index.js';
import { createStoryContext } from './context.js';
import { STORY_PASSES } from './index.js';
import { checkStoryPasses, runStoryPasses, type StoryPass } from './pass.js';
import { readStory } from './reading.js';
import { buildStories } from './story.js';

test('the story passes are in an order that gives each what it reads', () => {
  assert.deepEqual(checkStoryPasses(STORY_PASSES), []);
});

test('checkStoryPasses names a pass run before what it reads, a layer assigned twice and a name used twice', () => {
  const byName = (name: string) => STORY_PASSES.find((p) => p.name === name)!;
  const facts = byName('facts'), entities = byName('entities');
  assert.deepEqual(checkStoryPasses([facts, ...STORY_PASSES.filter((p) => p !== facts)]), [
    "facts: needs 'derivation', no earlier pass assigns it",
    "facts: needs 'entities', no earlier pass assigns it",
    "facts: needs 'links', no earlier pass assigns it",
    "facts: needs 'eventDates', no earlier pass assigns it",
  ]);
  const twice: StoryPass = { ...entities, name: 'more-entities' };
  assert.deepEqual(checkStoryPasses([entities, twice]), [
    "more-entities: assigns 'entities', which an earlier pass assigned",
    "more-entities: assigns 'links', which an earlier pass assigned",
  ]);
  assert.deepEqual(checkStoryPasses([entities, entities]).filter((p) => p.includes('name')), ['entities: the name is used twice']);
});

test('a pass writes only the layers it declares', () => {
  const sloppy: StoryPass<'title'> = { name: 'sloppy', requires: [], assigns: ['title'], run: () => ({ title: 'T', facts: [] }) as never };
  assert.throws(() => runStoryPasses({ id: 'S1' as StoryId, articles: [] }, [], [sloppy], createStoryContext()),
    /story passes assign no derivation, entities, links, dates, eventDates, facts, timeline, framing/, 'the facts it slipped in are not taken');
  const silent: StoryPass<'title'> = { name: 'silent', requires: [], assigns: ['title'], run: () => ({}) as never };
  assert.throws(() => runStoryPasses({ id: 'S1' as StoryId, articles: [] }, [], [silent], createStoryContext()), /silent: assigns 'title' but returned none/);
});

test('building stories leaves the articles as analysed; links and dates are the story’s', async () => {
  const pipeline = createPipeline();
  const sink: Diagnostic[] = [];
  const articles: AnalyzedArticle[] = [];
  for await (const d of readPaths([join(EXAMPLES, 'ferry')], sink)) articles.push(pipeline.analyze(d));
  const before = JSON.stringify(articles);
  // Frozen, so that a pass writing to an article throws instead of passing unnoticed.
  const deepFreeze = (x: unknown): void => { if (x && typeof x === 'object' && !Object.isFrozen(x)) { Object.freeze(x); Object.values(x).forEach(deepFreeze); } };
  deepFreeze(articles);
  const [story, ...others] = buildStories(articles, createStoryContext());
  assert.equal(JSON.stringify(articles), before);
  assert.equal(others.length, 0);
  assert.ok(story!.links.length > 0);
  const reading = readStory(story!);
  for (const link of story!.links) {
    const a = articles.find((x) => x.id === link.article)!;
    assert.ok(a, 'a link points at an article of the story');
    assert.equal(reading.entityId(a.id, link, link.kind), link.entity);
    assert.ok(story!.entities.some((e) => e.id === link.entity));
  }
  // Every mention of story text is linked; every participant link is a speaker's, actor's, target's or place's span.
  const refs = articles.flatMap((a) => [...(a.quotes ?? []).map((q) => q.speaker), ...(a.events ?? []).flatMap((e) => [e.actor, e.target, e.place])]
    .filter((r) => r !== undefined).map((r) => `${a.id}|${r.start}|${r.end}`));
  for (const l of story!.links.filter((x) => x.kind === 'participant')) assert.ok(refs.includes(`${l.article}|${l.start}|${l.end}`));
});
