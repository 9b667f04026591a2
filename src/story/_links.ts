import type { AnalyzedArticle, EntityId, EntityLink, Span } from '../core/model.js';
import { readStory, type StoryReading } from './reading.js';

// For tests: fixtures written by hand name a span's story entity inline (an `entity` on a mention or
// a participant, as analyses carried before links moved to the story); these gather them into links.

type Named = Span & { entity?: EntityId };

/** The links the fixtures' inline `entity` fields stand for. */
export function linksOf(articles: readonly AnalyzedArticle[]): EntityLink[] {
  const links: EntityLink[] = [];
  for (const a of articles) {
    const add = (r: Named | undefined, kind: EntityLink['kind']) => { if (r?.entity) links.push({ article: a.id, start: r.start, end: r.end, kind, entity: r.entity }); };
    for (const m of a.mentions ?? []) add(m, 'mention');
    for (const q of a.quotes ?? []) add(q.speaker, 'participant');
    for (const e of a.events ?? []) for (const r of [e.actor, e.target, e.place]) add(r, 'participant');
  }
  return links;
}

/** A story reading of the fixtures' inline links. */
export const readingOf = (articles: readonly AnalyzedArticle[]): StoryReading => readStory({ links: linksOf(articles) });
