import type { VerbGroup } from '../../core/model.js';
import type { Arg, SentenceView } from './args.js';
import type { Predicate } from './triggers.js';
import { lemmaCandidates } from './lemma.js';

export { isAdverb } from './words.js';
import { AUXILIARIES, isAdverb, COORDINATORS, DETERMINERS, HEDGE_MODALS, NEGATORS, PLACE_PREPOSITIONS, PREPOSITIONS, SUBORDINATORS } from './words.js';

// Reading a clause around a predicate without a parser: the verb group before it (auxiliaries,
// modals, negation), its subject to the left, its object to the right, and its place.

export type { VerbGroup } from '../../core/model.js';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s", "'re", 'am']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'recently', 'earlier', 'later', 'now', 'then']);
/** Words before a participle that hang it on the main clause: "..., calling for", "while condemning". */
const PARTICIPLE_LINKS = new Set([',', 'while', 'and', 'after', 'before', 'by', 'when']);
/** Words that say where inside a place ("the town of Borsk", "northern Gaza"): a preposition may stand before them. */
const PLACE_HEAD_WORDS = new Set(['town', 'city', 'village', 'capital', 'province', 'region', 'district', 'area', 'county', 'camp', 'state',
  'southern', 'northern', 'eastern', 'western', 'central', 'of', 'the']);

/** "officials who": a relative pronoun's antecedent ends within this many words before it. */
const ANTECEDENT_WINDOW = 3;
/** "Protesters set fire ... and blocked roads": the sentence's opening subject begins within its first words. */
const OPENING_SUBJECT_WINDOW = 3;
/** "thieves armed with Kalashnikovs stormed": how far back a phrase's head may stand before its prepositional part. */
const PHRASE_HEAD_WINDOW = 12;
/** "Robert McFarlane, an assistant state attorney general said": words of a role phrase after the comma. */
const ROLE_PHRASE_WINDOW = 6;
/** ", a senior Hamas official,": the longest apposition stepped over (longer is a clause of its own). */
const MAX_APPOSITION = 14;
/** A clause read without a parser ends within this many words: reports run longer, acts rarely do. */
const MAX_CLAUSE = 22;
/** "in the northern town of": words between a preposition and the phrase it introduces. */
const PREPOSITION_WINDOW = 4;
/** "In Hebron, protesters marched": a place before the trigger counts only this close. */
const PLACE_BEFORE_WINDOW = 10;
/** A place before the trigger weighs this much more than one as far after it: English puts "in X" after the verb. */
const PLACE_BEFORE_WEIGHT = 1.5;
/** A place past the clause's end loses to any place inside it. */
const OUTSIDE_CLAUSE_PENALTY = 20;

export function verbGroup(view: SentenceView, p: Predicate): VerbGroup {
  const first = view.sentence.tokenStart;
  let k = p.first - 1;
  let negated = false, hedged = false, be = false, aux = false;
  while (k >= first) {
    const w = view.lower(k);
    if (NEGATORS.has(w)) negated = true;
    else if (HEDGE_MODALS.has(w)) { hedged = true; aux = true; }
    else if (AUXILIARIES.has(w)) { aux = true; if (BE.has(w)) be = true; }
    else if (!isAdverb(w) && !TIME_WORDS.has(w)) break;
    k--;
  }
  const infinitive = k >= first && view.lower(k) === 'to';
  const word = view.lower(p.first);
  const pastParticiple = /ed$/.test(word) || (lemmaCandidates(word).length > 1 && !/ing$|s$/.test(word) && lemmaCandidates(word)[1] !== word);
  return {
    start: infinitive ? k : k + 1,
    negated: negated || (k >= first + 1 && view.lower(k) === 'longer' && view.lower(k - 1) === 'no'),
    hedged,
    passive: be && pastParticiple && !p.noun,
    infinitive,
    participle: /ing$/.test(word) && !aux && !infinitive && !p.noun,
  };
}

/** How a subject was found: an argument, or "the same as that predicate's" (coordination, participles). */
export type Subject = { arg: Arg } | { inherit: Predicate } | undefined;

/** The subject of a predicate: the nearest argument phrase to the left within its clause. */
export function findSubject(view: SentenceView, p: Predicate, group: VerbGroup, preds: readonly Predicate[],
  finite: (q: Predicate) => boolean): Subject {
  const first = view.sentence.tokenStart;
  const earlier = preds.filter((q) => q.last < p.first);
  // the clause this one hangs on: the nearest finite verb before it
  const main = () => { const m = [...earlier].reverse().find(finite); return m ? { inherit: m } : undefined; };
  if (group.infinitive) return main();     // "met with X to discuss": the purpose shares the subject
  if (group.participle) {
    // "..., calling for", "... while condemning": the main clause's subject
    const k = group.start - 1;
    if (k < first) return undefined;
    const w = view.lower(k);
    if (PARTICIPLE_LINKS.has(w)) return main();
  }
  let k = group.start - 1;
  if (k < first) return undefined;
  let w = view.lower(k);
  if (COORDINATORS.has(w) || w === 'then') {
    const prev = [...earlier].reverse().find((q) => (group.participle ? !q.noun : finite(q)));
    if (prev) return { inherit: prev };
    const m = main();
    if (m) return m;
    // "Protesters set fire to tyres and blocked roads": the first verb is not one we know; its subject opens the sentence
    const opening = view.args.find((a) => a.last < k && a.kind !== 'pronoun' && !PREPOSITIONS.has(view.lower(a.first - 1)));
    return opening && opening.first <= first + OPENING_SUBJECT_WINDOW ? { arg: opening } : undefined;
  }
  if (w === ',') {
    const skipped = skipApposition(view, k, preds);
    if (skipped === undefined) return main();
    k = skipped;
  }
  w = view.lower(k);
  if (w === 'who' || w === 'which' || (w === 'that' && !view.argAt(k))) {
    // a relative clause: the antecedent before the pronoun
    for (let j = k - 1; j >= first && j >= k - ANTECEDENT_WINDOW; j--) { const a = view.argAt(j); if (a) return { arg: a }; }
    return undefined;
  }
  for (; k >= first; k--) {
    const a = view.argAt(k);
    if (a) return { arg: firstConjunct(view, personBefore(view, a) ?? headOfPhrase(view, a, k)) };
    const q = preds.find((x) => x.first <= k && k <= x.last);
    if (q && !q.noun) return { inherit: q };
    const t = view.lower(k);
    if (t === ';' || t === ':' || t === '"' || t === '“' || t === '”' || (SUBORDINATORS.has(t) && t !== 'that' && t !== 'as')) return undefined;
    if (t === ',' && k < group.start - 1) return undefined;
  }
  return undefined;
}

/** "Azerbaijan and Armenia exchanged": the first of coordinated subjects stands for them. */
function firstConjunct(view: SentenceView, a: Arg): Arg {
  let current = a;
  while (view.lower(current.first - 1) === 'and') {
    const before = view.argAt(current.first - 2);
    if (!before || before.kind === 'pronoun') break;
    current = before;
  }
  return current;
}

/** "thieves armed with Kalashnikovs stormed": a name inside a phrase's prepositional part is not its head. */
function headOfPhrase(view: SentenceView, a: Arg, k: number): Arg {
  if (!PREPOSITIONS.has(view.lower(a.first - 1))) return a;
  for (let j = a.first - 2; j >= view.sentence.tokenStart && j >= k - PHRASE_HEAD_WINDOW; j--) {
    const w = view.lower(j);
    if (w === ',' || w === ';' || SUBORDINATORS.has(w)) break;
    const b = view.argAt(j);
    if (b && !PREPOSITIONS.has(view.lower(b.first - 1))) return b;
    if (b) j = b.first;
  }
  return a;
}

/** "Robert McFarlane, an assistant attorney general said": the person a role phrase stands beside. */
function personBefore(view: SentenceView, a: Arg): Arg | undefined {
  if (a.kind !== 'sector') return undefined;
  let k = a.first - 1;
  // "an assistant state attorney general": the role's other words, back to the comma
  while (k >= view.sentence.tokenStart && k >= a.first - ROLE_PHRASE_WINDOW && /^\p{Ll}[\p{Ll}'’-]*$/u.test(view.tokens[k]!.text)
    && !SUBORDINATORS.has(view.lower(k)) && !PREPOSITIONS.has(view.lower(k)) && !AUXILIARIES.has(view.lower(k))
    && (!view.argAt(k) || view.argAt(k)!.kind === 'sector')) k--;
  if (view.lower(k) !== ',') return undefined;
  const person = view.argAt(k - 1);
  return person && person.kind === 'name' && person.type === 'PER' ? person : undefined;
}

/** Steps left over ", a senior Hamas official," to the token before it; undefined when the commas close a clause. */
function skipApposition(view: SentenceView, comma: number, preds: readonly Predicate[]): number | undefined {
  const first = view.sentence.tokenStart;
  let open = comma - 1;
  while (open >= first && view.tokens[open]!.text !== ',' && view.tokens[open]!.text !== '(') open--;
  if (open < first || comma - open > MAX_APPOSITION || comma - open < 2) return undefined;
  // ", speaking after a cabinet meeting,": a participle phrase between subject and verb
  if (/^\p{Ll}+ing$/u.test(view.tokens[open + 1]!.text) && !preds.some((q) => q.first === open + 1 && q.speech === false && !!q.entry)) return open - 1;
  if (preds.some((q) => q.first > open && q.first < comma && !q.noun)) return undefined;
  for (let j = open + 1; j < comma; j++) if (SUBORDINATORS.has(view.lower(j)) && !['who', 'which'].includes(view.lower(j))) return undefined;
  return open - 1;
}

/** Where a predicate's clause ends on the right (exclusive): a boundary, a report ("..., police said"), the sentence end. */
export function clauseEnd(view: SentenceView, from: number, preds: readonly Predicate[], allowThat: boolean, participles = false): number {
  const end = view.sentence.tokenEnd;
  for (let k = from; k < end && k < from + MAX_CLAUSE; k++) {
    const w = view.lower(k);
    // ", helping it build ...": a participle clause of its own (crossed only when asked)
    if (w === ',' && !participles && k + 1 < end && /^\p{Ll}+ing$/u.test(view.tokens[k + 1]!.text)) return k;
    if (w === ';' || w === ':' || w === '(' || w === 'according') return k;
    // a subordinate clause ends this one ("that" opens the content of a demand, and may follow the verb directly)
    if (SUBORDINATORS.has(w) && w !== 'as' && w !== 'until' && w !== 'so' && !(w === 'that' && (allowThat || k === from))) return k;
    const q = preds.find((x) => x.first === k);
    // "... to negotiate the release": an infinitive clause of its own
    if (w === 'to' && k > from && preds.some((x) => x.first === k + 1 && !x.noun)) return k;
    if (q && q.speech && !/ing$/.test(w)) {
      // "..., X said": the report and its subject are outside
      let j = k - 1;
      while (j > from && (view.argAt(j) || DETERMINERS.has(view.lower(j)) || isAdverb(view.lower(j)))) j--;
      return j >= from && view.lower(j) === ',' ? j : k;
    }
    if (w === ',' && k + 1 < end) {
      const next = view.lower(k + 1);
      if (SUBORDINATORS.has(next) && next !== 'that') return k;
    }
  }
  return Math.min(end, from + MAX_CLAUSE);
}

/** The first argument phrase in [from, to) that can be a participant, skipping acts ("the meeting") and `skip`. */
export function firstArgIn(view: SentenceView, from: number, to: number, accept: (a: Arg) => boolean): Arg | undefined {
  for (let k = from; k < to; k++) {
    const a = view.argAt(k);
    if (a && a.first >= from && accept(a)) return a;
    if (a) k = a.last;
  }
  return undefined;
}

/** The preposition right before an argument phrase (skipping determiners and modifiers), if any. */
export function prepositionBefore(view: SentenceView, a: Arg): string | undefined {
  for (let k = a.first - 1; k >= view.sentence.tokenStart && k >= a.first - PREPOSITION_WINDOW; k--) {
    const w = view.lower(k);
    if (PREPOSITIONS.has(w)) return w;
    if (!DETERMINERS.has(w) && !PLACE_HEAD_WORDS.has(w)) return undefined;
  }
  return undefined;
}

/** A place for the predicate: the nearest LOC name introduced by in / at / near (or their kin). */
export function findPlace(view: SentenceView, p: Predicate, preds: readonly Predicate[] = []): Arg | undefined {
  let best: Arg | undefined, bestDistance = Infinity;
  const end = clauseEnd(view, p.last + 1, preds, false);
  for (const a of view.args) {
    if (a.kind !== 'name' || a.type !== 'LOC') continue;
    // within the clause: after the trigger up to its end (or beyond it when no other act comes between:
    // "a protest ..., as the conflict continues, in Hebron"), or before it with no other verb between
    const between = (from: number, to: number) => preds.some((q) => q !== p && q.first > from && q.last < to);
    if (a.first > p.last && a.first >= end && between(p.last, a.first)) continue;
    if (a.last < p.first && (p.first - a.last > PLACE_BEFORE_WINDOW || preds.some((q) => !q.noun && q.first > a.last && q.last < p.first))) continue;
    const prep = prepositionBefore(view, a);
    if (!prep || !PLACE_PREPOSITIONS.has(prep)) continue;
    const distance = (a.first > p.last ? a.first - p.last : (p.first - a.last) * PLACE_BEFORE_WEIGHT) + (a.first >= end ? OUTSIDE_CLAUSE_PENALTY : 0);
    if (distance < bestDistance) { best = a; bestDistance = distance; }
  }
  return best;
}

