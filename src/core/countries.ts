import { createRequire } from 'node:module';

// The one countries table: every country by ISO 3166-1 alpha-2 code, with the names news text uses,
// its demonyms and its capitals. Names come from countries-list (short names and common or former
// aliases: "Britain", "Burma") and i18n-iso-countries (official and short English names: "Russian
// Federation", "USA"); neither has demonyms, so those are ours, as are the names and seats of
// government the packages lack. Event coding (CAMEO, PLOVER) also codes peoples and parts of a
// country as the country ("Kurdish", "Gaza"); those are kept apart, in CODED_AS, because for an
// entity they are not the country. Constant tables, built once at load.

const require = createRequire(import.meta.url);
// The English names only: the package's entry point would load every language.
const isoEnglish = require('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> };
const isoCodes = require('i18n-iso-countries/codes.json') as readonly (readonly string[])[];
const { countries: countryList } = require('countries-list') as { countries: Record<string, { name: string; alias?: string[]; capital?: string }> };

/** Names news text uses that the packages lack or spell otherwise. */
const OUR_NAMES: Readonly<Record<string, string>> = {
  PS: 'Palestinian territories|occupied Palestinian territories|State of Palestine|Palestine',
  US: 'United States|the United States|America|U.S.|U.S.A.',
  GB: 'U.K.|Great Britain|Britain',
  KP: 'DPRK|North Korea',
  KR: 'South Korea|ROK',
  CD: 'DR Congo|DRC|Democratic Republic of Congo',
  XK: 'Kosovo', SY: 'Syria', IR: 'Iran', RU: 'Russia', VA: 'Vatican City|Vatican', TL: 'East Timor',
  CV: 'Cape Verde', SZ: 'Eswatini', MK: 'North Macedonia|Macedonia', CN: 'PRC', CZ: 'Czech Republic', CI: 'Ivory Coast',
  MM: 'Burma', TR: 'Turkey', NL: 'Holland', TW: 'Taiwan', KH: 'Kampuchea', ET: 'Ethopia' /* a common misspelling */,
};

/** Names of two countries at once: no country by name alone ("Congo": the Republic, or the Democratic Republic?). */
const AMBIGUOUS_NAMES: ReadonlySet<string> = new Set(['congo']);

/** Demonyms, ours: the words for a country's people or state, singular and plural. */
const DEMONYMS: Readonly<Record<string, string>> = {
  AF: 'Afghan|Afghans', AL: 'Albanian|Albanians', DZ: 'Algerian|Algerians', AO: 'Angolan|Angolans',
  AR: 'Argentine|Argentinian|Argentines|Argentinians', AM: 'Armenian|Armenians', AU: 'Australian|Australians', AT: 'Austrian|Austrians',
  AZ: 'Azerbaijani|Azeri|Azerbaijanis|Azeris', BH: 'Bahraini|Bahrainis', BD: 'Bangladeshi|Bangladeshis', BY: 'Belarusian|Belarusians',
  BE: 'Belgian|Belgians', BJ: 'Beninese|Beninois', BZ: 'Belizean', BT: 'Bhutanese', BO: 'Bolivian|Bolivians', BA: 'Bosnian|Bosnians',
  BR: 'Brazilian|Brazilians', GB: 'British|Briton|Britons', BN: 'Bruneian', BG: 'Bulgarian|Bulgarians', MM: 'Burmese|Myanmarese',
  BI: 'Burundian', KH: 'Cambodian|Cambodians|Kampuchean', CM: 'Cameroonian|Cameroonians', CA: 'Canadian|Canadians', TD: 'Chadian|Chadians',
  CL: 'Chilean|Chileans', CN: 'Chinese', CO: 'Colombian|Colombians', CD: 'Congolese', CR: 'Costa Rican', HR: 'Croatian|Croat|Croats|Croatians',
  CU: 'Cuban|Cubans', CY: 'Cypriot|Cypriots', CZ: 'Czech|Czechs', DK: 'Danish|Dane|Danes', DJ: 'Djiboutian', DO: 'Dominican|Dominicans',
  EC: 'Ecuadorian|Ecuadorean|Ecuadorians', EG: 'Egyptian|Egyptians', AE: 'Emirati|Emiratis', ER: 'Eritrean|Eritreans', EE: 'Estonian|Estonians',
  ET: 'Ethiopian|Ethiopians', FJ: 'Fijian', FI: 'Finnish|Finn|Finns', FR: 'French', GA: 'Gabonese', GM: 'Gambian', GE: 'Georgian|Georgians',
  DE: 'German|Germans', GH: 'Ghanaian|Ghanian|Ghanaians', GR: 'Greek|Greeks', GT: 'Guatemalan|Guatemalans', GN: 'Guinean', HT: 'Haitian|Haitians',
  HN: 'Honduran|Hondurans', HU: 'Hungarian|Hungarians', IS: 'Icelandic|Icelanders', IN: 'Indian|Indians', ID: 'Indonesian|Indonesians',
  IR: 'Iranian|Iranians', IQ: 'Iraqi|Iraqis', IE: 'Irish', IL: 'Israeli|Israelis', IT: 'Italian|Italians', CI: 'Ivorian|Ivorians',
  JM: 'Jamaican|Jamaicans', JP: 'Japanese', JO: 'Jordanian|Jordanians', KZ: 'Kazakh|Kazakhstani|Kazakhs', KE: 'Kenyan|Kenyans',
  XK: 'Kosovar|Kosovars', KW: 'Kuwaiti|Kuwaitis', KG: 'Kyrgyz', LA: 'Laotian|Lao', LV: 'Latvian|Latvians', LB: 'Lebanese', LR: 'Liberian|Liberians',
  LY: 'Libyan|Libyans', LT: 'Lithuanian|Lithuanians', LU: 'Luxembourgish', MK: 'Macedonian|Macedonians', MG: 'Malagasy', MW: 'Malawian',
  MY: 'Malaysian|Malaysians', MV: 'Maldivian|Maldivians', ML: 'Malian|Malians', MT: 'Maltese', MR: 'Mauritanian|Mauritanians', MU: 'Mauritian',
  MX: 'Mexican|Mexicans', MD: 'Moldovan|Moldovans', MN: 'Mongolian|Mongolians', ME: 'Montenegrin|Montenegrins', MA: 'Moroccan|Moroccans',
  MZ: 'Mozambican', NA: 'Namibian', NR: 'Nauruan', NP: 'Nepali|Nepalese', NL: 'Dutch', NZ: 'New Zealander|New Zealanders',
  NI: 'Nicaraguan|Nicaraguans', NE: 'Nigerien|Nigeriens', NG: 'Nigerian|Nigerians', KP: 'North Korean|North Koreans', NO: 'Norwegian|Norwegians',
  OM: 'Omani|Omanis', PK: 'Pakistani|Pakistanis', PS: 'Palestinian|Palestinians', PA: 'Panamanian|Panamanians', PG: 'Papuan',
  PY: 'Paraguayan|Paraguayans', PE: 'Peruvian|Peruvians', PH: 'Filipino|Filipinos|Philippine', PL: 'Polish|Pole|Poles', PT: 'Portuguese',
  QA: 'Qatari|Qataris', RO: 'Romanian|Romanians', RU: 'Russian|Russians', RW: 'Rwandan|Rwandans', SA: 'Saudi|Saudis', SV: 'Salvadoran|Salvadorans',
  SN: 'Senegalese', RS: 'Serbian|Serb|Serbs|Serbians', SL: 'Sierra Leonean', SG: 'Singaporean|Singaporeans', SK: 'Slovak|Slovaks',
  SI: 'Slovenian|Slovenians', SO: 'Somali|Somalian|Somalis', ZA: 'South African|South Africans', KR: 'South Korean|South Koreans',
  SS: 'South Sudanese', ES: 'Spanish|Spaniard|Spaniards', LK: 'Sri Lankan|Sri Lankans', SD: 'Sudanese', SE: 'Swedish|Swede|Swedes', CH: 'Swiss',
  SY: 'Syrian|Syrians', TW: 'Taiwanese', TJ: 'Tajik|Tajiks', TZ: 'Tanzanian|Tanzanians', TH: 'Thai|Thais', TG: 'Togolese', TN: 'Tunisian|Tunisians',
  TR: 'Turkish|Turk|Turks', TM: 'Turkmen', UG: 'Ugandan|Ugandans', UA: 'Ukrainian|Ukrainians', US: 'American|Americans', UY: 'Uruguayan|Uruguayans',
  UZ: 'Uzbek|Uzbeks', VE: 'Venezuelan|Venezuelans', VN: 'Vietnamese', YE: 'Yemeni|Yemenis', ZM: 'Zambian|Zambians', ZW: 'Zimbabwean|Zimbabweans',
};

/** Seats of government and cities that stand for their country in news, besides the capitals countries-list gives. */
const OUR_CAPITALS: Readonly<Record<string, string>> = {
  UA: 'Kiev|Kyiv', IL: 'Tel Aviv|Jerusalem', PS: 'Ramallah', IN: 'New Delhi|Delhi|Bombay|Mumbai', US: 'Washington', CN: 'Beijing|Peking',
  SD: 'Khartoum', NL: 'The Hague', MM: 'Rangoon|Yangon', TR: 'Istanbul|Ankara', CH: 'Geneva', AU: 'Sydney', PK: 'Karachi',
};

/**
 * What event coding (CAMEO, PLOVER) codes as a country though it names no state: peoples, parts of a
 * country, a name two states share, a state that is gone. An actor "Kurdish fighters" is coded IQ; an
 * entity "Gaza" is not the State of Palestine, so entity resolution never reads these.
 */
const CODED_AS: Readonly<Record<string, { names?: string; demonyms?: string }>> = {
  GB: { names: 'England|Scotland|Wales', demonyms: 'English|Scottish|Welsh' },
  PS: { names: 'Gaza|Gaza Strip|West Bank' },
  KR: { names: 'Korea', demonyms: 'Korean' },
  CD: { names: 'Congo' },
  RU: { names: 'USSR|Soviet Union', demonyms: 'Soviet|Chechen' },
  CN: { demonyms: 'Tibetan' },
  IQ: { demonyms: 'Kurdish' },
  ES: { demonyms: 'Catalan|Basque' },
  BE: { demonyms: 'Flemish' },
  LK: { demonyms: 'Tamil|Sinhalese' },
};

export interface Country {
  /** ISO 3166-1 alpha-2 ("XK" for Kosovo, which ISO has not coded). */
  code: string;
  /** Short English name ("United Kingdom"). */
  name: string;
  /** Every name that names the state, ours first, then countries-list's, then ISO's English names. */
  names: readonly string[];
  demonyms: readonly string[];
  /** The capital first (countries-list), then other seats and cities that stand for the country. */
  capitals: readonly string[];
}

const split = (words: string | undefined) => (words ? words.split('|') : []);

function buildCountries(): ReadonlyMap<string, Country> {
  const codes = new Set([...Object.keys(countryList), ...Object.keys(isoEnglish.countries)]);
  const out = new Map<string, Country>();
  for (const code of codes) {
    const listed = countryList[code];
    const iso = [isoEnglish.countries[code] ?? []].flat();
    out.set(code, {
      code,
      name: listed?.name ?? iso[0] ?? code,
      names: [...new Set([...split(OUR_NAMES[code]), ...(listed ? [listed.name, ...(listed.alias ?? [])] : []), ...iso])],
      demonyms: split(DEMONYMS[code]),
      capitals: [...(listed?.capital ? [listed.capital] : []), ...split(OUR_CAPITALS[code])],
    });
  }
  return out;
}

/** Every country by its alpha-2 code. */
export const COUNTRIES: ReadonlyMap<string, Country> = buildCountries();

/**
 * The key a name is looked up under: lower case without accents, possessive, leading "the",
 * punctuation or hyphens ("the U.S.'s" → "u s", "South-African" → "south african").
 */
export function countryKey(text: string): string {
  if (PLAIN_WORDS.test(text)) return text.toLowerCase(); // what the steps below leave of plain words (speed: most lookups)
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/(?:['’]s|(?<=s)['’])$/u, '')
    .replace(/^the\s+/, '').replace(/&/g, ' and ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** ASCII words one space apart, not led by "the": the steps below would only lower-case them. */
const PLAIN_WORDS = /^(?!the )[a-z]+(?: [a-z]+)*$/i;

/** word → code over one field of every country; the first country to claim a key keeps it. */
function indexOf(field: 'names' | 'demonyms' | 'capitals', coded?: 'names' | 'demonyms'): Map<string, string> {
  const index = new Map<string, string>();
  const add = (word: string, code: string) => { const k = countryKey(word); if (k && !index.has(k)) index.set(k, code); };
  for (const c of COUNTRIES.values()) for (const w of c[field]) add(w, c.code);
  if (field === 'names') for (const k of AMBIGUOUS_NAMES) index.delete(k);
  if (coded) for (const [code, extra] of Object.entries(CODED_AS)) for (const w of split(extra[coded])) add(w, code);
  return index;
}

const NAMES = indexOf('names');
const CODED_NAMES = indexOf('names', 'names');
const DEMONYM_INDEX = indexOf('demonyms');
const CODED_DEMONYMS = indexOf('demonyms', 'demonyms');
const CAPITALS = indexOf('capitals');

/** Whether to read event coding's conventions (CODED_AS) too: peoples and parts coded as a country. */
export interface CodingOption { coding?: boolean }

/**
 * The country a name names ("Syria", "the US", "Russian Federation"). Two or three letters count only
 * in capitals ("US", "UK": "us" is a pronoun).
 */
export function countryByName(text: string, options: CodingOption = {}): string | undefined {
  const letters = text.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 3 && letters !== letters.toUpperCase()) return undefined;
  return (options.coding ? CODED_NAMES : NAMES).get(countryKey(text));
}

/**
 * The country of a demonym, singular or plural ("Russian", "Israelis", "North Korean"). Event coding
 * also reads a plural we have not listed ("Bruneians"); entities do not, since a name can end the
 * same way ("Laos" is no plural of "Lao").
 */
export function countryByDemonym(text: string, options: CodingOption = {}): string | undefined {
  const key = countryKey(text);
  if (!options.coding) return DEMONYM_INDEX.get(key);
  return CODED_DEMONYMS.get(key) ?? (key.endsWith('s') ? CODED_DEMONYMS.get(key.slice(0, -1)) : undefined);
}

/** The country whose capital, seat of government or standing-for city this is ("Moscow", "Kyiv", "Tel Aviv"). */
export function countryByCapital(text: string): string | undefined {
  return CAPITALS.get(countryKey(text));
}

/** Short English name of a country ("Russia" is "Russia", "GB" is "United Kingdom"); undefined for an unknown code. */
export function countryName(code: string): string | undefined {
  return COUNTRIES.get(code.toUpperCase())?.name;
}

/** The capital (countries-list's first), when known. */
export function capitalOf(code: string): string | undefined {
  const c = COUNTRIES.get(code.toUpperCase())?.capitals[0];
  return c ? c.split(',')[0]!.trim() : undefined;
}

const ALPHA3 = new Map(isoCodes.map((row) => [row[0]!, row[1]!]));
/** ISO 3166-1 alpha-3 of an alpha-2 code. */
export function alpha3(code: string): string | undefined {
  return ALPHA3.get(code.toUpperCase());
}
