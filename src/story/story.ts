import { createHash } from 'node:crypto';
import { linkRefs } from './entities/link-refs.js';
import { resolveStoryEntities } from './entities/story-entities.js';
import type { AnalyzedArticle, Story, StoryId } from '../core/model.js';
import { refineStoryDates } from '../analyze/dates/index.js';
import { alignFacts } from './facts.js';
import { withStoryEventDates } from './event-dates.js';
import { frameSources } from './framing.js';
import { groupArticles } from './group.js';
import { withRefinedDates } from './redate.js';
import { buildTimeline } from './timeline.js';

export interface StoryResult {
  stories: Story[];
  /** The input articles, their mentions now pointing at story entities. */
  articles: AnalyzedArticle[];
}

/** Groups the articles and builds each Story: its articles and its entities. */
export function buildStories(articles: readonly AnalyzedArticle[]): StoryResult {
  const updated = new Map<string, AnalyzedArticle>();
  const stories = groupArticles(articles).map((members): Story => {
    const built = buildStory(members.map((i) => articles[i]!));
    for (const a of built.articles) updated.set(a.id, a);
    return built.story;
  });
  stories.sort((a, b) => b.articles.length - a.articles.length || a.id.localeCompare(b.id));
  return { stories, articles: articles.map((a) => updated.get(a.id) ?? a) };
}

/** One story from the articles grouped into it: its entities, facts, timeline and framing. */
export function buildStory(members: readonly AnalyzedArticle[]): { story: Story; articles: AnalyzedArticle[] } {
  const undated = [...members].sort(byDate);
  // Years and reference days an article lacks come from its story's other reports.
  const refined = refineStoryDates(undated);
  const group = undated.map((a) => withRefinedDates(a, refined));
  const id = storyId(group.map((a) => a.id));
  const { entities, mentions } = resolveStoryEntities(group, id);
  // Once participants point at story entities, an event one report dates dates its undated mentions in the others.
  const resolved = withStoryEventDates(group.map((a) => linkRefs({ ...a, mentions: mentions.get(a.id) ?? [] }, entities)), entities);
  const facts = alignFacts(resolved, entities, id);
  const story: Story = {
    id, title: storyTitle(group, entities.map((e) => e.name)), articles: group.map((a) => a.id), entities,
    facts, timeline: buildTimeline(facts), framing: frameSources(resolved, entities, facts),
  };
  return { story, articles: resolved };
}

export function storyId(articleIds: readonly string[]): StoryId {
  return `S${createHash('sha256').update([...articleIds].sort().join(',')).digest('hex').slice(0, 10)}` as StoryId;
}

function byDate(a: AnalyzedArticle, b: AnalyzedArticle): number {
  return (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.origin.localeCompare(b.origin);
}

/** The shortest article title in the group, else its three main names. */
function storyTitle(group: readonly AnalyzedArticle[], names: readonly string[]): string {
  const titles = group.map((a) => a.title).filter((t): t is string => !!t).sort((a, b) => a.length - b.length);
  return titles[0] ?? (names.slice(0, 3).join(', ') || 'Untitled story');
}
