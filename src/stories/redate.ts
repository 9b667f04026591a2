import type { AnalyzedArticle, ArticleId, DateRef } from '../model.js';
import { itemAt } from './text.js';

/**
 * An article whose dates the story refined (its year or reference day came from the other reports)
 * gets them, and its events take the refined date nearest their trigger within the sentence, as
 * the events stage would have had it known.
 */
export function withRefinedDates(a: AnalyzedArticle, refined: ReadonlyMap<ArticleId, DateRef[]>): AnalyzedArticle {
  const dates = refined.get(a.id);
  if (!dates) return a;
  const sentences = a.sentences ?? [];
  const events = (a.events ?? []).map((e) => {
    const s = itemAt(sentences, e);
    if (!s) return e;
    const near = dates.filter((d) => d.start >= s.start && d.end <= s.end)
      .sort((x, y) => Math.abs(x.start - e.start) - Math.abs(y.start - e.start))[0];
    return near ? { ...e, date: near.value } : e;
  });
  return { ...a, dates, events };
}
