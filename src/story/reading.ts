import type { AnalyzedArticle, ArticleId, DateRef, Entity, EntityId, EntityLink, Event, LinkKind, Span, Story, StoryDate, StoryEventDate } from '../core/model.js';
import { pushTo } from '../core/_util.js';

// How passes and consumers read an article as its story sees it: the story's layers are standoff
// records pointing at article spans (Story.links, Story.dates, Story.eventDates); this is the one
// place that looks them up, so no one needs a rewritten copy of an article.

/** The story layers a reading needs: any of them may still be missing while passes run. */
export type StoryLayers = Partial<Pick<Story, 'entities' | 'links' | 'dates' | 'eventDates'>>;

export interface StoryReading {
  /** The id of the story entity linked at exactly this span of the article. */
  entityId(article: ArticleId, span: Span | undefined, kind: LinkKind): EntityId | undefined;
  /** The story entity linked at exactly this span of the article. */
  entity(article: ArticleId, span: Span | undefined, kind: LinkKind): Entity | undefined;
  /** A participant's country: its own (a sector actor's), else its linked entity's. */
  country(article: ArticleId, ref: { start: number; end: number; country?: string } | undefined): string | undefined;
  /** The article's dates as the story reads them. */
  dates(article: Readonly<AnalyzedArticle>): readonly DateRef[];
  /** The event's date (and why, when its sentence does not state it) as the story reads it. */
  eventDate(article: ArticleId, event: Readonly<Event>): { date?: string; dateBasis?: string };
}

const spanKey = (article: ArticleId, s: Span, kind?: LinkKind) => `${article}|${s.start}|${s.end}${kind ? `|${kind}` : ''}`;

export function readStory(layers: StoryLayers): StoryReading {
  const links = new Map<string, EntityId>();
  for (const l of layers.links ?? []) links.set(spanKey(l.article, l, l.kind), l.entity);
  const byId = new Map((layers.entities ?? []).map((e) => [e.id, e]));
  const dates = new Map<ArticleId, StoryDate[]>();
  for (const d of layers.dates ?? []) pushTo(dates, d.article, d);
  const eventDates = new Map<string, StoryEventDate>();
  for (const d of layers.eventDates ?? []) eventDates.set(spanKey(d.article, d), d);

  const entityId = (article: ArticleId, span: Span | undefined, kind: LinkKind) => (span ? links.get(spanKey(article, span, kind)) : undefined);
  const entity = (article: ArticleId, span: Span | undefined, kind: LinkKind) => {
    const id = entityId(article, span, kind);
    return id ? byId.get(id) : undefined;
  };
  return {
    entityId,
    entity,
    country: (article, ref) => ref?.country ?? entity(article, ref, 'participant')?.country,
    dates: (a) => dates.get(a.id)?.map(({ article: _, ...d }) => d) ?? a.dates ?? [],
    eventDate(article, event) {
      const own = eventDates.get(spanKey(article, event)) ?? event;
      const out: { date?: string; dateBasis?: string } = {};
      if (own.date) out.date = own.date;
      if (own.dateBasis) out.dateBasis = own.dateBasis;
      return out;
    },
  };
}

/** Links in the order Story.links keeps: participants first, then mentions; each by article (in `order`), then by position. */
export function sortLinks(links: EntityLink[], order: readonly ArticleId[]): EntityLink[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const kinds: Record<LinkKind, number> = { participant: 0, mention: 1 };
  return links.sort((x, y) => kinds[x.kind] - kinds[y.kind] || (rank.get(x.article) ?? 0) - (rank.get(y.article) ?? 0) || x.start - y.start || x.end - y.end);
}
