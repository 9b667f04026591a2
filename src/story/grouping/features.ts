// The evidence that two articles report the same event, as numbers the pair model weighs. Each is
// symmetric in the two articles and lies in [0, 1].
import type { ArticleProfile } from './profile.js';
import { dot, share } from './vectors.js';

export const PAIR_FEATURES = [
  'words',         // cosine of content words (background TF-IDF)
  'lead',          // cosine of the openings: the headline and lead say what happened
  'coverage',      // the smaller share of one article's word weight that the other also uses (kind to short reports)
  'names',         // cosine of the words of named entities
  'nameMiss',      // the smaller share of one article's name weight absent from the other's text
  'personMiss',    // the same for persons only: a different protagonist is a different event
  'numbers',       // cosine of numbers (scores, tolls, amounts)
  'calendar',      // cosine of calendar words and resolved days
  'yearAgree',     // both give years and share one
  'yearConflict',  // both give years and share none
  'monthConflict', // both name months and share none
  'events',        // cosine of event signatures (type, participants, place)
] as const;
export type PairFeature = (typeof PAIR_FEATURES)[number];

export function pairFeatures(a: ArticleProfile, b: ArticleProfile): Record<PairFeature, number> {
  const sharedYear = both(a.years, b.years);
  const sharedMonth = both(a.months, b.months);
  return {
    words: dot(a.words, b.words),
    lead: dot(a.lead, b.lead),
    coverage: Math.min(share(a.wordWeights, (t) => b.wordWeights.has(t), 0), share(b.wordWeights, (t) => a.wordWeights.has(t), 0)),
    names: dot(a.names, b.names),
    nameMiss: Math.min(missing(a.nameWeights, b), missing(b.nameWeights, a)),
    personMiss: Math.min(missing(a.personWeights, b), missing(b.personWeights, a)),
    numbers: dot(a.numbers, b.numbers),
    calendar: dot(a.calendar, b.calendar),
    yearAgree: sharedYear === true ? 1 : 0,
    yearConflict: sharedYear === false ? 1 : 0,
    monthConflict: sharedMonth === false ? 1 : 0,
    events: dot(a.events, b.events),
  };
}

/** The share of a name weight whose words the other article never uses (0.5, "no idea", without names). */
function missing(names: ReadonlyMap<string, number>, other: ArticleProfile): number {
  return 1 - share(names, (t) => other.forms.has(t), 0.5);
}

/** Whether two non-empty sets share an element; undefined when either is empty. */
function both(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean | undefined {
  if (a.size === 0 || b.size === 0) return undefined;
  for (const x of a) if (b.has(x)) return true;
  return false;
}
