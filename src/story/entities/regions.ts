import { nameKey } from './names.js';

// Places a city gazetteer does not hold: territories, regions, seas and a few towns that news names
// often and GeoNames spells otherwise. Our own small table (coordinates rounded; a point inside).
// `country` is set only where the place lies in one country (ISO alpha-2, GeoNames' usage);
// regions spanning several get no geo, only an identity.

export interface Region {
  id: string;
  names: readonly string[];
  lat?: number;
  lon?: number;
  country?: string;
}

export const REGIONS: readonly Region[] = [
  // "Gaza" in news is the Strip more often than the city; the city is written "Gaza City".
  { id: 'gaza-strip', names: ['Gaza Strip', 'Gaza'], lat: 31.42, lon: 34.38, country: 'PS' },
  { id: 'gaza-city', names: ['Gaza City'], lat: 31.50, lon: 34.47, country: 'PS' },
  { id: 'west-bank', names: ['West Bank', 'occupied West Bank', 'Judea and Samaria'], lat: 31.95, lon: 35.25, country: 'PS' },
  { id: 'golan-heights', names: ['Golan Heights', 'Golan'], lat: 33.0, lon: 35.75 },
  { id: 'sinai', names: ['Sinai', 'Sinai Peninsula'], lat: 29.5, lon: 33.8, country: 'EG' },
  { id: 'crimea', names: ['Crimea', 'Crimean Peninsula'], lat: 45.0, lon: 34.1, country: 'UA' },
  { id: 'donbas', names: ['Donbas', 'Donbass'], lat: 48.0, lon: 38.0, country: 'UA' },
  { id: 'kashmir', names: ['Kashmir'], lat: 34.1, lon: 74.8 },
  { id: 'kurdistan', names: ['Kurdistan'], lat: 36.5, lon: 44.0 },
  { id: 'darfur', names: ['Darfur'], lat: 13.5, lon: 24.0, country: 'SD' },
  { id: 'tigray', names: ['Tigray'], lat: 14.0, lon: 39.0, country: 'ET' },
  { id: 'xinjiang', names: ['Xinjiang'], lat: 41.0, lon: 85.0, country: 'CN' },
  { id: 'tibet', names: ['Tibet'], lat: 31.0, lon: 88.0, country: 'CN' },
  { id: 'england', names: ['England'], lat: 52.5, lon: -1.5, country: 'GB' },
  { id: 'scotland', names: ['Scotland'], lat: 56.8, lon: -4.2, country: 'GB' },
  { id: 'wales', names: ['Wales'], lat: 52.3, lon: -3.7, country: 'GB' },
  { id: 'northern-ireland', names: ['Northern Ireland'], lat: 54.6, lon: -6.7, country: 'GB' },
  { id: 'quebec', names: ['Quebec', 'Québec'], lat: 52.0, lon: -72.0, country: 'CA' },
  { id: 'california', names: ['California'], lat: 37.2, lon: -119.5, country: 'US' },
  { id: 'texas', names: ['Texas'], lat: 31.0, lon: -99.0, country: 'US' },
  { id: 'florida', names: ['Florida'], lat: 28.5, lon: -81.7, country: 'US' },
  { id: 'new-york-state', names: ['New York State', 'New York state'], lat: 42.9, lon: -75.5, country: 'US' },
  { id: 'washington-state', names: ['Washington State', 'Washington state'], lat: 47.4, lon: -120.5, country: 'US' },
  { id: 'rafah', names: ['Rafah'], lat: 31.29, lon: 34.25, country: 'PS' },
  { id: 'khan-younis', names: ['Khan Younis', 'Khan Yunis'], lat: 31.34, lon: 34.31, country: 'PS' },
  { id: 'jenin', names: ['Jenin'], lat: 32.46, lon: 35.30, country: 'PS' },
  { id: 'jabalia', names: ['Jabalia', 'Jabaliya'], lat: 31.53, lon: 34.48, country: 'PS' },
  { id: 'sderot', names: ['Sderot'], lat: 31.52, lon: 34.60, country: 'IL' },
  { id: 'hama', names: ['Hama'], lat: 35.13, lon: 36.75, country: 'SY' },
  // Regions of several countries: an identity, no point.
  { id: 'middle-east', names: ['Middle East', 'Mideast'] },
  { id: 'global-south', names: ['Global South'] },
  { id: 'global-north', names: ['Global North'] },
  // "the West" of geopolitics, not West, Texas.
  { id: 'the-west', names: ['the West', 'Western world'] },
  { id: 'europe', names: ['Europe'] },
  { id: 'eastern-europe', names: ['Eastern Europe'] },
  { id: 'western-europe', names: ['Western Europe'] },
  { id: 'asia', names: ['Asia'] },
  { id: 'central-asia', names: ['Central Asia'] },
  { id: 'southeast-asia', names: ['Southeast Asia', 'South-East Asia'] },
  { id: 'east-asia', names: ['East Asia'] },
  { id: 'africa', names: ['Africa'] },
  { id: 'north-africa', names: ['North Africa'] },
  { id: 'sub-saharan-africa', names: ['sub-Saharan Africa', 'Sub-Saharan Africa'] },
  { id: 'horn-of-africa', names: ['Horn of Africa'] },
  { id: 'sahel', names: ['Sahel'] },
  { id: 'latin-america', names: ['Latin America'] },
  { id: 'south-america', names: ['South America'] },
  { id: 'north-america', names: ['North America'] },
  { id: 'balkans', names: ['Balkans', 'the Balkans'] },
  { id: 'caucasus', names: ['Caucasus', 'South Caucasus'] },
  { id: 'levant', names: ['Levant'] },
  { id: 'arctic', names: ['Arctic'] },
  { id: 'indo-pacific', names: ['Indo-Pacific'] },
  { id: 'persian-gulf', names: ['Persian Gulf', 'Arabian Gulf'] },
  { id: 'red-sea', names: ['Red Sea'] },
  { id: 'black-sea', names: ['Black Sea'] },
  { id: 'mediterranean', names: ['Mediterranean', 'Mediterranean Sea'] },
  { id: 'south-china-sea', names: ['South China Sea'] },
];

/**
 * Other spellings and exonyms of places the gazetteer holds under one name: the key is what news
 * writes, the value the gazetteer's name.
 */
export const PLACE_ALIASES: Readonly<Record<string, string>> = {
  washington: 'Washington, D.C.', 'washington dc': 'Washington, D.C.', 'washington d c': 'Washington, D.C.',
  'new york': 'New York City', nyc: 'New York City', philly: 'Philadelphia', kiev: 'Kyiv', odesa: 'Odessa', kharkov: 'Kharkiv', lvov: 'Lviv',
  peking: 'Beijing', bombay: 'Mumbai', calcutta: 'Kolkata', madras: 'Chennai', saigon: 'Ho Chi Minh City', rangoon: 'Yangon',
  teheran: 'Tehran', makkah: 'Mecca', geneva: 'Genève', 'tel aviv yafo': 'Tel Aviv', 'be er sheva': 'Beersheba', 'beer sheva': 'Beersheba',
  basra: 'Basrah', raqqa: 'Ar Raqqah', hodeidah: 'Al Ḩudaydah', irbil: 'Erbil', 'al quds': 'Jerusalem', zaporizhzhia: 'Zaporizhia',
};

/** The region a name denotes, if it is one of ours. */
export function regionOf(text: string): Region | undefined {
  return REGION_INDEX.get(nameKey(text));
}

const REGION_INDEX: ReadonlyMap<string, Region> = new Map(REGIONS.flatMap((r) => r.names.map((n): [string, Region] => [nameKey(n), r])));

/** A region by its id (the part after 'region:' in an entity key). */
export function regionById(id: string): Region | undefined {
  return REGIONS.find((r) => r.id === id);
}
