import { countries } from 'countries-list';

// Which country a word names: a country name or alias, a demonym ("Russian", "Israelis"), or a
// capital ("Moscow"). Country names and capitals come from countries-list; demonyms are our table
// (world knowledge, not text knowledge). Values are ISO 3166-1 alpha-2 codes.

const DEMONYMS: Readonly<Record<string, string>> = Object.fromEntries(
  `Afghan:AF Albanian:AL Algerian:DZ American:US Angolan:AO Argentine:AR Argentinian:AR Armenian:AM Australian:AU Austrian:AT
  Azerbaijani:AZ Azeri:AZ Bahraini:BH Bangladeshi:BD Belarusian:BY Belgian:BE Beninese:BJ Bolivian:BO Bosnian:BA Brazilian:BR
  British:GB Bulgarian:BG Burmese:MM Burundian:BI Cambodian:KH Cameroonian:CM Canadian:CA Chadian:TD Chilean:CL Chinese:CN
  Colombian:CO Congolese:CD Croatian:HR Cuban:CU Cypriot:CY Czech:CZ Danish:DK Dutch:NL Ecuadorian:EC Egyptian:EG Emirati:AE
  English:GB Eritrean:ER Estonian:EE Ethiopian:ET Fijian:FJ Filipino:PH Finnish:FI French:FR Gambian:GM Georgian:GE German:DE
  Ghanaian:GH Ghanian:GH Greek:GR Guatemalan:GT Guinean:GN Haitian:HT Honduran:HN Hungarian:HU Icelandic:IS Indian:IN
  Indonesian:ID Iranian:IR Iraqi:IQ Irish:IE Israeli:IL Italian:IT Ivorian:CI Jamaican:JM Japanese:JP Jordanian:JO Kazakh:KZ
  Kenyan:KE Korean:KR Kosovar:XK Kuwaiti:KW Kyrgyz:KG Lao:LA Latvian:LV Lebanese:LB Liberian:LR Libyan:LY Lithuanian:LT
  Macedonian:MK Malaysian:MY Malian:ML Mauritanian:MR Mexican:MX Moldovan:MD Mongolian:MN Montenegrin:ME Moroccan:MA
  Mozambican:MZ Namibian:NA Nepalese:NP Nepali:NP Nicaraguan:NI Nigerian:NG Nigerien:NE Norwegian:NO Omani:OM Pakistani:PK
  Palestinian:PS Panamanian:PA Paraguayan:PY Peruvian:PE Polish:PL Portuguese:PT Qatari:QA Romanian:RO Russian:RU Rwandan:RW
  Saudi:SA Scottish:GB Senegalese:SN Serb:RS Serbian:RS Singaporean:SG Slovak:SK Slovenian:SI Somali:SO Somalian:SO
  South-African:ZA Spanish:ES Sri-Lankan:LK Sudanese:SD Swedish:SE Swiss:CH Syrian:SY Taiwanese:TW Tajik:TJ Tanzanian:TZ Thai:TH
  Tunisian:TN Turkish:TR Turk:TR Turkmen:TM Ugandan:UG Ukrainian:UA Uruguayan:UY Uzbek:UZ Venezuelan:VE Vietnamese:VN Welsh:GB
  Yemeni:YE Zambian:ZM Zimbabwean:ZW Soviet:RU Kampuchean:KH Sierra-Leonean:SL Bruneian:BN Belizean:BZ Salvadoran:SV
  Costa-Rican:CR Dominican:DO Ecuadorean:EC Gabonese:GA Malawian:MW Malagasy:MG Maltese:MT Mauritian:MU Nauruan:NR
  Papuan:PG Togolese:TG Beninois:BJ Chechen:RU Tibetan:CN Kurdish:IQ Flemish:BE Catalan:ES Basque:ES Tamil:LK Sinhalese:LK`
    .split(/\s+/).filter(Boolean).map((p) => { const [k, v] = p.split(':') as [string, string]; return [k.replace(/-/g, ' ').toLowerCase(), v]; }),
);

/** Names that countries-list lacks or spells otherwise. */
const EXTRA_NAMES: Readonly<Record<string, string>> = {
  'britain': 'GB', 'great britain': 'GB', 'england': 'GB', 'scotland': 'GB', 'wales': 'GB', 'u.k.': 'GB', 'u.s.': 'US',
  'u.s.a.': 'US', 'the united states': 'US', 'palestine': 'PS', 'gaza': 'PS', 'gaza strip': 'PS', 'west bank': 'PS',
  'korea': 'KR', 'dprk': 'KP', 'prc': 'CN', 'ussr': 'RU', 'soviet union': 'RU', 'czech republic': 'CZ', 'ivory coast': 'CI',
  'burma': 'MM', 'congo': 'CD', 'turkey': 'TR', 'holland': 'NL', 'vatican': 'VA', 'kosovo': 'XK', 'taiwan': 'TW',
  'macedonia': 'MK', 'ethopia': 'ET', 'kampuchea': 'KH',
};

/** Seats of government besides the capitals countries-list gives (and spellings it lacks). */
const EXTRA_CAPITALS: Readonly<Record<string, string>> = {
  'kiev': 'UA', 'kyiv': 'UA', 'tel aviv': 'IL', 'jerusalem': 'IL', 'ramallah': 'PS', 'new delhi': 'IN', 'delhi': 'IN',
  'washington': 'US', 'beijing': 'CN', 'peking': 'CN', 'khartoum': 'SD', 'the hague': 'NL', 'rangoon': 'MM', 'yangon': 'MM',
  'bombay': 'IN', 'mumbai': 'IN', 'istanbul': 'TR', 'ankara': 'TR', 'geneva': 'CH', 'sydney': 'AU', 'karachi': 'PK',
};

function buildNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [code, c] of Object.entries(countries)) {
    names.set(c.name.toLowerCase(), code);
    for (const a of (c as { alias?: string[] }).alias ?? []) names.set(a.toLowerCase(), code);
  }
  for (const [k, v] of Object.entries(EXTRA_NAMES)) names.set(k, v);
  return names;
}
function buildCapitals(): Map<string, string> {
  const capitals = new Map<string, string>();
  for (const [code, c] of Object.entries(countries)) if (c.capital) capitals.set(c.capital.toLowerCase(), code);
  for (const [k, v] of Object.entries(EXTRA_CAPITALS)) capitals.set(k, v);
  return capitals;
}
// Constant tables, built once at load (never changed afterwards).
const NAMES = buildNames();
const CAPITALS = buildCapitals();

/** The country a country name names ("Russia", "the United States", "Britain"). */
export function countryOfName(text: string): string | undefined {
  const t = text.toLowerCase().replace(/[’']s$/, '').trim();
  return NAMES.get(t) ?? NAMES.get(t.replace(/^the /, ''));
}

/** The country of a demonym, singular or plural: "Russian", "Israelis", "Palestinians". */
export function countryOfDemonym(word: string): string | undefined {
  const w = word.toLowerCase().replace(/-/g, ' ');
  return DEMONYMS[w] ?? (w.endsWith('s') ? DEMONYMS[w.slice(0, -1)] : undefined);
}

/** The country whose capital (or seat of government) this is. */
export function countryOfCapital(text: string): string | undefined {
  return CAPITALS.get(text.toLowerCase());
}

/** Any of the three: name, demonym, capital. */
export function countryOf(text: string): string | undefined {
  return countryOfName(text) ?? countryOfDemonym(text) ?? countryOfCapital(text);
}

/** Whether `text` names a country (not a city or a demonym). */
export const isCountryName = (text: string) => countryOfName(text) !== undefined;

/** Words that name `code`: its names, for finding a mention of the host country in the text. */
export function namesOfCountry(code: string): string[] {
  const out: string[] = [];
  for (const [name, c] of NAMES) if (c === code) out.push(name);
  return out;
}
