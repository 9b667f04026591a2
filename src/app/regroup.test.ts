import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { EXAMPLES } from '../core/_test/paths.js';
import type { Draft } from '../read/types.js';
import { readPaths } from '../read/index.js';
import type { AnalyzedArticle, ArticleId } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import { buildStories } from '../story/story.js';
import { createStoryContext } from '../story/context.js';
import { incrementalRegroup, regroupAll } from './regroup.js';
import { openSqliteStore } from '../store/sqlite.js';
import type { Regroup, Store } from '../store/types.js';

// The incremental regroup step against regrouping everything, on our ferry example and a second,
// unrelated story written here.
const pipeline = createPipeline();
const story = createStoryContext();

const LIBRARY: Draft[] = [
  { origin: 'library-1.txt', source: { name: 'Northfield Gazette' }, published: '2024-03-04', text:
    'Northfield council votes to close the Elm Street library\n\nThe Northfield city council voted 7 to 2 on Monday to close the Elm Street branch library in June to save 410,000 dollars a year. Librarian Ada Okafor said the branch lends 60,000 books a year. Councillor Tom Reyes said the savings would fund road repairs.' },
  { origin: 'library-2.txt', source: { name: 'Valley Post' }, published: '2024-03-05', text:
    'Elm Street library to shut after Northfield council vote\n\nNorthfield councillors decided on Monday, by seven votes to two, to shut the Elm Street library branch this June. The council said closing the branch saves 410,000 dollars a year. Ada Okafor, the branch librarian, called the decision a loss for the neighbourhood.' },
];

async function ferryDrafts(): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for await (const d of readPaths([join(EXAMPLES, 'ferry')], [])) drafts.push(d);
  return drafts;
}

/** Stories as sets of article ids, in a form two groupings can be compared in. */
async function storedGrouping(store: Store): Promise<string[]> {
  const stories = await store.getStories();
  const seen = stories.flatMap((s) => s.articles);
  assert.equal(new Set(seen).size, seen.length, 'every article is in one story only');
  return stories.map((s) => [...s.articles].sort().join(' ')).sort();
}

function referenceGrouping(articles: readonly AnalyzedArticle[]): string[] {
  return buildStories(articles, story).map((s) => [...s.articles].sort().join(' ')).sort();
}

/** Commits one article per batch, regroup steps taking turns; returns how many stories each batch built. */
async function commitOneByOne(store: Store, articles: readonly AnalyzedArticle[], regroups: readonly Regroup[]): Promise<number[]> {
  const built: number[] = [];
  for (const [i, a] of articles.entries()) {
    const regroup = regroups[i % regroups.length]!;
    await store.commit({ articles: [a], regroup: async (ctx) => { const update = await regroup(ctx); built.push(update.stories.length); return update; } });
  }
  return built;
}

test('articles added one by one group as regrouping everything does; a new article rewrites only its story', async () => {
  const articles = [...(await ferryDrafts()), ...LIBRARY].map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  const built = await commitOneByOne(store, articles, [incrementalRegroup(story)]);
  assert.deepEqual(await storedGrouping(store), referenceGrouping(articles));
  assert.equal((await store.counts()).stories, 2, 'the ferry story and the library story');
  assert.deepEqual(built, articles.map(() => 1), 'each batch builds the one story its article joins; the other is left as it was');
  await store.close();
});

test('a batch whose later articles merge the stories its earlier ones founded', async () => {
  const articles = [...LIBRARY, ...(await ferryDrafts())].map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  await store.commit({ articles: articles.slice(0, 1), regroup: incrementalRegroup(story) });
  const regroup = incrementalRegroup(story);
  await store.commit({ articles: articles.slice(1), regroup });
  assert.deepEqual(await storedGrouping(store), referenceGrouping(articles));
  await store.close();
});

test('two processes taking turns on one store (each its own index) keep it consistent', async () => {
  const articles = [...LIBRARY, ...(await ferryDrafts())].map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  await commitOneByOne(store, articles, [incrementalRegroup(story), incrementalRegroup(story)]);
  assert.deepEqual(await storedGrouping(store), referenceGrouping(articles));
  await store.close();
});

test('after a batch rolls back, the index starts over from what the store holds', async () => {
  const articles = (await ferryDrafts()).map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  const regroup = incrementalRegroup(story);
  await store.commit({ articles: [articles[0]!], regroup });
  const crashing: Regroup = async (ctx) => { await regroup(ctx); throw new Error('crash after regrouping'); };
  await assert.rejects(store.commit({ articles: [articles[1]!], regroup: crashing }), /crash after regrouping/);
  await store.commit({ articles: articles.slice(2), regroup });
  assert.deepEqual(await storedGrouping(store), referenceGrouping([articles[0]!, ...articles.slice(2)]));
  assert.equal((await store.has([articles[1]!.id])).size, 0);
  await store.close();
});

test('regroupAll, the reference, removes the stories it does not rebuild', async () => {
  const articles = LIBRARY.map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  assert.deepEqual(await commitOneByOne(store, articles, [regroupAll(story)]), [1, 1]);
  assert.deepEqual(await storedGrouping(store), [articles.map((a) => a.id as ArticleId).sort().join(' ')]);
  await store.close();
});

test('a regroup writes stories only: stored analyses stay byte for byte as analysed', async () => {
  const articles = [...LIBRARY, ...(await ferryDrafts())].map((d) => pipeline.analyze(d));
  const store = openSqliteStore(':memory:');
  const stored = async () => (await store.getArticles()).map((s) => JSON.stringify(s.article));
  const regroup = incrementalRegroup(story);
  await store.commit({ articles: articles.slice(0, 2), regroup });
  const before = await stored();
  // Later batches found the ferry story and grow it; the last rebuilds every story.
  for (const a of articles.slice(2, -1)) await store.commit({ articles: [a], regroup });
  await store.commit({ articles: articles.slice(-1), regroup: regroupAll(story) });
  const after = await stored();
  assert.equal(after.length, articles.length);
  assert.deepEqual(after.slice(0, 2), before, 'the library articles, regrouped many times, are byte for byte as first stored');
  assert.ok(after.every((json) => !/"entity":/.test(json)), 'no stored article carries a story entity');
  const stories = await store.getStories();
  assert.equal(stories.length, 2);
  assert.ok(stories.every((s) => s.links.length > 0), 'the links live on the stories');
  await store.close();
});
