// A small grouping profile and its JSON in the first stored format (every map as pairs), for the
// stores' tests of migration 5, which rewrites such rows in the second format (profile-json.ts).
import type { ArticleProfile } from './profile.js';

export const FIRST_FORMAT_PROFILE = {
  words: new Map([['crane', 0.6], ['harbour', 0.8]]), wordWeights: new Map([['crane', 3], ['harbour', 4]]), lead: new Map([['crane', 1]]),
  names: new Map(), nameWeights: new Map(), personWeights: new Map(), forms: new Set(['crane', 'harbour']), numbers: new Map(),
  calendar: new Map([['2019', 0.5], ['june', 0.5]]), years: new Set(['2019']), months: new Set(['june']), events: new Map(),
  places: { places: [], states: new Set<string>() }, days: [18000], ages: new Set<string>(), keys: ['crane', 'harbour'],
  // (the first format predates streets: read back, it has none)
  streets: new Set<string>(),
} as unknown as ArticleProfile;

const p = FIRST_FORMAT_PROFILE;
export const FIRST_FORMAT_JSON = JSON.stringify({
  days: p.days, keys: p.keys, places: { places: [], states: [] },
  ...Object.fromEntries((['words', 'wordWeights', 'lead', 'names', 'nameWeights', 'personWeights', 'numbers', 'calendar', 'events'] as const).map((k) => [k, [...p[k]]])),
  ...Object.fromEntries((['forms', 'years', 'months', 'ages'] as const).map((k) => [k, [...p[k]]])),
});
