import { createHash } from 'node:crypto';
import type { AnalyzedArticle, Story, StoryId } from '../core/model.js';
import type { StoryContext } from './context.js';
import { StoryIndex } from './group.js';
import { STORY_PASSES } from './index.js';
import { runStoryPasses, type StoryPass } from './pass.js';

/** Groups the articles and builds each Story. The articles are read, never changed. */
export function buildStories(articles: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext, passes: readonly StoryPass[] = STORY_PASSES): Story[] {
  const builder = storyBuilder(ctx, passes);
  for (const a of articles) builder.add(a);
  return builder.build();
}

/**
 * buildStories as articles arrive: each is grouped when added (grouping is incremental, in input
 * order), the story passes run at the end. Analysis on worker threads feeds it, so grouping overlaps
 * the analysis of later articles instead of waiting for the last one.
 */
export function storyBuilder(ctx: StoryContext, passes: readonly StoryPass[] = STORY_PASSES) {
  const articles: Readonly<AnalyzedArticle>[] = [];
  const index = new StoryIndex(ctx.grouping, ctx.gazetteer());
  return {
    add(article: Readonly<AnalyzedArticle>): void {
      articles.push(article);
      index.add(article);
    },
    build(): Story[] {
      const stories = index.stories().map((members) => buildStory(members.map((i) => articles[i]!), ctx, passes));
      return stories.sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
    },
  };
}

/** One story from the articles grouped into it: the story passes run over them, earliest report first. */
export function buildStory(members: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext, passes: readonly StoryPass[] = STORY_PASSES): Story {
  const ordered = [...members].sort(byDate);
  const articles = ordered.map((a) => a.id);
  return runStoryPasses({ id: storyId(articles), articles }, ordered, passes, ctx);
}

export function storyId(articleIds: readonly string[]): StoryId {
  return `S${createHash('sha256').update([...articleIds].sort().join(',')).digest('hex').slice(0, 10)}` as StoryId;
}

function byDate(a: Readonly<AnalyzedArticle>, b: Readonly<AnalyzedArticle>): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.origin.localeCompare(b.origin);
}
