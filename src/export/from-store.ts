import type { ExportInput } from './types.js';
import type { StoryId } from '../core/model.js';
import type { Store } from '../store/types.js';

/** What the exporters read, from a store: every story and article, or one story's (undefined: no such story). */
export async function exportInput(store: Store, story?: StoryId): Promise<ExportInput | undefined> {
  const stories = story ? [await store.getStory(story)].filter((s) => s !== undefined) : await store.getStories();
  if (story && stories.length === 0) return undefined;
  const stored = story ? await store.getArticles(stories[0]!.articles) : await store.getArticles();
  return { stories, articles: stored.map((s) => s.article), added: new Map(stored.map((s) => [s.article.id, s.ingestedAt])) };
}
