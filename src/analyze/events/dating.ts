import type { DateRef, Event, Sentence, Span } from '../../core/model.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { SPEECH_VERBS } from '../syntax/lexicon.js';
import { COORDINATORS, isCapitalised, SUBORDINATORS } from '../syntax/words.js';

// Which date an event takes, in one place. The rule: the date of its sentence nearest its trigger,
// a date before the trigger counting as further away than one after it ("urged Russia on Thursday").
// Right for most reports, wrong for "anger over a teenager killed by police fuelled a riot on Monday"
// (Monday is the riot's); so a date lent to other mentions of the same event (same-event.ts, the
// story's passes) must also be the event's own: in the trigger's clause, next to it, with no other
// clause or speaker in between (`dateOfOwnClause`).

/** A date before the trigger weighs this much more than one as far after it: English puts the time after the verb. */
const BEFORE_TRIGGER_WEIGHT = 1.5;

/**
 * The date an event takes: among the dates inside its sentence, the one nearest the event's words
 * (`event`: from the trigger's first character to its last), or undefined when the sentence has none.
 * Ties go to the earlier date in `dates`.
 */
export function eventDate(event: Span, sentence: Span, dates: readonly DateRef[]): DateRef | undefined {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (inSentence.length === 0) return undefined;
  const distance = (d: DateRef) => (d.start >= event.end ? d.start - event.end : d.end <= event.start ? (event.start - d.end) * BEFORE_TRIGGER_WEIGHT : 0);
  return [...inSentence].sort((a, b) => distance(a) - distance(b))[0];
}

/** Words between a trigger and a date of its own clause ("urged Russia on Thursday"; names count as one). */
const MAX_WORDS_AFTER = 8;
/** "a March 2005 shooting", "Monday's attack": a date before the trigger modifies it closely. */
const MAX_WORDS_BEFORE = 3;
/** "On Thursday, Israel urged Russia": the subject between an opening date and the verb. */
const MAX_WORDS_AFTER_OPENING = 6;

/** The sentence's date that gives the event its date from within the trigger's own clause, if one does. */
export function dateOfOwnClause(text: string, sentence: Sentence | undefined, e: Event, dates: readonly DateRef[]): DateRef | undefined {
  if (!e.date || !sentence) return undefined;
  return dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && d.value === e.date && attached(text, sentence, e, d));
}

function attached(text: string, sentence: Sentence, e: Event, d: DateRef): boolean {
  if (d.start >= e.end) return plainStretch(text.slice(e.end, d.start), MAX_WORDS_AFTER);
  if (d.end > e.start) return true;                               // the date is part of the trigger's words
  const between = text.slice(d.end, e.start);
  if (plainStretch(between, MAX_WORDS_BEFORE)) return true;
  // a date that opens the sentence ("On Thursday, ...") is the time of its main clause
  const opens = /^\s*(?:(?:on|early|late|by|in|since)\s+)?$/iu.test(text.slice(sentence.start, d.start));
  const comma = /^\s*,/u.exec(between);
  return opens && !!comma && plainStretch(between.slice(comma[0].length), MAX_WORDS_AFTER_OPENING);
}

/** Few words, none opening another clause or a report: no punctuation, subordinator, "and", or verb of saying. */
function plainStretch(between: string, maxWords: number): boolean {
  const tokens = between.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu) ?? [];
  let words = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!, w = t.toLowerCase();
    if (!/[\p{L}\p{N}]/u.test(t)) { if (!/^['’]$/u.test(t)) return false; continue; }   // , ; : ( — and quotes end the clause
    if (SUBORDINATORS.has(w) || COORDINATORS.has(w) || w === 'according' || lemmaCandidates(w).some((l) => SPEECH_VERBS.has(l))) return false;
    if (!(isCapitalised(t) && k > 0 && isCapitalised(tokens[k - 1]!))) words++;   // "Deputy Foreign Minister Mikhail Bogdanov": one name
  }
  return words <= maxWords;
}
