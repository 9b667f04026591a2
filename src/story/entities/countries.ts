import { capitalOf, countryByDemonym, countryByName, countryName } from '../../core/countries.js';
import { nameKey } from './names.js';

// Countries for entity resolution: core/countries.ts (names, demonyms, capitals of states only, never
// the peoples and parts event coding counts as a country) with one rule of ours on top: a country
// name that is also a given name or surname, typed PER, is a person.

/** Country names that are also given names or surnames: a person-typed mention of one is a person. */
const AMBIGUOUS = new Set(['georgia', 'jordan', 'chad', 'niger', 'guinea', 'congo', 'turkey', 'america', 'dominica', 'mali', 'peru', 'cuba']);

/** The country tables, built once from the packages and our lists (constant afterwards). */
export interface Countries {
  /** ISO alpha-2 of a country name or alias ("Syria", "the US", "Russian Federation"). */
  byName(text: string, type?: string): string | undefined;
  /** ISO alpha-2 of a demonym, singular or plural ("Russian", "Israelis", "North Korean"). */
  byDemonym(text: string): string | undefined;
  /** Short English name of a country ("Russia", "United States"). */
  name(code: string): string;
  /** Capital city name, when known. */
  capital(code: string): string | undefined;
}

export function loadCountries(): Countries {
  return {
    byName(text, type) {
      if (type === 'PER' && AMBIGUOUS.has(nameKey(text))) return undefined;
      return countryByName(text);
    },
    byDemonym: (text) => countryByDemonym(text),
    name: (code) => countryName(code) ?? code,
    capital: capitalOf,
  };
}

/**
 * Seats of government and institutions named for their building or street: a mention of one stands
 * for its country's government, which it is affiliated to, never merged into.
 */
export const SEATS: Readonly<Record<string, string>> = {
  kremlin: 'RU', 'white house': 'US', pentagon: 'US', 'capitol hill': 'US', 'foggy bottom': 'US', 'state department': 'US',
  'downing street': 'GB', whitehall: 'GB', elysee: 'FR', 'elysee palace': 'FR', "quai d orsay": 'FR', zhongnanhai: 'CN',
  'blue house': 'KR', knesset: 'IL', duma: 'RU', 'state duma': 'RU', bundestag: 'DE', 'holy see': 'VA', majlis: 'IR',
  'verkhovna rada': 'UA', sejm: 'PL',
};

export function seatCountry(text: string): string | undefined {
  return SEATS[nameKey(text)];
}
