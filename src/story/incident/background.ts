import type { AnalyzedArticle, DateRef, SentenceSyntax } from '../../core/model.js';
import { daysBetween, isPageStamp } from './when.js';

// A count speaks for the story's incident only when its sentence is about that incident. Background
// is told by what the sentence is dated and how it names its event, not by the count's words:
//  - a date of a month or a year ("in 2006", "so far this year", "last month"): a period or another
//    time, so a running toll or a statistic, unless it is the incident's own year or month written out;
//  - a day other than the incident's ("on March 3" in a report of a March 9 shooting): another event;
//  - an event noun set apart from this one ("in a separate shooting", "an unrelated attack").

/** Days within which a date is the incident's own (late night reports, time zones, "early Monday"). */
const SAME_EVENT_DAYS = 1;
/** Adjectives that set an event apart from the one the report is about. */
const APART = new Set(['separate', 'unrelated', 'previous', 'earlier', 'prior', 'similar', 'different']);

export interface IncidentFrame {
  /** The incident's day, when known (YYYY-MM-DD). */
  date?: string;
}

/** Whether the sentence (index into the article's sentences) is background to the incident; `dates`: the article's, or only those inside the sentence. */
export function isBackground(a: Readonly<AnalyzedArticle>, sentence: number, dates: readonly DateRef[], frame: IncidentFrame): boolean {
  const s = a.sentences?.[sentence];
  if (!s) return false;
  // a sentence that names the incident's own day tells the incident, whatever later day it also names
  // ("accused in a May 25 shooting that killed one ... entered pleas today")
  if (frame.date && dates.some((d) => d.start >= s.start && d.end <= s.end && d.grain === 'day' && !isPageStamp(d) && daysBetween(d.value, frame.date!) <= SAME_EVENT_DAYS)) return setApart(a.text, a.syntax?.[sentence]);
  for (const d of dates) {
    // a page's stamp ("Posted: Friday, June 26, 2015 4:46 AM") run into the headline dates the page, not the count
    if (d.start < s.start || d.end > s.end || isPageStamp(d)) continue;
    if (d.grain === 'day') { if (frame.date && daysBetween(d.value, frame.date) > SAME_EVENT_DAYS) return true; continue; }
    const written = /\d/.test(d.text) || d.grain === 'month' && /^[A-Z]/.test(d.text);
    if (!written || !frame.date || !frame.date.startsWith(d.value)) return true;
  }
  // "during the fourteenth century", "in the 1990s": an era, another time than any incident's day
  if (ERA.test(a.text.slice(s.start, s.end))) return true;
  return setApart(a.text, a.syntax?.[sentence]);
}

/** A century or a decade named as a time ("the fourteenth century", "the 19th century", "the 1990s", "the '80s"). */
const ERA = /\b(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|\d{1,2}(?:st|nd|rd|th))[\s-]+century|(?:the|in|during)\s+(?:\d{2})?\d0['’]?s)\b/i;

function setApart(text: string, syntax: SentenceSyntax | undefined): boolean {
  if (!syntax) return false;
  return syntax.tokens.some((t) => t.dep === 'amod' && APART.has(t.lemma.toLowerCase()) && syntax.tokens[t.head]?.pos === 'NOUN'
    && APART.has(text.slice(t.start, t.end).toLowerCase()));
}
