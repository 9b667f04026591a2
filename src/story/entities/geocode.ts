import type { Geo } from '../../core/model.js';
import type { Countries } from './countries.js';
import type { Gazetteer, Place } from './gazetteer.js';
import type { Region } from './regions.js';

// Coordinates for a story's places. A city name is ambiguous (Hebron, West Bank / Hebron, Kentucky;
// Moscow, Russia / Moscow, Idaho): candidates are weighed by population, by being a capital or a
// regional seat, and, most, by lying in a country the story mentions.

/** Bonus for a candidate in one of the story's countries: worth three orders of magnitude of population. */
const IN_STORY_COUNTRY = 3;
/** Below this population, a candidate outside the story's countries is not trusted. */
const MIN_POPULATION_ELSEWHERE = 20000;

const FEATURE_BONUS: Readonly<Record<string, number>> = { PPLC: 1.5, PPLA: 0.5, PPLG: 0.5, PPLA2: 0.2 };

/** Best candidate for a place known by these names (most used first), or undefined. */
export function geocodePlace(names: readonly string[], gazetteer: Gazetteer, storyCountries: ReadonlySet<string>): { place: Place; geo: Geo } | undefined {
  let best: { place: Place; score: number } | undefined;
  for (const name of names)
    for (const p of gazetteer.lookup(name)) {
      const inStory = storyCountries.has(p.country);
      if (!inStory && p.population < MIN_POPULATION_ELSEWHERE && !(p.feature in FEATURE_BONUS)) continue;
      const score = Math.log10(p.population + 10) + (inStory ? IN_STORY_COUNTRY : 0) + (FEATURE_BONUS[p.feature] ?? 0);
      if (!best || score > best.score) best = { place: p, score };
    }
  return best && { place: best.place, geo: { lat: best.place.lat, lon: best.place.lon, country: best.place.country } };
}

/** A country's point: its capital (a representative place, where its government sits). */
export function countryGeo(code: string, countries: Countries, gazetteer: Gazetteer): Geo | undefined {
  const capital = countries.capital(code);
  const candidates = capital ? gazetteer.lookup(capital).filter((p) => p.country === code) : [];
  const best = [...candidates].sort((a, b) => b.population - a.population)[0];
  return best && { lat: best.lat, lon: best.lon, country: code };
}

/** Our regions carry their own point, when they lie in one country. */
export function regionGeo(region: Region): Geo | undefined {
  return region.lat !== undefined && region.lon !== undefined && region.country ? { lat: region.lat, lon: region.lon, country: region.country } : undefined;
}
