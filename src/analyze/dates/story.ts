import type { AnalyzedArticle, ArticleId, DateRef } from '../../core/model.js';
import { reporter } from '../../core/report.js';
import { compareDays, formatDay } from './calendar.js';
import { extractDates } from './extract.js';
import { articleReference, datedSentences, type Reference } from './reference.js';

/**
 * Dates of a story's articles that have no reference day of their own (no publication date, and
 * nothing in the text to infer one), read against the story's: the earliest publication date or
 * inferred reference among its other articles that is not before the article's own latest full
 * date (undated rewrites follow the first reports). Returns the new dates of the articles it
 * could refine, by id; the others keep theirs. Pure: call it with one story's articles.
 */
export function refineStoryDates(articles: readonly AnalyzedArticle[]): Map<ArticleId, DateRef[]> {
  const own = new Map<ArticleId, Reference | undefined>();
  for (const a of articles) if (a.sentences) own.set(a.id, articleReference(a, datedSentences(a, a.sentences)));
  const anchors = articles
    .flatMap((a) => {
      const r = own.get(a.id);
      return r && (r.source === 'published' || r.source === 'inferred') ? [{ article: a.id, ref: r }] : [];
    })
    .sort((x, y) => compareDays(x.ref.day, y.ref.day) || x.article.localeCompare(y.article));

  const refined = new Map<ArticleId, DateRef[]>();
  for (const a of articles) {
    if (!a.sentences || !own.has(a.id)) continue;
    const mine = own.get(a.id);
    if (mine && mine.source !== 'year') continue;
    const anchor = anchors.find((x) => x.article !== a.id && (!mine || compareDays(x.ref.day, mine.day) >= 0));
    if (!anchor) continue;
    const what = anchor.ref.source === 'published' ? 'publication date' : 'inferred reference';
    const reference: Reference = {
      day: anchor.ref.day,
      source: 'story',
      basis: `story reference ${formatDay(anchor.ref.day)} (the ${what} of article ${anchor.article})`,
    };
    // The article's own diagnostics already say what it could not resolve alone; these are not kept.
    refined.set(a.id, extractDates(a, a.sentences, reporter([], 'dates'), a.mentions ? { reference, mentions: a.mentions } : { reference }));
  }
  return refined;
}
