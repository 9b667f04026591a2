import { COUNTRIES, countryByCapital, countryByDemonym, countryByName } from '../../core/countries.js';

// Which country a word names, as event coding reads it (argument sectors, event places): core/countries.ts with its coding
// conventions (peoples and parts of a country code as the country: "Kurdish", "Gaza", "England").
// Values are ISO 3166-1 alpha-2 codes.

const CODING = { coding: true } as const;

/** The country a country name names ("Russia", "the United States", "Britain"). */
export function countryOfName(text: string): string | undefined {
  return countryByName(text, CODING);
}

/** The country of a demonym, singular or plural: "Russian", "Israelis", "Palestinians". */
export function countryOfDemonym(word: string): string | undefined {
  return countryByDemonym(word, CODING);
}

/** The country whose capital (or seat of government) this is. */
export const countryOfCapital = countryByCapital;

/** Any of the three: name, demonym, capital. */
export function countryOf(text: string): string | undefined {
  return countryOfName(text) ?? countryOfDemonym(text) ?? countryOfCapital(text);
}

/** Whether `text` names a country (not a city or a demonym). */
export const isCountryName = (text: string) => countryOfName(text) !== undefined;

/** Words that name `code`, lower case: for finding a mention of the host country in the text. */
export function namesOfCountry(code: string): string[] {
  return (COUNTRIES.get(code)?.names ?? []).map((n) => n.toLowerCase());
}
