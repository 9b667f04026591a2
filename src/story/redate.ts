import { eventDate } from '../analyze/events/dating.js';
import { withoutInheritedDate, withSameEventDates } from '../analyze/events/same-event.js';
import type { AnalyzedArticle, DateRef, Event, Span } from '../core/model.js';
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
    const own = withoutInheritedDate(e);
    const near = s && eventDate(e, s, candidates(a, s, own, dates));
    return near ? { ...own, date: near.value } : own;
  });
  return withSameEventDates(events, { text: a.text, sentences, segments: a.segments, dates: [...dates] });
}

/**
 * The refined dates an event may take: the one at the place of the date it chose (the parse chose it:
 * analyze/events/dating.ts), else only dates its article could not read before the story refined them;
 * a date it passed over belongs to another act and stays passed over.
 */
function candidates(a: Readonly<AnalyzedArticle>, s: Span, own: Readonly<Event>, dates: readonly DateRef[]): readonly DateRef[] {
  const before = (a.dates ?? []).filter((d) => d.start >= s.start && d.end <= s.end);
  const sameSpan = (d: DateRef) => (x: DateRef) => x.start === d.start && x.end === d.end;
  const chosen = own.date ? eventDate(own, s, before.filter((d) => d.value === own.date)) : undefined;
  if (chosen) return dates.filter(sameSpan(chosen));
  return dates.filter((d) => !before.some(sameSpan(d)));
}
