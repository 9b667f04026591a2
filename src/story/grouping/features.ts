// The evidence that two articles report the same event, as numbers the pair model weighs. Each is
// symmetric in the two articles and lies in [0, 1].
import type { ArticleProfile } from './profile.js';
import { dot, share } from './vectors.js';
import { closestGap } from './days.js';
import { mainPlace, nearestKm, placeFoundIn, type ReportPlaces } from './places.js';

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
  'placeAgree',    // both name places: the smaller share of one's place weight the other names too (or a town near it)
  'placeMiss',     // both name places: the larger share of one's place weight the other never names
  'placeFar',      // no place in common and the nearest of their geocoded towns more than FAR_KM apart: different scenes
  'mainConflict',  // each has a main place (dateline, town with state) that the other never names nor lies near
  'stateConflict', // both name US states and share none
  'daysApart',     // the fewest days between the days they speak of (published, resolved), log scale, a month = 1
  'weeksApart',    // those days are at least two weeks apart
  'publishedApart',// days between their publication, log scale, a year = 1
  'ageConflict',   // both give ages of people ("a 16-year-old", "Smith, 24,") and share none: different victims
  'streetConflict',// both name streets ("the 1700 block of Godman Street") and share none: different scenes in one town
  'streetAgree',   // both name streets and share one
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
    ...placeEvidence(a, b),
    ...timeEvidence(a, b),
    // Tolls are no evidence either way: reports of one event differ on them ("16 killed", "at least 19")
    // as often as reports of two events do (dev pairs: P(same) 0.014 with a toll difference, 0.011 without).
    ageConflict: both(a.ages, b.ages) === false ? 1 : 0,
    streetConflict: both(a.streets, b.streets) === false ? 1 : 0,
    streetAgree: both(a.streets, b.streets) === true ? 1 : 0,
  };
}

/** Beyond this, two towns are not one scene (a county spans 50 km; neighbouring towns are nearer). */
const FAR_KM = 80;
/** The gaps that count as "a month" and "a year" apart on the log scales of the time features. */
const MONTH = 30, YEAR = 365;
const WEEKS = 14;

function placeEvidence(a: ArticleProfile, b: ArticleProfile): Pick<Record<PairFeature, number>, 'placeAgree' | 'placeMiss' | 'placeFar' | 'mainConflict' | 'stateConflict'> {
  const named = a.places.places.length > 0 && b.places.places.length > 0;
  const found = named ? Math.min(foundShare(a.places, b), foundShare(b.places, a)) : 0;
  const km = nearestKm(a.places, b.places);
  const sharedState = both(a.places.states, b.places.states);
  const ma = mainPlace(a.places), mb = mainPlace(b.places);
  return {
    placeAgree: found,
    placeMiss: named ? 1 - found : 0,
    placeFar: named && found === 0 && km !== undefined && km > FAR_KM ? 1 : 0,
    mainConflict: ma && mb && !placeFoundIn(ma, b.places, b.forms) && !placeFoundIn(mb, a.places, a.forms) ? 1 : 0,
    stateConflict: sharedState === false ? 1 : 0,
  };
}

/** The share of the places' weight that the other report names too. */
function foundShare(places: ReportPlaces, other: ArticleProfile): number {
  let total = 0, found = 0;
  for (const p of places.places) {
    total += p.weight;
    if (placeFoundIn(p, other.places, other.forms)) found += p.weight;
  }
  return total > 0 ? found / total : 0;
}

function timeEvidence(a: ArticleProfile, b: ArticleProfile): Pick<Record<PairFeature, number>, 'daysApart' | 'weeksApart' | 'publishedApart'> {
  const gap = closestGap(a.days, b.days);
  const published = a.published !== undefined && b.published !== undefined ? Math.abs(a.published - b.published) : undefined;
  return {
    daysApart: gap === undefined ? 0 : Math.min(1, Math.log1p(gap) / Math.log1p(MONTH)),
    weeksApart: gap !== undefined && gap >= WEEKS ? 1 : 0,
    publishedApart: published === undefined ? 0 : Math.min(1, Math.log1p(published) / Math.log1p(YEAR)),
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
