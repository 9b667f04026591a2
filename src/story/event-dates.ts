import { dateOfOwnClause } from '../analyze/events/dating.js';
import { datesFromSameEvent, REPORT_KINDS, withoutInheritedDate, withSameEventDates, wordsNear, type EventMention } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, Entity, Event } from '../core/model.js';
import { partyResolver } from './parties.js';
import { itemAt, segmentAt } from './text.js';

// Reports of one story date the same event in some articles and not in others ("Hamas' attack on
// Israel" in one, "the attack carried out on October 7" in the next). Once participants point at
// story entities, an undated mention takes the date its dated namesakes in the story agree on, by
// the rule of ../events/same-event.ts, with the parties compared as the story's facts compare them.

/**
 * The story's articles, each undated event that another mention in the story dates now dated, its
 * `dateBasis` naming the mention. Call it after `linkRefs`, with the story's entities.
 */
export function withStoryEventDates<A extends AnalyzedArticle>(given: readonly A[], entities: readonly Entity[]): A[] {
  // Dates inherited before (a stored article regrouped into a new story) are derived again, so
  // none outlives the mention that lent it: the article's own first, then the story's.
  const articles = given.map(reinheritWithinArticle);
  const party = partyResolver(entities);
  const mentions: EventMention[] = [];
  const owners: { article: number; event: number }[] = [];
  articles.forEach((a, i) => (a.events ?? []).forEach((event, j) => {
    if (!REPORT_KINDS.has(segmentAt(a.segments, event)?.kind ?? '')) return;
    const sentence = itemAt(a.sentences ?? [], event);
    const mention: EventMention = {
      event, actor: party(event.actor).key, target: party(event.target).key,
      near: wordsNear(a.text, sentence, event), where: `article ${a.id}`,
    };
    if (a.published) mention.notAfter = a.published;
    const own = dateOfOwnClause(a.text, sentence, event, a.dates ?? []);
    if (own) mention.ownDate = own;
    mentions.push(mention);
    owners.push({ article: i, event: j });
  }));
  const inherited = datesFromSameEvent(mentions);
  const updates = new Map<number, Map<number, Event>>();
  inherited.forEach((got, k) => {
    if (!got) return;
    const { article, event } = owners[k]!;
    const dated = { ...mentions[k]!.event, date: got.date, dateBasis: got.basis };
    updates.set(article, (updates.get(article) ?? new Map()).set(event, dated));
  });
  return articles.map((a, i) => {
    const changed = updates.get(i);
    return changed ? { ...a, events: a.events!.map((e, j) => changed.get(j) ?? e) } : a;
  });
}

/** The article with every inherited event date dropped and those its own mentions lend derived again. */
function reinheritWithinArticle<A extends AnalyzedArticle>(a: A): A {
  if (!(a.events ?? []).some((e) => e.dateBasis)) return a;
  return { ...a, events: withSameEventDates(a.events!.map(withoutInheritedDate), { text: a.text, sentences: a.sentences ?? [], segments: a.segments, dates: a.dates ?? [] }) };
}
