import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalyzedArticle } from '../../core/model.js';
import { groupArticles } from '../group.js';
import { analysed, type ReportName } from './_fixtures.js';
import { loadGroupingModel } from './model.js';
import { loadCityGazetteer } from '../entities/gazetteer.js';
import { StoryIndex } from './story-index.js';

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

test('adding one at a time, in any order, gives the batch result', () => {
  const names: ReportName[] = ['velmora1', 'dunmore1', 'football', 'velmora2', 'dunmore2', 'velmora3'];
  const articles = analysed(names);
  const batch = partition(articles, groupArticles(articles, model, gazetteer));
  assert.deepEqual(batch, [['dunmore1.txt', 'dunmore2.txt'], ['football.txt'], ['velmora1.txt', 'velmora2.txt', 'velmora3.txt']]);
  for (const order of [[5, 4, 3, 2, 1, 0], [2, 0, 4, 1, 5, 3]]) {
    const index = new StoryIndex(model, gazetteer);
    const added = order.map((i) => articles[i]!);
    for (const a of added) index.add(a);
    assert.deepEqual(partition(added, index.stories()), batch, `order ${order.join(',')}`);
  }
});

test('add returns the story each article joins and says what changed', () => {
  const [v1, d1, v2] = analysed(['velmora1', 'dunmore1', 'velmora2']);
  const index = new StoryIndex(model, gazetteer);
  const first = index.add(v1!);
  assert.deepEqual(index.lastChange, { story: first, changed: [first], removed: [] });
  const second = index.add(d1!);
  assert.notEqual(second, first, 'a different event founds a story');
  const third = index.add(v2!);
  assert.equal(third, first, 'a second report joins the first');
  assert.deepEqual(index.lastChange, { story: first, changed: [first], removed: [] });
  assert.equal(index.size, 3);
  assert.equal(index.storyOf(1), second);
  assert.deepEqual(index.stories(), [[0, 2], [1]]);
});

test('an article without text founds its own story', () => {
  const [v1] = analysed(['velmora1']);
  const empty: AnalyzedArticle = { ...v1!, id: 'empty' as AnalyzedArticle['id'], text: '', segments: [], mentions: [], dates: [], events: [] };
  const index = new StoryIndex(model, gazetteer);
  index.add(v1!);
  index.add(empty);
  assert.deepEqual(index.stories(), [[0], [1]]);
});
