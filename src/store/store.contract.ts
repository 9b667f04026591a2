// The contract every Store backend keeps (hono's shared router tests, for stores): call
// storeContract('sqlite', () => openSqliteStore(':memory:')) from a backend's own *.test.ts.
// The articles are sentences written for these tests; stories come from small deterministic
// regroup steps, so the contract tests the store, not the grouping.

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AnalyzedArticle, ArticleId, Entity, EntityId, Story, StoryId } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import type { Regroup, Store } from './types.js';

const pipeline = createPipeline();

export function analyzed(origin: string, source: string, text: string, extra: { title?: string; published?: string } = {}): AnalyzedArticle {
  return pipeline.analyze({ origin, source: { name: source }, text, ...extra });
}

export const HARBOUR = analyzed('harbour.txt', 'Harbour Wire',
  'The harbour authority in Portvale closed the northern ferry terminal on Monday after a crane collapsed onto the pier. Two workers were injured, the authority said.',
  { title: 'Crane collapse shuts Portvale ferry terminal', published: '2024-03-04' });
export const LAKE = analyzed('lake.txt', 'Lake News',
  'Ferry services from Portvale were suspended on Monday when a crane fell onto the northern pier, injuring two workers, according to the harbour authority.',
  { title: 'Portvale ferries halted', published: '2024-03-05' });
export const LIBRARY = analyzed('library.txt', 'Elmsford Gazette',
  "The city council of Elmsford approved a new library budget on Thursday, with funding for longer opening hours and a children's reading room.",
  { title: 'Library budget approved', published: '2024-02-01' });

/** A story of these articles, with one entity per given name (its spellings as aliases). */
export function storyOf(id: string, articles: readonly AnalyzedArticle[], names: string[][] = []): Story {
  const entities: Entity[] = names.map(([name, ...others], i) => ({
    id: `${id}-E${i + 1}` as EntityId, name: name!, type: 'LOC', count: 1 + others.length,
    aliases: [name!, ...others].map((text) => ({ text, count: 1, articles: [articles[0]!.id] })),
  }));
  return { id: id as StoryId, title: articles[0]!.title ?? id, articles: articles.map((a) => a.id), entities, links: [], dates: [], eventDates: [], facts: [], timeline: [], framing: [], network: { nodes: [], edges: [], oneSided: [] } };
}

/** A regroup step that puts the stored articles into the given stories (by article id) and removes the rest. */
export function fixedStories(make: (all: readonly AnalyzedArticle[]) => Story[]): Regroup {
  return async (ctx) => {
    const stories = make(await ctx.articles(await ctx.articleIds()));
    const kept = new Set<string>(stories.map((s) => s.id));
    return { stories, removed: (await ctx.storyIds()).filter((id) => !kept.has(id)), articles: [] };
  };
}

const withoutTokens = ({ tokens: _t, syntax: _x, ...rest }: AnalyzedArticle) => rest;

export function storeContract(name: string, open: () => Promise<Store> | Store): void {
  const using = (fn: (store: Store) => Promise<void>) => async () => {
    const store = await open();
    try { await fn(store); } finally { await store.close(); }
  };

  describe(`Store contract: ${name}`, () => {
    test('an empty store has nothing, and says so without errors', using(async (store) => {
      assert.deepEqual(await store.counts(), { articles: 0, stories: 0, sources: 0 });
      assert.deepEqual(await store.listStories(), []);
      assert.deepEqual(await store.listArticles(), []);
      assert.deepEqual(await store.search('ferry'), []);
      assert.equal(await store.getArticle('0000000000000000' as ArticleId), undefined);
      assert.equal(await store.getStory('S0' as StoryId), undefined);
    }));

    test('an article comes back as it went in (tokens aside), layers and diagnostics included', using(async (store) => {
      const result = await store.commit({ articles: [HARBOUR, LIBRARY] });
      assert.deepEqual(result, { added: [HARBOUR.id, LIBRARY.id], existing: [], storiesChanged: 0, nearCopies: [] });
      const got = await store.getArticle(HARBOUR.id);
      assert.ok(got);
      assert.deepEqual(got.article, withoutTokens(HARBOUR));
      assert.match(got.ingestedAt, /^\d{4}-\d{2}-\d{2}T/);
      assert.deepEqual((await store.getArticles([LIBRARY.id, 'nope' as ArticleId, HARBOUR.id])).map((s) => s.article.id), [LIBRARY.id, HARBOUR.id]);
      assert.deepEqual([...(await store.has([HARBOUR.id, LAKE.id]))], [HARBOUR.id]);
      assert.deepEqual(await store.counts(), { articles: 2, stories: 0, sources: 2 });
    }));

    test('a layer the store has never heard of is kept (analyses are stored whole)', using(async (store) => {
      const withNewLayer = { ...LAKE, claims: [{ start: 0, end: 5, text: 'Ferry' }] } as AnalyzedArticle;
      await store.commit({ articles: [withNewLayer] });
      assert.deepEqual((await store.getArticle(LAKE.id))?.article, withoutTokens(withNewLayer));
    }));

    test('re-ingesting the same text is a no-op, reported as existing', using(async (store) => {
      await store.commit({ articles: [HARBOUR] });
      const before = await store.getArticle(HARBOUR.id);
      const again = { ...HARBOUR, origin: 'copy-of-harbour.txt' };
      const result = await store.commit({ articles: [again, again], regroup: () => assert.fail('no article was added: no regroup') });
      assert.deepEqual(result, { added: [], existing: [HARBOUR.id, HARBOUR.id], storiesChanged: 0, nearCopies: [] });
      assert.deepEqual(await store.getArticle(HARBOUR.id), before);
      assert.equal((await store.counts()).articles, 1);
    }));

    test('the same text twice in one batch is stored once', using(async (store) => {
      const result = await store.commit({ articles: [LAKE, { ...LAKE, origin: 'lake-again.txt' }] });
      assert.deepEqual(result.added, [LAKE.id]);
      assert.deepEqual(result.existing, [LAKE.id]);
    }));

    test('an article whose id is not the hash of its text is refused, and the batch with it', using(async (store) => {
      const forged = { ...LIBRARY, id: HARBOUR.id };
      await assert.rejects(store.commit({ articles: [LAKE, forged] }), /not the hash of its text/);
      assert.equal((await store.counts()).articles, 0);
    }));

    test('a failing batch rolls back whole; what was committed before stays', using(async (store) => {
      const first = fixedStories((all) => [storyOf('S-harbour', all)]);
      await store.commit({ articles: [HARBOUR], regroup: first });
      const failing = () => { throw new Error('regroup crashed'); };
      await assert.rejects(store.commit({ articles: [LAKE, LIBRARY], regroup: failing }), /regroup crashed/);
      assert.deepEqual(await store.counts(), { articles: 1, stories: 1, sources: 1 });
      assert.equal(await store.getArticle(LAKE.id), undefined);
      assert.deepEqual(await store.search('library'), []);
      assert.deepEqual((await store.getStory('S-harbour' as StoryId))?.articles, [HARBOUR.id]);
      // and the store still works
      assert.deepEqual((await store.commit({ articles: [LAKE] })).added, [LAKE.id]);
    }));

    test('stories: written by the regroup step, listed with their sources, dates and main entities', using(async (store) => {
      const regroup = fixedStories((all) => [
        storyOf('S-ferry', all.filter((a) => a.id !== LIBRARY.id), [['Portvale', 'PORTVALE'], ['Harbour Authority']]),
        storyOf('S-library', all.filter((a) => a.id === LIBRARY.id), [['Elmsford']]),
      ]);
      const result = await store.commit({ articles: [HARBOUR, LAKE, LIBRARY], regroup });
      assert.equal(result.storiesChanged, 2);
      const list = await store.listStories();
      assert.deepEqual(list.map((s) => s.id), ['S-ferry', 'S-library'], 'latest news first');
      const ferry = list[0]!;
      assert.equal(ferry.articles, 2);
      assert.deepEqual([...ferry.sources].sort(), ['Harbour Wire', 'Lake News']);
      assert.equal(ferry.firstPublished, '2024-03-04');
      assert.equal(ferry.lastPublished, '2024-03-05');
      assert.deepEqual(ferry.entities.map((e) => e.name), ['Portvale', 'Harbour Authority']);
      assert.deepEqual((await store.getStory('S-ferry' as StoryId))?.articles, [HARBOUR.id, LAKE.id]);
      assert.deepEqual((await store.listArticles({ story: 'S-ferry' as StoryId })).map((a) => a.id), [HARBOUR.id, LAKE.id]);
      assert.equal((await store.getArticle(LIBRARY.id))?.story, 'S-library');
      assert.deepEqual((await store.listStories({ entity: 'portvale' })).map((s) => s.id), ['S-ferry']);
      assert.deepEqual((await store.listStories({ entity: 'elmsford' })).map((s) => s.id), ['S-library']);
      assert.deepEqual(await store.listStories({ entity: 'Atlantis' }), []);
      assert.deepEqual((await store.listStories({ limit: 1, offset: 1 })).map((s) => s.id), ['S-library']);
      assert.deepEqual((await store.getStories()).map((s) => s.id), ['S-ferry', 'S-library']);
    }));

    test('a story merged into another: its old id leads to the new one', using(async (store) => {
      await store.commit({ articles: [HARBOUR], regroup: fixedStories((all) => [storyOf('S-one', all)]) });
      await store.commit({ articles: [LAKE], regroup: fixedStories((all) => [storyOf('S-two', all)]) });
      assert.equal(await store.getStory('S-one' as StoryId).then((s) => s?.id), 'S-two');
      await store.commit({ articles: [LIBRARY], regroup: fixedStories((all) => [storyOf('S-three', all)]) });
      assert.equal(await store.getStory('S-one' as StoryId).then((s) => s?.id), 'S-three', 'aliases follow further merges');
      assert.equal((await store.counts()).stories, 1);
    }));

    test('a story keeps its links; regroups never change a stored article', using(async (store) => {
      const regroup: Regroup = async (ctx) => {
        const all = await ctx.articles(await ctx.articleIds());
        const story = storyOf('S-h', all, [['Portvale']]);
        const links = all.flatMap((a) => (a.mentions ?? []).map((m) => ({ article: a.id, start: m.start, end: m.end, kind: 'mention' as const, entity: 'S-h-E1' as EntityId })));
        return { stories: [{ ...story, links }], removed: [] };
      };
      await store.commit({ articles: [HARBOUR], regroup });
      const before = JSON.stringify((await store.getArticle(HARBOUR.id))?.article);
      await store.commit({ articles: [LAKE], regroup });
      assert.equal(JSON.stringify((await store.getArticle(HARBOUR.id))?.article), before);
      const story = await store.getStory('S-h' as StoryId);
      assert.ok(story && story.links.length === [HARBOUR, LAKE].reduce((n, a) => n + (a.mentions ?? []).length, 0) && story.links.length > 0);
    }));

    test('search: words (all of them), "phrases", prefixes*, best first, with highlighted snippets', using(async (store) => {
      await store.commit({ articles: [HARBOUR, LAKE, LIBRARY], regroup: fixedStories((all) => [storyOf('S-all', all)]) });
      const ids = async (q: string) => (await store.search(q)).map((h) => h.article.id).sort();
      assert.deepEqual(await ids('crane'), [HARBOUR.id, LAKE.id].sort());
      assert.deepEqual(await ids('crane library'), []);
      assert.deepEqual(await ids('"northern ferry terminal"'), [HARBOUR.id]);
      assert.deepEqual(await ids('"northern terminal"'), []);
      assert.deepEqual(await ids('fund*'), [LIBRARY.id]);
      assert.deepEqual(await ids('PORTVALE'), [HARBOUR.id, LAKE.id].sort(), 'case-insensitive');
      assert.deepEqual(await ids('halted'), [LAKE.id], 'titles are searched');
      const [hit] = await store.search('budget');
      assert.ok(hit);
      assert.equal(hit.article.id, LIBRARY.id);
      assert.equal(hit.article.story, 'S-all');
      assert.ok(hit.highlights.length > 0);
      for (const [s, e] of hit.highlights) assert.equal(hit.snippet.slice(s, e).toLowerCase(), 'budget');
      assert.deepEqual((await store.search('crane', { story: 'S-none' as StoryId })), []);
      assert.equal((await store.search('crane', { limit: 1 })).length, 1);
    }));

    test('search folds accents and splits words at punctuation, in texts and queries alike', using(async (store) => {
      const zurich = analyzed('zurich.txt', 'Alpine Wire', 'The tram operator of Zürich said the state-run line would reopen after the storm.');
      await store.commit({ articles: [zurich, HARBOUR] });
      for (const q of ['zurich', 'Zürich', 'ZURI*', '"state run"', 'state-run'])
        assert.deepEqual((await store.search(q)).map((h) => h.article.id), [zurich.id], q);
    }));

    test('search never fails on odd input', using(async (store) => {
      await store.commit({ articles: [HARBOUR] });
      for (const q of ['', '   ', '"', '***', 'AND', 'OR NOT (', 'crane NEAR/2 pier', "l'autorité", 'col:value', '-pier', '^crane', '🙂'])
        assert.ok(Array.isArray(await store.search(q)), q);
      assert.deepEqual((await store.search('OR crane')).map((h) => h.article.id), [], '"or" is a word like any other (all words must occur)');
    }));

    test('listArticles: newest first, paged', using(async (store) => {
      await store.commit({ articles: [HARBOUR] });
      await store.commit({ articles: [LAKE, LIBRARY] });
      assert.deepEqual((await store.listArticles()).map((a) => a.id), [LIBRARY.id, LAKE.id, HARBOUR.id]);
      const [first] = await store.listArticles({ limit: 1, offset: 2 });
      assert.equal(first?.id, HARBOUR.id);
      assert.equal(first?.title, HARBOUR.title);
      assert.equal(first?.characters, HARBOUR.text.length);
    }));

    test('a near-copy is stored and linked to its original across batches; another report is not', using(async (store) => {
      await store.commit({ articles: [FERRY, LIBRARY] });
      const copy = analyzed('copy.txt', 'Other Outlet', `source: Other Outlet\n\n${FERRY.text}\n`);
      const result = await store.commit({ articles: [copy, LAKE] });
      assert.deepEqual(result.added, [copy.id, LAKE.id]);
      assert.deepEqual(result.nearCopies?.map((c) => [c.article, c.original]), [[copy.id, FERRY.id]]);
      assert.deepEqual([...(await store.nearCopies([copy.id, LAKE.id, FERRY.id])).values()].map((c) => c.original), [FERRY.id]);
      assert.ok(await store.getArticle(copy.id), 'the copy is stored: nothing is lost');
    }));
  });
}

/** A report long enough to fingerprint (written for these tests). */
export const FERRY = analyzed('ferry.txt', 'Harbour Wire', [
  'A passenger ferry capsized in a storm on the lake near Portvale on Thursday, killing three people and leaving eight missing, the harbour authority said.',
  'The boat was carrying 57 passengers from the island to the town when strong winds struck in the afternoon, the regional commissioner told reporters.',
  'Rescuers pulled 46 people from the water, and divers resumed the search on Friday morning.',
].join('\n\n'), { title: 'Ferry capsizes near Portvale', published: '2024-03-07' });
