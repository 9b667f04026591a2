import type { DateRef, Event, Sentence, Span } from '../../core/model.js';
import type { DepTree } from '../syntax/tree.js';
import { lemmaCandidates } from '../syntax/lemma.js';
import { SPEECH_VERBS } from '../syntax/lexicon.js';
import { COORDINATORS, isCapitalised, SUBORDINATORS } from '../syntax/words.js';

// Which date an event takes, in one place. With a parse: the date attached to the act in the tree
// (`eventDateOnTree`). Without one, and for dates the parse attaches to no act: the date of its sentence nearest its trigger,
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

/**
 * With a parse, the date attached to the act in the tree. `owner(d)` reads date d's head chain: the
 * event's own predicate head it reaches ('own'), another act's ('other'), or neither ('none'). A date
 * another act owns is never the event's ("Israel is retaliating to an attack carried out on October 7":
 * October 7 is the attack's); among its own dates the nearest; with none, the nearest of the dates no
 * act owns, as word order would have it.
 */
export function eventDateOnTree(event: Span, sentence: Span, dates: readonly DateRef[], owner: (d: DateRef) => DateOwner): DateRef | undefined {
  const inSentence = dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const attached = inSentence.filter((d) => owner(d) === 'own');
  return eventDate(event, sentence, attached.length ? attached : inSentence.filter((d) => owner(d) === 'none'));
}

export type DateOwner = 'own' | 'other' | 'none';

/** Real head chains are short; this stops a loop in a malformed parse. */
const MAX_CHAIN = 40;
/** Edges by which a date belongs to a noun: a clause on it ("an attack carried out on October 7"), a modifier before it ("the October 7 attack"). */
const CLAUSE_ON_NOUN = new Set(['acl', 'acl:relcl']);
const MODIFIER_OF_NOUN = new Set(['compound', 'amod', 'nummod', 'nmod:poss']);

/**
 * Who a date belongs to, read up its head chain from the date's own head: the event's own predicate
 * (or a conjunct of it: "was shot and killed Tuesday"), or another act that a noun names or a clause on
 * a noun tells: an act named by a noun owns what modifies it as a clause or a modifier ("an attack
 * carried out on October 7", "the October 7 attack"), while "killed in a shooting on Friday" leaves
 * Friday to the killing. Dates of other clauses are left to word order ('none'): the parse of clause
 * attachment is the least sure part of it. `own`: the event's predicate heads; `verbs`, `nouns`: the
 * sentence's predicate heads by kind.
 */
export function dateOwner(tree: DepTree, tokens: readonly number[], own: ReadonlySet<number>, verbs: ReadonlySet<number>, nouns: ReadonlySet<number>,
  word: (i: number) => string): DateOwner {
  const inside = (k: number) => tokens.includes(k);
  own = describedActs(tree, own, verbs, nouns);
  let t = tokens.find((k) => !inside(tree.head(k)) && tree.pos(k) !== 'PUNCT') ?? tokens[0];
  let edge = '', from = t ?? -1;
  const conjOfOwn = (v: number) => [...own].some((o) => (tree.head(o) === v && tree.dep(o) === 'conj') || (tree.head(v) === o && tree.dep(v) === 'conj'));
  for (let step = 0; t !== undefined && t >= 0 && step < MAX_CHAIN; step++) {
    if (own.has(t) || (verbs.has(t) && conjOfOwn(t))) return 'own';
    // an act named by a noun owns its modifiers; a verb that describes a noun owns its clause ("the man who was shot on Friday")
    if (nouns.has(t) && (CLAUSE_ON_NOUN.has(edge) || (MODIFIER_OF_NOUN.has(edge) && from < t))) return 'other';
    if (verbs.has(t) && tree.dep(t) === 'acl:relcl') return 'other';
    const reduced = reducedRelative(tree, t, word);
    edge = reduced ? 'acl' : tree.dep(t);
    from = t;
    t = reduced ? t - 1 : tree.head(t);
  }
  return 'none';
}

/**
 * The event's heads and the act named by a noun that its clause describes: "a May 25 shooting that
 * killed one" tells one act, whose dates are the killing's too.
 */
function describedActs(tree: DepTree, own: ReadonlySet<number>, verbs: ReadonlySet<number>, nouns: ReadonlySet<number>): ReadonlySet<number> {
  const out = new Set(own);
  for (const o of own) {
    let t = o;
    for (let step = 0; t >= 0 && step < MAX_CHAIN; step++) {
      if (/^acl(?::relcl)?$/.test(tree.dep(t)) && nouns.has(tree.head(t))) { out.add(tree.head(t)); break; }
      t = tree.head(t);
      if (verbs.has(t) || nouns.has(t)) break;
    }
  }
  return out;
}

/**
 * "retaliating to an attack carried out on October 7": a bare past participle right after a noun
 * modifies that noun, though the parse may hang it on the main verb as an adverbial clause.
 */
function reducedRelative(tree: DepTree, t: number, word: (i: number) => string): boolean {
  return tree.dep(t) === 'advcl' && tree.pos(t) === 'VERB' && !/ing$/.test(word(t)) && tree.pos(t - 1) === 'NOUN' && t - 1 >= tree.first
    && tree.child(t, 'nsubj', 'nsubj:pass', 'aux', 'aux:pass', 'mark') === undefined;
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
