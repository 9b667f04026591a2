import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../../core/model.js';
import { groupArticles } from '../group.js';
import { analysed, type ReportName } from './_fixtures.js';
import { loadGroupingModel } from './model.js';
import { loadCityGazetteer } from '../entities/gazetteer.js';
import { StoryIndex } from './story-index.js';
import { MemoryIndexState } from './index-state.js';

const model = loadGroupingModel();
const gazetteer = loadCityGazetteer();

/** Stories as sorted lists of article origins ("velmora1.txt"), sorted: comparable whatever the order of adding. */
function partition(articles: readonly AnalyzedArticle[], groups: readonly (readonly number[])[]): string[][] {
  return groups.map((g) => g.map((i) => articles[i]!.origin).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

test('reports of the same earthquake form one story', () => {
  const articles = analysed(['velmora1', 'velmora2', 'velmora3']);
  assert.deepEqual(partition(articles, groupArticles(articles, model, gazetteer)), [['velmora1.txt', 'velmora2.txt', 'velmora3.txt']]);
});

test('a similar but different earthquake is a story of its own', () => {
  const articles = analysed(['velmora1', 'dunmore1', 'velmora2', 'dunmore2', 'velmora3']);
  assert.deepEqual(partition(articles, groupArticles(articles, model, gazetteer)), [
    ['dunmore1.txt', 'dunmore2.txt'],
    ['velmora1.txt', 'velmora2.txt', 'velmora3.txt'],
  ]);
});

test('two single reports of different earthquakes stay apart', () => {
  const articles = analysed(['velmora2', 'dunmore1']);
  assert.equal(groupArticles(articles, model, gazetteer).length, 2);
});

/** Adds the articles to one in-memory index, in batches of the given sizes; returns the stories as sorted origins. */
function inBatches(articles: readonly AnalyzedArticle[], sizes: readonly number[]): string[][] {
  const state = new MemoryIndexState();
  const index = new StoryIndex(model, gazetteer);
  let start = 0;
  for (const n of sizes) { index.addBatchSync(articles.slice(start, start + n), state); start += n; }
  const origin = new Map(articles.map((a) => [a.id as string, a.origin]));
  return state.stories().map((ids) => ids.map((id) => origin.get(id)!).sort()).sort((a, b) => a[0]!.localeCompare(b[0]!));
}

test('adding in batches of any size, in any order, gives the one-batch result', () => {
  const names: ReportName[] = ['velmora1', 'dunmore1', 'football', 'velmora2', 'dunmore2', 'velmora3'];
  const articles = analysed(names);
  const batch = partition(articles, groupArticles(articles, model, gazetteer));
  assert.deepEqual(batch, [['dunmore1.txt', 'dunmore2.txt'], ['football.txt'], ['velmora1.txt', 'velmora2.txt', 'velmora3.txt']]);
  for (const order of [[5, 4, 3, 2, 1, 0], [2, 0, 4, 1, 5, 3]]) {
    const added = order.map((i) => articles[i]!);
    for (const sizes of [[6], [1, 1, 1, 1, 1, 1], [2, 3, 1]]) assert.deepEqual(inBatches(added, sizes), batch, `order ${order.join(',')}, batches ${sizes.join(',')}`);
  }
});

test('a batch says which stories it wrote and which it removed', () => {
  const [v1, d1, v2] = analysed(['velmora1', 'dunmore1', 'velmora2']);
  const state = new MemoryIndexState();
  const index = new StoryIndex(model, gazetteer);
  const first = index.addBatchSync([v1!, d1!], state);
  assert.equal(first.stories.size, 2, 'two different events found two stories');
  assert.deepEqual(first.removed, []);
  const second = index.addBatchSync([v2!], state);
  assert.deepEqual([...second.stories.values()].map((m) => [...m].sort()), [[v1!.id, v2!.id].sort()], 'the second report joins the first; the other story is untouched');
  assert.deepEqual(second.removed, [[...first.stories].find(([, m]) => m.includes(v1!.id))![0]], 'the story it grew is written anew, under its new id');
});

test('an article without text founds its own story', () => {
  const [v1] = analysed(['velmora1']);
  const empty: AnalyzedArticle = { ...v1!, id: 'empty' as AnalyzedArticle['id'], text: '', segments: [], mentions: [], dates: [], events: [] };
  assert.deepEqual(groupArticles([v1!, empty], model, gazetteer), [[0], [1]]);
});
