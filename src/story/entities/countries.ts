import { createRequire } from 'node:module';
import { nameKey } from './names.js';

// Countries by name, alias and demonym, to ISO 3166-1 alpha-2. Names come from i18n-iso-countries
// (official and short English names) and countries-list (common and former names: "Britain",
// "Burma", "Holland"); i18n-iso-countries alone misses names like "Syria" or "Laos", which
// countries-list has. Demonyms are our own table: neither package has them.

interface CountryRecord { name: string; alias?: string[]; capital?: string }
const require = createRequire(import.meta.url);
// The English names only: the package's entry point would load every language.
const isoEnglish = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
const { countries: countryList } = require('countries-list') as { countries: Record<string, CountryRecord> };

/** Names that the packages lack or get wrong for news text. */
const EXTRA_NAMES: Record<string, string[]> = {
  PS: ['Palestinian territories', 'Palestinian Territories', 'occupied Palestinian territories', 'State of Palestine'],
  US: ['United States', 'America', 'U.S.', 'U.S.A.'],
  GB: ['U.K.', 'Great Britain'],
  KP: ['DPRK', 'North Korea'],
  KR: ['South Korea', 'ROK'],
  CD: ['DR Congo', 'DRC', 'Democratic Republic of Congo'],
  XK: ['Kosovo'],
  SY: ['Syria'],
  IR: ['Iran'],
  RU: ['Russia'],
  VA: ['Vatican City'],
  TL: ['East Timor'],
  CV: ['Cape Verde'],
  SZ: ['Eswatini'],
  MK: ['North Macedonia'],
};
/** Country names that are also given names or surnames: a person-typed mention of one is a person. */
const AMBIGUOUS = new Set(['georgia', 'jordan', 'chad', 'niger', 'guinea', 'congo', 'turkey', 'america', 'dominica', 'mali', 'peru', 'cuba']);

/** Demonyms and plurals, ours: adjective forms that name a country's people or state. */
const DEMONYMS: Record<string, string> = {
  AF: 'Afghan Afghans', AL: 'Albanian Albanians', DZ: 'Algerian Algerians', AR: 'Argentine Argentinian Argentines Argentinians',
  AM: 'Armenian Armenians', AU: 'Australian Australians', AT: 'Austrian Austrians', AZ: 'Azerbaijani Azeri Azerbaijanis Azeris',
  BH: 'Bahraini Bahrainis', BD: 'Bangladeshi Bangladeshis', BY: 'Belarusian Belarusians', BE: 'Belgian Belgians', BO: 'Bolivian Bolivians',
  BA: 'Bosnian Bosnians', BR: 'Brazilian Brazilians', GB: 'British Briton Britons', BG: 'Bulgarian Bulgarians', KH: 'Cambodian Cambodians',
  CM: 'Cameroonian Cameroonians', CA: 'Canadian Canadians', CL: 'Chilean Chileans', CN: 'Chinese', CO: 'Colombian Colombians',
  HR: 'Croatian Croat Croats Croatians', CU: 'Cuban Cubans', CY: 'Cypriot Cypriots', CZ: 'Czech Czechs', DK: 'Danish Dane Danes',
  EC: 'Ecuadorian Ecuadorians', EG: 'Egyptian Egyptians', AE: 'Emirati Emiratis', ER: 'Eritrean Eritreans', EE: 'Estonian Estonians',
  ET: 'Ethiopian Ethiopians', FI: 'Finnish Finn Finns', FR: 'French', GE: 'Georgian Georgians', DE: 'German Germans', GH: 'Ghanaian Ghanaians',
  GR: 'Greek Greeks', HU: 'Hungarian Hungarians', IS: 'Icelandic Icelanders', IN: 'Indian Indians', ID: 'Indonesian Indonesians',
  IR: 'Iranian Iranians', IQ: 'Iraqi Iraqis', IE: 'Irish', IL: 'Israeli Israelis', IT: 'Italian Italians', JP: 'Japanese',
  JO: 'Jordanian Jordanians', KZ: 'Kazakh Kazakhstani Kazakhs', KE: 'Kenyan Kenyans', KW: 'Kuwaiti Kuwaitis', KG: 'Kyrgyz',
  LV: 'Latvian Latvians', LB: 'Lebanese', LY: 'Libyan Libyans', LT: 'Lithuanian Lithuanians', MY: 'Malaysian Malaysians',
  ML: 'Malian Malians', MX: 'Mexican Mexicans', MD: 'Moldovan Moldovans', MN: 'Mongolian Mongolians', MA: 'Moroccan Moroccans',
  MM: 'Burmese Myanmarese', NP: 'Nepali Nepalese', NL: 'Dutch', NZ: 'New Zealander New Zealanders', NG: 'Nigerian Nigerians',
  KP: 'North Korean North Koreans', NO: 'Norwegian Norwegians', OM: 'Omani Omanis', PK: 'Pakistani Pakistanis',
  PS: 'Palestinian Palestinians', PE: 'Peruvian Peruvians', PH: 'Filipino Filipinos Philippine', PL: 'Polish Pole Poles',
  PT: 'Portuguese', QA: 'Qatari Qataris', RO: 'Romanian Romanians', RU: 'Russian Russians', RW: 'Rwandan Rwandans',
  SA: 'Saudi Saudis', RS: 'Serbian Serb Serbs Serbians', SG: 'Singaporean Singaporeans', SK: 'Slovak Slovaks', SI: 'Slovenian Slovenians',
  SO: 'Somali Somalis', ZA: 'South African South Africans', KR: 'South Korean South Koreans', SS: 'South Sudanese', ES: 'Spanish Spaniard Spaniards',
  LK: 'Sri Lankan Sri Lankans', SD: 'Sudanese', SE: 'Swedish Swede Swedes', CH: 'Swiss', SY: 'Syrian Syrians', TW: 'Taiwanese',
  TJ: 'Tajik Tajiks', TZ: 'Tanzanian Tanzanians', TH: 'Thai Thais', TN: 'Tunisian Tunisians', TR: 'Turkish Turk Turks',
  TM: 'Turkmen', UG: 'Ugandan Ugandans', UA: 'Ukrainian Ukrainians', US: 'American Americans', UY: 'Uruguayan Uruguayans',
  UZ: 'Uzbek Uzbeks', VE: 'Venezuelan Venezuelans', VN: 'Vietnamese', YE: 'Yemeni Yemenis', ZM: 'Zambian Zambians', ZW: 'Zimbabwean Zimbabweans',
  AO: 'Angolan Angolans', SN: 'Senegalese', CI: 'Ivorian Ivorians', ME: 'Montenegrin Montenegrins', MK: 'Macedonian Macedonians',
  XK: 'Kosovar Kosovars', HT: 'Haitian Haitians', JM: 'Jamaican Jamaicans', PA: 'Panamanian Panamanians', PY: 'Paraguayan Paraguayans',
  NI: 'Nicaraguan Nicaraguans', HN: 'Honduran Hondurans', GT: 'Guatemalan Guatemalans', SV: 'Salvadoran Salvadorans', DO: 'Dominican Dominicans',
  LA: 'Laotian Lao', DJ: 'Djiboutian', TD: 'Chadian Chadians', NE: 'Nigerien Nigeriens', MR: 'Mauritanian Mauritanians', LU: 'Luxembourgish',
  MT: 'Maltese', BN: 'Bruneian', MV: 'Maldivian Maldivians', BT: 'Bhutanese', CD: 'Congolese', SL: 'Sierra Leonean', LR: 'Liberian Liberians',
};
const MULTI_WORD_DEMONYM = /^(?:north|south|new|sri|sierra)\s/;

function buildNameIndex(): Map<string, string> {
  const index = new Map<string, string>();
  const add = (name: string, code: string) => { const k = nameKey(name); if (k && !index.has(k)) index.set(k, code); };
  for (const [code, names] of Object.entries(EXTRA_NAMES)) for (const n of names) add(n, code);
  for (const [code, c] of Object.entries(countryList)) { add(c.name, code); for (const a of c.alias ?? []) add(a, code); }
  for (const [code, names] of Object.entries(isoEnglish.countries)) for (const n of [names].flat()) add(n, code);
  // "Congo" alone is two countries: leave it unresolved rather than pick one.
  index.delete('congo');
  return index;
}

function buildDemonymIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, words] of Object.entries(DEMONYMS)) {
    // Multi-word demonyms ("North Korean", "Sri Lankan") are written with a space: pair them up.
    const parts = words.split(' ').filter(Boolean);
    for (let i = 0; i < parts.length; i++) {
      const two = `${parts[i]} ${parts[i + 1] ?? ''}`.toLowerCase();
      if (MULTI_WORD_DEMONYM.test(two) && parts[i + 1]) { index.set(two, code); i++; }
      else index.set(parts[i]!.toLowerCase(), code);
    }
  }
  return index;
}

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
  const names = buildNameIndex();
  const demonyms = buildDemonymIndex();
  return {
    byName(text, type) {
      const key = nameKey(text);
      const code = names.get(key);
      if (!code) return undefined;
      // "US", "UK" in capitals only: "us" is a pronoun.
      const letters = text.replace(/[^\p{L}]/gu, '');
      if (letters.length <= 3 && letters !== letters.toUpperCase()) return undefined;
      if (AMBIGUOUS.has(key) && type === 'PER') return undefined;
      return code;
    },
    byDemonym(text) {
      return demonyms.get(text.trim().toLowerCase().replace(/\s+/g, ' ').replace(/['’]s$/, ''));
    },
    name(code) {
      return countryList[code]?.name ?? (code === 'XK' ? 'Kosovo' : code);
    },
    capital(code) {
      const c = countryList[code]?.capital;
      return c ? c.split(',')[0]!.trim() : undefined;
    },
  };
}

let shared: Countries | undefined;
/** The country tables, built at first call and shared (constant once built). */
export function sharedCountries(): Countries {
  return (shared ??= loadCountries());
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
