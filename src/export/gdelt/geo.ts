import { countryOfName } from '../../analyze/syntax/countries.js';
import type { Entity, Story } from '../../core/model.js';
import { countryName, fipsOf } from './countries.js';
import { inner, num } from './format.js';

/**
 * A place as GDELT writes it. Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state
 * (first-order division). We know a place from a story entity's `geo` (lat, lon, ISO country) or,
 * failing that, a country name; ADM1 codes and feature ids we cannot know are left at the
 * country level, as GDELT does for a country match.
 */
export interface Place {
  type: 1 | 2 | 3 | 4 | 5;
  fullName: string;
  /** FIPS 10-4 country code. */
  country: string;
  adm1: string;
  lat?: number;
  lon?: number;
  featureId: string;
}

export function placeOfCountry(iso2: string | undefined): Place | undefined {
  const fips = fipsOf(iso2);
  const name = countryName(iso2);
  return fips && name ? { type: 1, fullName: name, country: fips, adm1: fips, featureId: fips } : undefined;
}

export function placeOfEntity(entity: Entity | undefined): Place | undefined {
  if (!entity) return undefined;
  const geo = entity.geo;
  if (!geo) return entity.type === 'LOC' ? placeOfCountry(countryOfName(entity.name)) : undefined;
  const fips = fipsOf(geo.country, geo);
  if (!fips) return undefined;
  const isCountry = countryOfName(entity.name) === geo.country.toUpperCase();
  const country = countryName(geo.country) ?? geo.country;
  // A territory with its own FIPS code inside an ISO country (Gaza) keeps its own name.
  const ownCode = fips !== fipsOf(geo.country);
  return {
    type: isCountry ? 1 : geo.country.toUpperCase() === 'US' ? 3 : 4,
    fullName: isCountry ? (ownCode ? entity.name : country) : `${entity.name}, ${country}`,
    country: fips, adm1: fips, lat: geo.lat, lon: geo.lon, featureId: isCountry ? fips : '',
  };
}

/** The place a mention names: its story entity's, else a country its words name. */
export function placeOfMention(text: string, entityId: string | undefined, story: Story | undefined): Place | undefined {
  const entity = entityId ? story?.entities.find((e) => e.id === entityId) : undefined;
  return placeOfEntity(entity) ?? placeOfCountry(countryOfName(text));
}

/** The 8 Event-table columns of a place: Type, FullName, CountryCode, ADM1Code, ADM2Code, Lat, Long, FeatureID. */
export function eventGeoColumns(p: Place | undefined): string[] {
  if (!p) return ['0', '', '', '', '', '', '', ''];
  return [String(p.type), p.fullName, p.country, p.adm1, '', num(p.lat), num(p.lon), p.featureId];
}

/** GKG V1 location: `Type#FullName#CountryCode#ADM1Code#Lat#Long#FeatureID`. */
export function gkgV1Location(p: Place): string {
  return [p.type, inner(p.fullName, '#;'), p.country, p.adm1, num(p.lat), num(p.lon), inner(p.featureId, '#;')].join('#');
}

/** GKG V2 enhanced location: `Type#FullName#CountryCode#ADM1Code#ADM2Code#Lat#Long#FeatureID#CharOffset`. */
export function gkgV2Location(p: Place, offset: number): string {
  return [p.type, inner(p.fullName, '#;'), p.country, p.adm1, '', num(p.lat), num(p.lon), inner(p.featureId, '#;'), offset].join('#');
}
