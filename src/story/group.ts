// Grouping a batch of analysed articles into stories: one StoryIndex batch (story/grouping/) over an
// in-memory index state, the same algorithm a store runs over its tables as articles arrive.
import type { AnalyzedArticle, ArticleId } from '../core/model.js';
import type { Gazetteer } from './entities/gazetteer.js';
import type { GroupingModel } from './grouping/model.js';
import { StoryIndex } from './grouping/story-index.js';
import { MemoryIndexState } from './grouping/index-state.js';

export { StoryIndex, type StoryChange } from './grouping/story-index.js';
export { MemoryIndexState, type IndexState } from './grouping/index-state.js';
export { loadGroupingModel, type GroupingModel } from './grouping/model.js';
export { loadCityGazetteer, type Gazetteer } from './entities/gazetteer.js';

/**
 * Indices of `articles` per story, each sorted, stories in order of their first article. Articles with
 * the same text (the same id) are one article to the index, so they share a story.
 */
export function groupArticles(articles: readonly Readonly<AnalyzedArticle>[], model: GroupingModel, gazetteer: Gazetteer): number[][] {
  const positions = new Map<ArticleId, number[]>();
  const unique: Readonly<AnalyzedArticle>[] = [];
  articles.forEach((a, i) => {
    const seen = positions.get(a.id);
    if (seen) seen.push(i);
    else { positions.set(a.id, [i]); unique.push(a); }
  });
  const state = new MemoryIndexState();
  new StoryIndex(model, gazetteer).addBatchSync(unique, state);
  return state.stories().map((ids) => ids.flatMap((id) => positions.get(id)!).sort((x, y) => x - y)).sort((x, y) => x[0]! - y[0]!);
}
