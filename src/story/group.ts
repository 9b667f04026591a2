// Grouping a batch of analysed articles into stories: each article is added in turn to a StoryIndex
// (story/grouping/), the same incremental grouping a store uses as articles arrive.
import type { AnalyzedArticle } from '../core/model.js';
import type { Gazetteer } from './entities/gazetteer.js';
import type { GroupingModel } from './grouping/model.js';
import { StoryIndex } from './grouping/story-index.js';

export { StoryIndex, type StoryChange } from './grouping/story-index.js';
export { loadGroupingModel, type GroupingModel } from './grouping/model.js';
export { loadCityGazetteer, type Gazetteer } from './entities/gazetteer.js';

/** Indices of `articles` per story, each sorted, stories in order of their first article. */
export function groupArticles(articles: readonly Readonly<AnalyzedArticle>[], model: GroupingModel, gazetteer: Gazetteer): number[][] {
  const index = new StoryIndex(model, gazetteer);
  for (const a of articles) index.add(a);
  return index.stories();
}
