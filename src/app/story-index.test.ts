import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import Database from 'better-sqlite3';
import { EXAMPLES } from '../core/_test/paths.js';
import { readPaths } from '../read/index.js';
import type { Draft } from '../read/types.js';
import type { AnalyzedArticle, ArticleId } from '../core/model.js';
import { createPipeline } from '../analyze/pipeline.js';
import { createStoryContext } from '../story/context.js';
import { groupArticles } from '../story/group.js';
import { analysed, REPORTS, type ReportName } from '../story/grouping/_fixtures.js';
import type { IndexState } from '../story/grouping/index-state.js';
import { incrementalRegroup, regroupAll } from './regroup.js';
import { openSqliteStore, type SqliteStore } from '../store/sqlite.js';
import type { Regroup, Store } from '../store/types.js';
import { dropTestSchemas, freshSchema, PG_SKIP, TEST_PG } from '../store/postgres/_test-server.js';
import { openPostgresStore } from '../store/postgres/store.js';

// The persistent story index: stories independent of order and of the split into batches and runs,
// the same as in-memory grouping, an added article reading only its candidates, and rebuilds.
// The tests that go through the Store run on SQLite and, when CORROBORATE_TEST_PG names a server, on PostgreSQL.
const pipeline = createPipeline();
const story = createStoryContext();

after(dropTestSchemas);
const BACKENDS: [string, () => Promise<Store> | Store][] = [
  ['sqlite', () => openSqliteStore(':memory:')],
  ...(TEST_PG ? [['postgres', () => openPostgresStore(TEST_PG!, { schema: freshSchema() })] as [string, () => Promise<Store>]] : []),
];
if (PG_SKIP) test('story index on PostgreSQL', { skip: PG_SKIP }, () => {});

const LIBRARY: Draft[] = [
  { origin: 'library-1.txt', source: { name: 'Northfield Gazette' }, published: '2024-03-04', text:
    'Northfield council votes to close the Elm Street library\n\nThe Northfield city council voted 7 to 2 on Monday to close the Elm Street branch library in June to save 410,000 dollars a year. Librarian Ada Okafor said the branch lends 60,000 books a year.' },
  { origin: 'library-2.txt', source: { name: 'Valley Post' }, published: '2024-03-05', text:
    'Elm Street library to shut after Northfield council vote\n\nNorthfield councillors decided on Monday, by seven votes to two, to shut the Elm Street library branch this June. Ada Okafor, the branch librarian, called the decision a loss.' },
];

let cached: AnalyzedArticle[] | undefined;
/** Our ferry example, the grouping fixtures (two earthquakes, a football match) and two library reports. */
async function collection(): Promise<AnalyzedArticle[]> {
  if (cached) return cached;
  const drafts: Draft[] = [];
  for await (const d of readPaths([join(EXAMPLES, 'ferry')], [])) drafts.push(d);
  return (cached = [...drafts, ...LIBRARY].map((d) => pipeline.analyze(d)).concat(analysed(Object.keys(REPORTS) as ReportName[])));
}

/** Stories as "id: sorted member ids", sorted: equal when both the partition and the story ids are. */
async function storedStories(store: Store): Promise<string[]> {
  return (await store.getStories()).map((s) => `${s.id}: ${[...s.articles].sort().join(' ')}`).sort();
}

/** Commits the articles in runs (each a new regroup step, as a new process has) of batches of the given sizes. */
async function ingestInRuns(store: Store, articles: readonly AnalyzedArticle[], runs: readonly (readonly number[])[]): Promise<void> {
  let start = 0;
  for (const batches of runs) {
    const regroup = incrementalRegroup(story);
    for (const n of batches) { await store.commit({ articles: articles.slice(start, start + n), regroup }); start += n; }
  }
  assert.equal(start, articles.length);
}

/** A seeded shuffle (a linear congruential generator): the same order on every run. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

for (const [backend, open] of BACKENDS) test(`${backend}: the stories do not depend on the order of the articles nor on how they were split into batches and runs`, async () => {
  const articles = await collection();
  const reference = await open();
  await ingestInRuns(reference, articles, [[articles.length]]);
  const expected = await storedStories(reference);
  assert.ok(expected.length >= 4 && expected.length < articles.length, `several stories of several articles (${expected.length})`);
  await reference.close();
  const n = articles.length;
  const splits: Record<string, number[][]> = {
    'one batch': [[n]],
    'batches of 1': [Array.from({ length: n }, () => 1)],
    'three runs of different sizes': [[2], [3, 1], [n - 6]],
  };
  const orders: Record<string, AnalyzedArticle[]> = { forward: [...articles], reverse: [...articles].reverse(), shuffled: shuffled(articles, 7) };
  for (const [orderName, ordered] of Object.entries(orders)) for (const [splitName, runs] of Object.entries(splits)) {
    const store = await open();
    await ingestInRuns(store, ordered, runs);
    assert.deepEqual(await storedStories(store), expected, `${orderName}, ${splitName}`);
    await store.close();
  }
});

for (const [backend, open] of BACKENDS) test(`${backend}: a store-backed index gives the stories in-memory grouping gives`, async () => {
  const articles = await collection();
  const store = await open();
  await ingestInRuns(store, articles, [[3, 4], [articles.length - 7]]);
  const partition = (groups: readonly (readonly string[])[]) => groups.map((g) => [...g].sort().join(' ')).sort();
  const inMemory = groupArticles(articles, story.grouping, story.gazetteer()).map((g) => g.map((i) => articles[i]!.id));
  assert.deepEqual(partition((await store.getStories()).map((s) => s.articles)), partition(inMemory));
  await store.close();
});

/** The index state with a count of the articles whose profiles, links and best scores were read. */
function counting(state: IndexState, reads: { profiles: number; links: number; best: number }): IndexState {
  return new Proxy(state, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        if (key === 'profiles' || key === 'links' || key === 'best') reads[key] += (args[0] as readonly ArticleId[]).length;
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}

/** Short reports on unrelated made-up matters: each shares no key term with the others or the library reports. */
function fillers(count: number, offset: number): AnalyzedArticle[] {
  const syllables = ['ka', 'lo', 'mi', 'ru', 'te', 'vo', 'zi', 'ne', 'pa', 'su'];
  const word = (i: number, salt: number) => [0, 1, 2, 3].map((k) => syllables[Math.floor((i * 7919 + salt * 104729) / 10 ** k) % 10]).join('') + String.fromCharCode(97 + (salt % 26));
  return Array.from({ length: count }, (_, k) => {
    const i = k + offset;
    const words = Array.from({ length: 12 }, (_, w) => word(i, w + 1));
    return pipeline.analyze({ origin: `filler-${i}.txt`, source: { name: `Outlet ${i}` }, text: `${words.slice(0, 4).join(' ')}\n\n${words.join(' ')}.` });
  });
}

for (const [backend, open] of BACKENDS) test(`${backend}: adding one article reads its candidates and its region, not the store`, async () => {
  const [first, second] = LIBRARY.map((d) => pipeline.analyze(d));
  const readsWith = async (stored: number) => {
    const store = await open();
    await store.commit({ articles: [first!, ...fillers(stored, 0)], regroup: incrementalRegroup(story) });
    const reads = { profiles: 0, links: 0, best: 0, articles: 0 };
    const inner = incrementalRegroup(story);
    const regroup: Regroup = (ctx) => inner({
      ...ctx, index: counting(ctx.index, reads),
      articles: (ids) => { reads.articles += ids.length; return ctx.articles(ids); },
    });
    await store.commit({ articles: [second!], regroup });
    assert.equal((await store.counts()).stories, stored + 1, 'the second library report joins the first');
    await store.close();
    return reads;
  };
  const small = await readsWith(20), large = await readsWith(60);
  assert.deepEqual(large, small, 'the same reads whatever the store holds');
  assert.ok(small.profiles <= 1, `one candidate profile read (${small.profiles})`);
  assert.ok(small.articles <= 1, `only the stored article of the story it joins is read (${small.articles})`);
  assert.ok(small.links <= 4 && small.best <= 4, `the region's links and scores only (${JSON.stringify(small)})`);
});

function tempDb(): string {
  return join(mkdtempSync(join(tmpdir(), 'corroborate-index-')), 'store.db');
}

const indexRows = (path: string) => {
  const db = new Database(path, { readonly: true });
  try { return (db.prepare('SELECT article_id FROM index_articles ORDER BY position').pluck().all() as string[]); } finally { db.close(); }
};

test('corroborate regroup rebuilds the stories the ingests made; a rolled-back batch leaves no index rows', async () => {
  const articles = await collection();
  const path = tempDb();
  const store: SqliteStore = openSqliteStore(path);
  await ingestInRuns(store, articles.slice(0, -1), [[5, 2], [articles.length - 8]]);
  const inner = incrementalRegroup(story);
  await assert.rejects(store.commit({ articles: articles.slice(-1), regroup: async (ctx) => { await inner(ctx); throw new Error('crash after regrouping'); } }), /crash/);
  assert.deepEqual(new Set(indexRows(path)), new Set(articles.slice(0, -1).map((a) => a.id)), 'the rolled-back article left no index row');
  const before = await storedStories(store);
  const result = await store.rebuild(regroupAll(story));
  assert.deepEqual(await storedStories(store), before);
  // Bodies may be written again: a story built from stored analyses (no tokens, no syntax layer) can differ from one built from fresh ones.
  assert.deepEqual([result.storiesBefore, result.storiesAfter], [before.length, before.length]);
  assert.deepEqual(new Set(indexRows(path)), new Set(articles.slice(0, -1).map((a) => a.id)), 'the rebuilt index holds every stored article');
  await store.close();
});

for (const [backend, open] of BACKENDS) test(`${backend}: a store without index rows (made before the index) is indexed whole by its first regrouped batch; regroup rebuilds the same`, async () => {
  const articles = await collection();
  const store = await open();
  await store.commit({ articles: articles.slice(0, -2) });
  assert.equal((await store.counts()).stories, 0);
  await store.commit({ articles: articles.slice(-2), regroup: incrementalRegroup(story) });
  const reference = openSqliteStore(':memory:');
  await ingestInRuns(reference, articles, [[articles.length]]);
  assert.deepEqual(await storedStories(store), await storedStories(reference));
  const rebuilt = await store.rebuild(regroupAll(story));
  assert.equal(rebuilt.storiesAfter, rebuilt.storiesBefore);
  assert.deepEqual(await storedStories(store), await storedStories(reference));
  await Promise.all([store.close(), reference.close()]);
});
