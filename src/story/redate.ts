import { eventDate } from '../analyze/events/dating.js';
import { withoutInheritedDate, withSameEventDates } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, DateRef, Event } from '../core/model.js';
import { itemAt } from '../core/spans.js';

/**
 * The article's events read against the dates its story refined for it (its year or reference day
 * came from the other reports): each takes the refined date by the events stage's own rule
 * (analyze/events/dating.ts), as it would have had it known, and a date inherited from another mention
 * of the same event is inherited again, from the refined dates, so that it cannot go stale.
 * Returns new event values for the story to compare; the article is left as it is.
 */
export function redatedEvents(a: Readonly<AnalyzedArticle>, dates: readonly DateRef[]): Event[] {
  const sentences = a.sentences ?? [];
  const events = (a.events ?? []).map((e) => {
    const s = itemAt(sentences, e);
    const near = s && eventDate(e, s, dates);
    const own = withoutInheritedDate(e);
    return near ? { ...own, date: near.value } : own;
  });
  return withSameEventDates(events, { text: a.text, sentences, segments: a.segments, dates: [...dates] });
}
