import type { AnalyzedArticle, ArticleId, Story, StoryId } from '../core/model.js';
import type { StoryContext } from '../story/context.js';
import { StoryIndex } from '../story/group.js';
import { buildStories, buildStory } from '../story/story.js';
import type { Regroup, RegroupContext, StoryUpdate } from '../store/types.js';

// A regroup writes stories only: the stored articles are read, never rewritten (a story's links and
// dates are its own layers).

/** Regroups every stored article from scratch: the reference the incremental step is checked against. */
export function regroupAll(story: StoryContext): Regroup {
  return (ctx) => {
    const stories = buildStories(ctx.all(), story);
    const kept = new Set<string>(stories.map((s) => s.id));
    return { stories, removed: ctx.storyIds().filter((id) => !kept.has(id)) };
  };
}

/**
 * The incremental regroup step: a StoryIndex of the stored articles, kept between batches, takes each
 * new article (it joins a story, founds one, or lets two merge), and only the stories the batch
 * touched are built again. The index follows the store: when the store holds articles it has not
 * seen (another process ingested, or this is the first batch), it reads them in stored order; when
 * the store is not what it saw (a batch rolled back), it starts over. One step per store and process.
 */
export function incrementalRegroup(story: StoryContext): Regroup {
  let index: StoryIndex | undefined;
  let order: ArticleId[] = [];
  return (ctx) => {
    const stored = ctx.articleIds();
    if (!index || order.length > stored.length || order.some((id, i) => stored[i] !== id)) {
      index = new StoryIndex(story.grouping, story.gazetteer());
      order = [];
    }
    const fresh = new Map(ctx.added.map((a) => [a.id, a]));
    const unseen = stored.slice(order.length).filter((id) => !fresh.has(id));
    for (const a of ctx.articles(unseen)) { index.add(a); order.push(a.id); }
    // The batch's articles in stored order: the order every process's index reads them in.
    const touched = new Set<number>();
    for (const id of stored.slice(order.length)) {
      const a = fresh.get(id);
      if (!a) continue;
      index.add(a);
      order.push(id);
      const change = index.lastChange!;
      for (const story of change.changed) touched.add(story);
      // A story merged away by a later article of the batch is gone; its articles are in a changed one.
      for (const story of change.removed) touched.delete(story);
    }
    return rebuild(ctx, story, index, order, fresh, touched);
  };
}

/**
 * Builds the touched stories again. A stored story that shares an article with one of them is
 * replaced whole, so its other articles' stories are built too (until no stored story is split):
 * every stored article stays in exactly one story.
 */
function rebuild(ctx: RegroupContext, story: StoryContext, index: StoryIndex, order: readonly ArticleId[], fresh: ReadonlyMap<ArticleId, AnalyzedArticle>, touched: Set<number>): StoryUpdate {
  const position = new Map(order.map((id, i) => [id, i]));
  const oldStories = new Set<StoryId>();
  for (let grew = true; grew;) {
    grew = false;
    const ids = [...touched].flatMap((s) => index.members(s).map((p) => order[p]!));
    const stories = [...new Set(ctx.storiesOf(ids).values())].filter((s) => !oldStories.has(s));
    for (const s of stories) oldStories.add(s);
    for (const members of ctx.membersOf(stories).values()) for (const id of members) {
      const p = position.get(id);
      if (p === undefined) continue;
      const story = index.storyOf(p);
      if (!touched.has(story)) { touched.add(story); grew = true; }
    }
  }
  const memberIds = [...touched].map((s) => index.members(s).map((p) => order[p]!));
  const storedNeeded = memberIds.flat().filter((id) => !fresh.has(id));
  const storedArticles = new Map(ctx.articles(storedNeeded).map((a) => [a.id, a]));
  const stories: Story[] = memberIds.map((ids) => buildStory(ids.map((id) => fresh.get(id) ?? storedArticles.get(id)!), story));
  const kept = new Set<StoryId>(stories.map((s) => s.id));
  return { stories, removed: [...oldStories].filter((id) => !kept.has(id)) };
}
