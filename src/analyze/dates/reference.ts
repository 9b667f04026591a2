import type { Article, Sentence } from '../../core/model.js';
import { addDays, compareDays, formatDay, parseIsoDay, weekdayOf, type Day } from './calendar.js';
import { proposeWithChrono } from './chrono.js';
import { proposalDay, type DateProposal } from './proposals.js';
import { CLAIM_KINDS } from '../../core/kinds.js';

/**
 * The day that dates without a year, weekdays and "yesterday" are read against, and where it came from:
 * - published: the article's publication date
 * - inferred: the text's own evidence (a caption's full date plus the weekdays of the report)
 * - story: another article of the same story (see refineStoryDates)
 * - year: only a full date the text mentions; it gives years to "October 26", never a weekday
 */
export interface Reference {
  day: Day;
  source: 'published' | 'inferred' | 'story' | 'year';
  /** How a DateRef's basis names it: 'published 2023-10-27', 'reference 2023-10-27 inferred from ...'. */
  basis: string;
}

/** Where a sentence sits: captions describe a picture, so their dates neither anchor nor follow the report's. */
export type Family = 'caption' | 'text';
export interface DatedSentence extends Sentence {
  family: Family;
}

// Reader comments, credits and boilerplate are not the outlet's report: their dates are not the story's.
const DATED_KINDS = CLAIM_KINDS;

/** The sentences whose dates count, each with its family. */
export function datedSentences(article: Article, sentences: readonly Sentence[]): DatedSentence[] {
  const out: DatedSentence[] = [];
  let s = 0;
  for (const sentence of sentences) {
    while (s < article.segments.length && article.segments[s]!.end <= sentence.start) s++;
    const seg = article.segments[s];
    if (!seg || seg.start > sentence.start || !DATED_KINDS.has(seg.kind)) continue;
    out.push({ ...sentence, family: seg.kind === 'caption' ? 'caption' : 'text' });
  }
  return out;
}

/** The article's own reference: its publication date, else what its text allows. */
export function articleReference(article: Article, sentences: readonly DatedSentence[]): Reference | undefined {
  const published = parseIsoDay(article.published);
  if (published) return { day: published, source: 'published', basis: `published ${formatDay(published)}` };
  return inferReference(sentences);
}

// A dateline sits in the first lines (the title, the date line, the lead) and says little else.
const OPENING_SENTENCES = 3;
const DATELINE_OTHER_WORDS = 4;
// How far after a caption's date the report may be dated: a picture of the same fortnight.
const INFERENCE_WINDOW_DAYS = 14;

/**
 * Without a publication date, in this order:
 * - a dateline: a line of the opening that holds little but a full date ("May 03, 2013") is the
 *   publication date;
 * - a caption's full date is when the picture was taken, so the events the report dates by weekday
 *   are on or after it; and the lead reports the latest of them (news is written latest first).
 *   The reference is the first day that satisfies both: the day of the lead's weekday;
 * - otherwise the latest full date of the text only gives years ('year'); without one, the story
 *   level may give a reference.
 */
export function inferReference(sentences: readonly DatedSentence[]): Reference | undefined {
  // What the words say without a reference: full dates and weekdays, read once per sentence.
  const read = sentences.map((s) => ({ s, found: proposeWithChrono(s, undefined).proposals }));
  const fullIn = (x: { found: DateProposal[] }) => x.found.filter((p) => p.form === 'absolute' && p.grain === 'day');
  for (const x of read.filter((r) => r.s.family === 'text').slice(0, OPENING_SENTENCES)) {
    const dateline = fullIn(x).find((p) => wordsOutside(x.s, p) <= DATELINE_OTHER_WORDS);
    if (dateline) return { day: proposalDay(dateline)!, source: 'inferred', basis: `the dateline "${dateline.text}"` };
  }
  const bound = latest(read.filter((r) => r.s.family === 'caption').flatMap(fullIn));
  if (!bound) {
    const any = latest(read.flatMap(fullIn));
    return any && { day: proposalDay(any)!, source: 'year', basis: `"${any.text}"` };
  }
  const C = proposalDay(bound)!;
  const weekdays = read.filter((r) => r.s.family === 'text').flatMap((r) => r.found)
    .filter((p) => p.form === 'weekday' && p.weekday !== undefined && p.tense !== 'future');
  if (weekdays.length) {
    for (let i = 0; i < INFERENCE_WINDOW_DAYS; i++) {
      const P = addDays(C, i);
      const days = weekdays.map((w) => lastWeekdayOnOrBefore(P, w.weekday!));
      if (days.every((d) => compareDays(d, C) >= 0) && days.every((d) => compareDays(d, days[0]!) <= 0))
        return { day: P, source: 'inferred', basis: `reference ${formatDay(P)} inferred from "${bound.text}" and "${weekdays[0]!.text}"` };
    }
  }
  return { day: C, source: 'year', basis: `"${bound.text}"` };
}

/** Words of the sentence outside the date expression ("Posted", a place, a time). */
function wordsOutside(s: DatedSentence, p: DateProposal): number {
  const rest = s.text.slice(0, p.start - s.start) + ' ' + s.text.slice(p.end - s.start);
  return (rest.match(/\p{L}{2,}/gu) ?? []).length;
}

function latest(ps: readonly DateProposal[]): DateProposal | undefined {
  return ps.reduce<DateProposal | undefined>((best, p) => (!best || compareDays(proposalDay(p)!, proposalDay(best)!) > 0 ? p : best), undefined);
}

export function lastWeekdayOnOrBefore(day: Day, weekday: number): Day {
  return addDays(day, -((weekdayOf(day) - weekday + 7) % 7));
}
