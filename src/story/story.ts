import type { AnalyzedArticle, Story } from '../core/model.js';
import { storyId } from '../core/ids.js';
import type { StoryContext } from './context.js';
import { groupArticles } from './group.js';
import { STORY_PASSES } from './index.js';
import { runStoryPasses, type StoryPass } from './pass.js';

/** Groups the articles and builds each Story. The articles are read, never changed. */
export function buildStories(articles: readonly Readonly<AnalyzedArticle>[], ctx: StoryContext, passes: readonly StoryPass[] = STORY_PASSES): Story[] {
  const builder = storyBuilder(ctx, passes);
  for (const a of articles) builder.add(a);
  return builder.build();
}

/**
 * buildStories as articles arrive: they are grouped together once the last is in (the stories do not
 * depend on their order), then the story passes run.
 */
export function storyBuilder(ctx: StoryContext, passes: readonly StoryPass[] = STORY_PASSES) {
  const articles: Readonly<AnalyzedArticle>[] = [];
  return {
    add(article: Readonly<AnalyzedArticle>): void {
      articles.push(article);
    },
    build(): Story[] {
      const groups = groupArticles(articles, ctx.grouping, ctx.gazetteer());
      const stories = groups.map((members) => buildStory(members.map((i) => articles[i]!), ctx, passes));
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

export { storyId };

function byDate(a: Readonly<AnalyzedArticle>, b: Readonly<AnalyzedArticle>): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.origin.localeCompare(b.origin);
}
