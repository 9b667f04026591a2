import { withoutInheritedDate, withSameEventDates } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, DateRef, Event } from '../core/model.js';
import { itemAt } from './text.js';

/**
 * The article's events read against the dates its story refined for it (its year or reference day
 * came from the other reports): each takes the refined date nearest its trigger within the
 * sentence, as the events stage would have had it known, and a date inherited from another mention
 * of the same event is inherited again, from the refined dates, so that it cannot go stale.
 * Returns new event values for the story to compare; the article is left as it is.
 */
export function redatedEvents(a: Readonly<AnalyzedArticle>, dates: readonly DateRef[]): Event[] {
  const sentences = a.sentences ?? [];
  const events = (a.events ?? []).map((e) => {
    const s = itemAt(sentences, e);
    const near = s && dates.filter((d) => d.start >= s.start && d.end <= s.end)
      .sort((x, y) => Math.abs(x.start - e.start) - Math.abs(y.start - e.start))[0];
    const own = withoutInheritedDate(e);
    return near ? { ...own, date: near.value } : own;
  });
  return withSameEventDates(events, { text: a.text, sentences, segments: a.segments, dates: [...dates] });
}
