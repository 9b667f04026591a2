import type { DateRef, Event, Sentence } from '../../core/model.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { SPEECH_VERBS } from '../syntax/lexicon.js';
import { COORDINATORS, isCapitalised, SUBORDINATORS } from '../syntax/words.js';

// The events stage gives an event the date of its sentence nearest its trigger, which is right for
// "Israel urged Russia on Thursday" and wrong for "anger over a teenager killed by police fuelled a
// riot on Monday" (Monday is the riot's). A date lent to other mentions of the event must be the
// event's own: in the trigger's clause, next to it, with no other clause or speaker in between.

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
