import type { StoryPass } from '../pass.js';
import { readStory, sortLinks } from '../reading.js';
import { participantLinks } from './link-refs.js';
import { resolveStoryEntities } from './story-entities.js';

/**
 * The story's entities, and its links to them: first from every mention of story text, then from
 * quote speakers and event participants (which read the mentions' links). One pass, since the
 * mention links come out of resolution itself.
 */
export const entitiesPass: StoryPass<'entities' | 'links'> = {
  name: 'entities', requires: [], assigns: ['entities', 'links'],
  run(story, articles, ctx) {
    const { entities, links } = resolveStoryEntities(articles, story.id, ctx);
    const reading = readStory({ links });
    const participants = articles.flatMap((a) => participantLinks(a, entities, (m) => reading.entityId(a.id, m, 'mention'), ctx.countries));
    return { entities, links: sortLinks([...participants, ...links], story.articles) };
  },
};
