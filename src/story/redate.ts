import { withoutInheritedDate, withSameEventDates } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, ArticleId, DateRef } from '../core/model.js';
import { itemAt } from './text.js';

/**
 * An article whose dates the story refined (its year or reference day came from the other reports)
 * gets them, and its events take the refined date nearest their trigger within the sentence, as
 * the events stage would have had it known. A date an event inherited from another mention of the
 * same event is inherited again, from the refined dates, so that it cannot go stale.
 */
export function withRefinedDates(a: AnalyzedArticle, refined: ReadonlyMap<ArticleId, DateRef[]>): AnalyzedArticle {
  const dates = refined.get(a.id);
  if (!dates) return a;
  const sentences = a.sentences ?? [];
  const events = (a.events ?? []).map((e) => {
    const s = itemAt(sentences, e);
    const near = s && dates.filter((d) => d.start >= s.start && d.end <= s.end)
      .sort((x, y) => Math.abs(x.start - e.start) - Math.abs(y.start - e.start))[0];
    const own = withoutInheritedDate(e);
    return near ? { ...own, date: near.value } : own;
  });
  return { ...a, dates, events: withSameEventDates(events, { text: a.text, sentences, segments: a.segments, dates }) };
}
