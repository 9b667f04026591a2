import type { SentenceView } from '../syntax/args.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { CALLED_OFF, UNREALISED_MODIFIERS } from '../syntax/vocabulary.js';
import { AUXILIARIES, DETERMINERS, isAdverb, HEDGE_MODALS, isNumber, MONTHS, NEGATORS, POSSESSIVE_PRONOUNS, WEEKDAYS } from '../syntax/words.js';

// Whether a meeting told by a noun ("a dialogue between X and Y", "X's meeting with Y") is reported
// as done. A verb carries its own auxiliaries and negation; a noun phrase says it with the words
// around it: "a planned visit", "the meeting ... is scheduled for Monday", "... never took place".

const set = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

/** Predicates after the noun phrase that leave it in the future: "is planned for Monday", "was postponed". */
const NOT_YET = set('planned scheduled expected set due slated proposed postponed delayed likely mooted');
/** Verbs whose negation denies the act itself ("never took place"), unlike "did not produce results". */
const HAPPEN = set('take happen occur proceed materialize materialise');
/** Verbs that deny the act they take as object: "denied any meeting". */
const DENY = set('deny refute');
/** Words a noun phrase may carry between the trigger's participants and its predicate: "in Geneva on Monday". */
const TRAILING = set('in at on near last next this week month year');

/** "a long-planned, much-delayed visit": modifiers read before an event noun. */
const MODIFIER_WINDOW = 3;
/** "in Geneva on Monday 3 May": words of place and time stepped over before the noun phrase's predicate. */
const WHERE_WHEN_WINDOW = 6;

export interface Mood { hedged?: true; negated?: true }

/**
 * The mood of a nominal act from its modifiers (before the noun) and from the predicate it is the
 * subject of (after its last participant, token `after`).
 */
export function nominalMood(view: SentenceView, first: number, after: number): Mood {
  return { ...moodBefore(view, first), ...moodAfter(view, after) };
}

/** "a planned meeting", "Morn's upcoming visit", "the cancelled talks", "no such talks", "denied any meeting". */
function moodBefore(view: SentenceView, first: number): Mood {
  const start = view.sentence.tokenStart;
  let k = first - 1;
  // the noun's own modifiers, back to its determiner or possessor
  for (; k >= start && k >= first - MODIFIER_WINDOW && /^\p{Ll}[\p{Ll}-]*$/u.test(view.lower(k)) && !DETERMINERS.has(view.lower(k)) && !POSSESSIVE_PRONOUNS.has(view.lower(k)); k--) {
    if (UNREALISED_MODIFIERS.has(view.lower(k))) return { hedged: true };
    if (CALLED_OFF.has(view.lower(k))) return { negated: true };
  }
  // "no such conversation": the determiner denies it; "denied any meeting": the verb before it does
  if (view.lower(k) === 'such') k--;
  if (view.lower(k) === 'no') return { negated: true };
  if (DETERMINERS.has(view.lower(k))) k--;
  return k >= start && lemmaCandidates(view.lower(k)).some((l) => DENY.has(l)) ? { negated: true } : {};
}

/** "... is scheduled for Monday", "... will be held", "... never took place", "... was cancelled". */
function moodAfter(view: SentenceView, after: number): Mood {
  const end = view.sentence.tokenEnd;
  let k = after;
  // step over where and when: "in Geneva on Monday"
  for (let n = 0; n < WHERE_WHEN_WINDOW && k < end && isWhereOrWhen(view, k); n++) k++;
  let modal = false, negated = false, auxiliary = false;
  for (; k < end; k++) {
    const w = view.lower(k);
    if (HEDGE_MODALS.has(w)) modal = true;
    else if (NEGATORS.has(w)) negated = true;
    else if (AUXILIARIES.has(w)) auxiliary = true;
    else if (!isAdverb(w)) break;
  }
  const verb = view.lower(k);
  if (CALLED_OFF.has(verb) || (verb === 'called' && view.lower(k + 1) === 'off')) return { negated: true };
  if (negated && lemmaCandidates(verb).some((l) => HAPPEN.has(l))) return { negated: true };
  if (modal || (auxiliary && NOT_YET.has(verb))) return { hedged: true };
  return {};
}

function isWhereOrWhen(view: SentenceView, k: number): boolean {
  const w = view.lower(k);
  // "on 3 May", but "may take place" is a modal
  const month = MONTHS.has(w) && (w !== 'may' || isNumber(view.lower(k - 1)) || isNumber(view.lower(k + 1)));
  return TRAILING.has(w) || WEEKDAYS.has(w) || month || DETERMINERS.has(w) || isNumber(w) || !!view.argAt(k);
}

/** "if Israel attacks", "unless talks resume": a verb in a condition's clause is not reported as done. */
export function isConditional(view: SentenceView, p: { first: number }): boolean {
  for (let k = p.first - 1; k >= view.sentence.tokenStart; k--) {
    const w = view.lower(k);
    if (w === 'if' || w === 'unless') return true;
    if (w === ',' || w === ';') return false;
  }
  return false;
}
