import type { ActorNetwork, AnalyzedArticle, ArgRef, ArticleId, NetworkEdge, NetworkNode, OneSidedAction, Story } from '../core/model.js';
import type { StoryPass } from './pass.js';
import { readStory } from './reading.js';

// Who did what to whom in a story: its articles' events folded into a graph. Actors and targets are
// the story's entities where the event resolved them, else the words that name them (a sector such
// as "police"). Pure: the story and its articles in, the graph out.

/** Most nodes drawn: the most involved are kept. */
export const MAX_NODES = 30;

export function actorNetwork(story: Pick<Story, 'articles' | 'entities' | 'links'>, articles: readonly AnalyzedArticle[]): ActorNetwork {
  const reading = readStory(story);
  const members = new Set<string>(story.articles);
  const nodes = new Map<string, NetworkNode>();
  const edges = new Map<string, NetworkEdge>();
  const oneSided = new Map<string, OneSidedAction>();

  const nodeOf = (article: ArticleId, arg: ArgRef | undefined): NetworkNode | undefined => {
    if (!arg) return undefined;
    const entity = reading.entity(article, arg, 'participant');
    const label = arg.text.replace(/\s+/g, ' ').trim();
    if (!entity && !label) return undefined;
    const id = entity ? entity.id : `words:${label.toLowerCase()}`;
    let node = nodes.get(id);
    if (!node) {
      node = entity ? { id, name: entity.name, type: entity.type, events: 0 } : { id, name: label, events: 0 };
      nodes.set(id, node);
    }
    node.events++;
    return node;
  };

  for (const article of articles) {
    if (!members.has(article.id)) continue;
    for (const event of article.events ?? []) {
      // an inferred actor (Event.actorBasis) is not what the report says: no edge from it
      const actor = event.actorBasis ? undefined : nodeOf(article.id, event.actor), target = nodeOf(article.id, event.target);
      if (actor && target && actor !== target) {
        const key = `${actor.id}\u0000${target.id}\u0000${event.type}`;
        let edge = edges.get(key);
        if (!edge) {
          edge = { source: actor.id, target: target.id, type: event.type, count: 0, negated: 0, hedged: 0, articles: [], triggers: [] };
          edges.set(key, edge);
        }
        edge.count++;
        if (event.negated) edge.negated++;
        if (event.hedged) edge.hedged++;
        if (!edge.articles.includes(article.id)) edge.articles.push(article.id);
        if (edge.triggers.length < 3) edge.triggers.push({ article: article.id, start: event.start, end: event.end, text: event.text });
      } else {
        const [node, role] = actor ? [actor, 'actor' as const] : target ? [target, 'target' as const] : [undefined, undefined];
        if (!node || !role) continue;
        const key = `${node.id}\u0000${role}\u0000${event.type}`;
        const action = oneSided.get(key) ?? { node: node.id, role, type: event.type, count: 0 };
        action.count++;
        oneSided.set(key, action);
      }
    }
  }

  const kept = [...nodes.values()].sort((a, b) => b.events - a.events || a.name.localeCompare(b.name)).slice(0, MAX_NODES);
  const keptIds = new Set(kept.map((n) => n.id));
  return {
    nodes: kept,
    edges: [...edges.values()].filter((e) => keptIds.has(e.source) && keptIds.has(e.target)).sort((a, b) => b.count - a.count),
    oneSided: [...oneSided.values()].filter((a) => keptIds.has(a.node)).sort((a, b) => b.count - a.count),
  };
}

/** The actor network as a story layer: built once with the story, so the API and UI only read it. */
export const networkPass: StoryPass<'network'> = {
  name: 'network', requires: ['entities', 'links'], assigns: ['network'],
  run: (story, articles) => ({ network: actorNetwork({ articles: story.articles, entities: story.entities!, links: story.links! }, articles) }),
};
