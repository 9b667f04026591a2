import type { CountCategory, Span, Token } from '../../core/model.js';
import { ACT_PAST_FORMS } from '../dates/tense.js';
import { ATTACHING, BRIDGE, NOT_IN_SUBJECT, PREDICATES, REPORTING, SUBJECT_CATEGORIES } from './lexicon.js';

// What a count counts (the noun phrase after it) and what happened to it (a verb after that
// phrase, or before the number): "at least 19 [Spanish tourists] have [died]",
// "the ministry has [designated] five [groups affiliated with Hezbollah]".

export interface Found extends Span {
  /** Token range [first, last]. */
  first: number;
  last: number;
}
export interface PredicateFound extends Found {
  category?: CountCategory;
}

const MAX_SUBJECT_WORDS = 5;
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;
// Words in -ed and -ing that describe rather than report: they can sit inside the counted phrase.
const DESCRIBING = new Set([
  'armed', 'unarmed', 'skilled', 'elderly', 'united', 'red', 'qualified', 'registered', 'licensed', 'trained', 'based', 'masked',
  'remaining', 'visiting', 'ruling', 'leading', 'serving', 'fighting', 'neighbouring', 'neighboring', 'working', 'living',
  'underlying', 'outstanding', 'existing', 'emerging', 'developing', 'surrounding', 'incoming', 'outgoing', 'opposing', 'warring',
]);
/** A plural noun ends the counted phrase: "[Spanish tourists] killed", "[tennis players] withdrew". */
const isPlural = (w: string) => /^(?:people|men|women|children|police|personnel|staff|troops|others)$/.test(w)
  || (/s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w) && w.length > 3);
/** A place after the counted, before what happened: "seven children [in Senegal] died". */
const PLACE_PREPOSITION = /^(?:in|from|at|near|across|inside|outside|on)$/;
const PREDICATE_WORDS = PREDICATES.map(([words, category]) => ({ words: words.split(' '), category }));
const SINGLE_PREDICATES = new Set(PREDICATES.filter(([w]) => !w.includes(' ')).map(([w]) => w));

const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';

/** The predicate (lexicon words, longest first) that starts at token k, if one does. */
export function predicateAt(tokens: readonly Token[], k: number, end: number): PredicateFound | undefined {
  for (const p of PREDICATE_WORDS) {
    if (k + p.words.length > end) continue;
    if (p.words.every((w, j) => low(tokens[k + j]) === w)) {
      const found: PredicateFound = { first: k, last: k + p.words.length - 1, start: tokens[k]!.start, end: tokens[k + p.words.length - 1]!.end };
      if (p.category) found.category = p.category;
      return found;
    }
  }
  return undefined;
}

/** A past participle or past verb that is not in the lexicon: "16 people were stationed". */
const pastVerbAt = (tokens: readonly Token[], k: number): PredicateFound | undefined => {
  const w = low(tokens[k]);
  if (!(/^\p{Ll}{3,}ed$/u.test(tokens[k]?.text ?? '') || ACT_PAST_FORMS.has(tokens[k]?.text ?? '')) || REPORTING.has(w) || DESCRIBING.has(w)) return undefined;
  return { first: k, last: k, start: tokens[k]!.start, end: tokens[k]!.end };
};

/**
 * The counted noun phrase starting at token j: words up to a verb, a function word or punctuation,
 * with an attached name ("affiliated with Hezbollah", "of Hezbollah") kept. `ofAllowed`: "hundreds of people".
 */
export function subjectAt(tokens: readonly Token[], j: number, end: number, ofAllowed: boolean): Found | undefined {
  let k = j;
  if (ofAllowed && low(tokens[k]) === 'of') {
    k++;
    if (/^(?:the|these|those|its|their|his|her|our)$/.test(low(tokens[k]))) k++;
  }
  // "20 more people", "five other groups": the phrase starts after the comparison word.
  if (/^(?:more|other|additional|extra|further|fewer|less)$/.test(low(tokens[k])) && WORD.test(tokens[k + 1]?.text ?? '')) k++;
  const first = k;
  for (; k < end && k - first < MAX_SUBJECT_WORDS; k++) {
    const t = tokens[k]!, w = low(t);
    if (!WORD.test(t.text) || NOT_IN_SUBJECT.has(w) || REPORTING.has(w)) break;
    if (SINGLE_PREDICATES.has(w) && !(k === first && DESCRIBING.has(w) && WORD.test(tokens[k + 1]?.text ?? '') && !NOT_IN_SUBJECT.has(low(tokens[k + 1])))) break;
    if (/(?:ed|ing)$/.test(w) && w.length > 4 && !DESCRIBING.has(w) && !/^\p{Lu}/u.test(t.text)) break;
    if (ACT_PAST_FORMS.has(t.text)) break;
    // "1 critically injured": a manner adverb before what happened is no counted noun
    if (k === first && /ly$/.test(w) && w.length > 5 && (predicateAt(tokens, k + 1, end) ?? pastVerbAt(tokens, k + 1))) break;
    if (isPlural(w)) { k++; break; }
  }
  if (k === first) return undefined;
  let last = k - 1;
  // "groups affiliated with Hezbollah", "members of Hezbollah": a capitalised name attached to the phrase.
  const attach = (at: number): number | undefined => {
    let n = at;
    if (/^(?:the)$/.test(low(tokens[n]))) n++;
    let m = n;
    while (m < end && /^\p{Lu}/u.test(tokens[m]!.text) && WORD.test(tokens[m]!.text)) m++;
    return m > n ? m - 1 : undefined;
  };
  if (ATTACHING.has(low(tokens[last + 1])) && /^(?:with|to)$/.test(low(tokens[last + 2]))) {
    const to = attach(last + 3);
    if (to !== undefined) last = to;
  } else if (low(tokens[last + 1]) === 'of') {
    const to = attach(last + 2);
    if (to !== undefined) last = to;
  }
  return { first, last, start: tokens[first]!.start, end: tokens[last]!.end };
}

/** What happened to the counted, after it ("were killed", "also being held captive"), within a few bridging words. */
export function predicateAfter(tokens: readonly Token[], k: number, end: number): PredicateFound | undefined {
  let bridged = 0;
  for (; k < end && bridged <= 4; k++, bridged++) {
    const found = predicateAt(tokens, k, end) ?? pastVerbAt(tokens, k);
    if (found) return found;
    if (PLACE_PREPOSITION.test(low(tokens[k])) && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
      while (k + 1 < end && /^\p{Lu}/u.test(tokens[k + 1]!.text)) k++;
      continue;
    }
    if (!BRIDGE.has(low(tokens[k]))) return undefined;
  }
  return undefined;
}

/** What happened to the counted, before the number ("killing at least 16", "has already designated five"). */
export function predicateBefore(tokens: readonly Token[], k: number, start: number): PredicateFound | undefined {
  for (let steps = 0; k >= start && steps < 3; k--, steps++) {
    const w = low(tokens[k]);
    if (/^(?:has|have|had|also|already|reportedly|allegedly|now|since|been|so|far|recently|the|a|an|another|further|all)$/.test(w)) continue;
    return predicateAt(tokens, k, k + 1) ?? pastVerbAt(tokens, k);
  }
  return undefined;
}

/** The GDELT Counts category a counted noun implies ("deaths" → KILL), from its last word or the whole phrase. */
export function subjectCategory(phrase: string): CountCategory | undefined {
  const p = phrase.toLowerCase();
  return SUBJECT_CATEGORIES[p] ?? SUBJECT_CATEGORIES[p.split(/\s+/).pop() ?? ''];
}
