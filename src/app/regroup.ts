import type { AnalyzedArticle, ArticleId, Story, StoryId } from '../core/model.js';
import { withMemo, type StoryContext } from '../story/context.js';
import { StoryIndex, type StoryChange } from '../story/group.js';
import { buildStory } from '../story/story.js';
import type { Regroup, RegroupContext, StoryUpdate } from '../store/types.js';

// A regroup writes stories only: the stored articles are read, never rewritten (a story's links and
// dates are its own layers). The story index lives in the store (its tables, inside the batch's
// transaction), so a step reads only the batch's candidates and region, in any process.

/**
 * The incremental regroup step: the batch's articles go into the store's story index, and only the
 * stories it changed are built again. A store whose index lacks articles stored before the batch (a
 * store made before the index existed) is indexed whole first: its first batch regroups everything.
 */
export function incrementalRegroup(given: StoryContext): Regroup {
  let index: StoryIndex | undefined;
  // The store's articles are content-addressed: what a pass computed for them holds in later batches.
  const story = given.memo ? given : withMemo(given);
  return async (ctx) => {
    index ??= new StoryIndex(story.grouping, story.gazetteer());
    if (!ctx.indexComplete) return rebuildAll(ctx, index, story);
    return buildChanged(ctx, await index.addBatch(ctx.added, ctx.index), story);
  };
}

/** Recomputes the whole index and every story from the stored analyses, in store order (`corroborate regroup`). */
export function regroupAll(story: StoryContext): Regroup {
  let index: StoryIndex | undefined;
  return (ctx) => rebuildAll(ctx, (index ??= new StoryIndex(story.grouping, story.gazetteer())), story);
}

async function rebuildAll(ctx: RegroupContext, index: StoryIndex, story: StoryContext): Promise<StoryUpdate> {
  await ctx.index.clear();
  const ids = await ctx.articleIds();
  // One batch, so that every component is regrouped once.
  const change = await index.addBatch(await ctx.articles(ids), ctx.index);
  const update = await buildChanged(ctx, change, story);
  const kept = new Set<StoryId>(update.stories.map((s) => s.id));
  return { stories: update.stories, removed: (await ctx.storyIds()).filter((id) => !kept.has(id)) };
}

/** Builds the stories the index wrote, from the batch's articles and the stored ones they need. */
async function buildChanged(ctx: RegroupContext, change: StoryChange, story: StoryContext): Promise<StoryUpdate> {
  const fresh = new Map(ctx.added.map((a) => [a.id, a]));
  const stored = [...new Set([...change.stories.values()].flat())].filter((id) => !fresh.has(id));
  const read = new Map<ArticleId, AnalyzedArticle>((await ctx.articles(stored)).map((a) => [a.id, a]));
  const stories: Story[] = [...change.stories.values()].map((members) => buildStory(members.map((id) => fresh.get(id) ?? read.get(id)!), story));
  return { stories, removed: change.removed };
}
