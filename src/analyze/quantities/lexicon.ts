// Word lists for reading quantities: data only, kept apart from the rules that use them.
import type { CountCategory, Qualifier } from '../../core/model.js';

export const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  // Abbreviations, only right after a numeral ("1.5bn", "$3m", "10k").
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, mio: 1e6,
};
export const ABBREVIATED_SCALES = new Set(['k', 'm', 'mn', 'mln', 'bn', 'b', 'tn', 'mio']);
/** Plural number words: a lower bound, never an exact count ("hundreds" is at least two hundred). */
export const VAGUE: Readonly<Record<string, number>> = {
  dozens: 24, scores: 40, hundreds: 200, thousands: 2000, millions: 2e6, billions: 2e9,
};

/** Words before a number, longest first, and the qualifier each gives. */
export const QUALIFIERS_BEFORE: readonly (readonly [string, Qualifier])[] = [
  ['no fewer than', 'at least'], ['no less than', 'at least'], ['not less than', 'at least'],
  ['no more than', 'up to'], ['not more than', 'up to'], ['as many as', 'up to'], ['as much as', 'up to'],
  ['well over', 'more than'], ['just over', 'more than'], ['in excess of', 'more than'], ['upwards of', 'more than'],
  ['just under', 'up to'], ['close to', 'about'], ['an estimated', 'about'], ['at least', 'at least'], ['at most', 'up to'],
  ['more than', 'more than'], ['over', 'more than'], ['above', 'more than'], ['exceeding', 'more than'],
  ['fewer than', 'up to'], ['less than', 'up to'], ['under', 'up to'], ['below', 'up to'], ['up to', 'up to'],
  ['nearly', 'about'], ['almost', 'about'], ['about', 'about'], ['around', 'about'], ['roughly', 'about'],
  ['approximately', 'about'], ['approx.', 'about'], ['some', 'about'], ['estimated', 'about'], ['circa', 'about'],
  ['minimum', 'at least'], ['maximum', 'up to'],
];
export const QUALIFIERS_AFTER: readonly (readonly [string, Qualifier])[] = [
  ['or more', 'at least'], ['and more', 'at least'], ['or so', 'about'], ['or fewer', 'up to'], ['or less', 'up to'], ['+', 'more than'],
];

export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₽': 'RUB', '₪': 'ILS', '₹': 'INR', '₴': 'UAH', '₺': 'TRY',
};
/** Letters written right before "$": "US$", "A$", "HK$". */
export const DOLLAR_PREFIXES: Readonly<Record<string, string>> = {
  US: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', HK: 'HKD', NZ: 'NZD', S: 'SGD', NT: 'TWD',
};
export const CURRENCY_WORDS: Readonly<Record<string, string>> = {
  dollar: 'USD', dollars: 'USD', usd: 'USD', euro: 'EUR', euros: 'EUR', eur: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', gbp: 'GBP',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', rub: 'RUB', shekel: 'ILS', shekels: 'ILS', ils: 'ILS', nis: 'ILS',
  yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', yen: 'JPY', jpy: 'JPY', rupee: 'INR', rupees: 'INR', inr: 'INR',
  hryvnia: 'UAH', hryvnias: 'UAH', lira: 'TRY', liras: 'TRY', riyal: 'SAR', riyals: 'SAR', dirham: 'AED', dirhams: 'AED',
  dinar: 'DINAR', dinars: 'DINAR', franc: 'CHF', francs: 'CHF', chf: 'CHF', won: 'KRW', peso: 'PESO', pesos: 'PESO', rand: 'ZAR',
  naira: 'NGN', shilling: 'SHILLING', shillings: 'SHILLING', rial: 'IRR', rials: 'IRR', toman: 'IRR', tomans: 'IRR',
};
export const TIME_UNITS: Readonly<Record<string, string>> = {
  second: 'second', seconds: 'second', minute: 'minute', minutes: 'minute', hour: 'hour', hours: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', month: 'month', months: 'month', year: 'year', years: 'year',
  decade: 'decade', decades: 'decade', century: 'century', centuries: 'century', fortnight: 'week',
  night: 'night', nights: 'night', weekend: 'weekend', weekends: 'weekend',
};
export const PERCENT_WORDS = new Set(['percent', 'pct', 'percentage']);
/** Units of measure: a number of them is neither a count nor one of our kinds. */
export const MEASURES = new Set([
  'km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers', 'mile', 'miles', 'metre', 'metres', 'meter', 'meters',
  'cm', 'mm', 'centimetre', 'centimetres', 'centimeter', 'centimeters', 'millimetre', 'millimetres', 'millimeter', 'millimeters', 'feet', 'foot', 'ft', 'inch', 'inches', 'yard', 'yards', 'kg', 'kgs', 'kilogram', 'kilograms', 'gram', 'grams',
  'g', 'lb', 'lbs', 'tonne', 'tonnes', 'ton', 'tons', 'acre', 'acres', 'hectare', 'hectares', 'ha', 'square', 'sq', 'litre',
  'litres', 'liter', 'liters', 'gallon', 'gallons', 'barrel', 'barrels', 'bpd', 'mph', 'kph', 'km/h', 'knots', 'degrees', 'degree',
  'mw', 'gw', 'kw', 'kwh', 'mwh', 'twh', 'bcm', 'calories', 'points', 'point',
  // how often, not how many: "shot three times", "arrested 3 times"
  'times',
]);

/** Nouns that, right before a number, make it a name or a label ("World War 3", "Flight 17", "Resolution 2334"). */
export const LABEL_NOUNS = new Set([
  'war', 'article', 'resolution', 'flight', 'chapter', 'section', 'page', 'room', 'route', 'highway', 'road', 'no', 'no.', 'number',
  'level', 'phase', 'category', 'class', 'grade', 'type', 'model', 'version', 'unit', 'gate', 'terminal', 'platform', 'block',
  'building', 'street', 'avenue', 'district', 'zone', 'sector', 'brigade', 'battalion', 'division', 'regiment', 'squad', 'group',
  'line', 'channel', 'paragraph', 'clause', 'item', 'rule', 'act', 'bill', 'law', 'protocol', 'code', 'stage', 'round', 'game',
  'match', 'episode', 'season', 'series', 'volume', 'vol', 'vol.', 'issue', 'box', 'apartment', 'floor', 'tower', 'hall',
  'camp', 'checkpoint', 'crossing', 'base', 'site', 'station', 'figure', 'table', 'exhibit', 'count', 'case', 'cell', '#',
]);

/** Verbs of saying and reporting: before a number they are not what happened to the counted. */
export const REPORTING = new Set([
  'said', 'say', 'says', 'reported', 'reports', 'report', 'told', 'claimed', 'claims', 'announced', 'stated', 'confirmed', 'confirms',
  'estimated', 'estimates', 'counted', 'recorded', 'registered', 'listed', 'put', 'puts', 'attributed', 'cited', 'noted', 'tallied',
  'documented', 'involving', 'including', 'included', 'includes', 'totalled', 'totaled', 'numbered', 'reached', 'reaching', 'rose',
  'climbed', 'stood', 'stands', 'increased', 'jumped', 'grew', 'passed', 'topped', 'surpassed', 'exceeded', 'hit',
]);

/** What happened to the counted: the words (as written) and the GDELT Counts category, when one fits. */
export const PREDICATES: readonly (readonly [string, CountCategory | undefined])[] = [
  // Several words first, so that "held captive" wins over "held".
  ['held captive', 'KIDNAP'], ['held hostage', 'KIDNAP'], ['taken hostage', 'KIDNAP'], ['taken captive', 'KIDNAP'],
  ['taken prisoner', 'KIDNAP'], ['in captivity', 'KIDNAP'], ['held in captivity', 'KIDNAP'], ['taken into custody', 'ARREST'],
  ['lost their lives', 'KILL'], ['shot dead', 'KILL'], ['went missing', 'MISSING'], ['unaccounted for', 'MISSING'],
  ['forced from their homes', 'DISPLACED'], ['forced to flee', 'DISPLACED'], ['left homeless', 'DISPLACED'],
  ['killed', 'KILL'], ['kill', 'KILL'], ['kills', 'KILL'], ['killing', 'KILL'], ['dies', 'KILL'], ['died', 'KILL'], ['die', 'KILL'], ['dead', 'KILL'], ['dying', 'KILL'],
  ['murdered', 'KILL'], ['slain', 'KILL'], ['executed', 'KILL'], ['massacred', 'KILL'], ['perished', 'KILL'], ['drowned', 'KILL'],
  ['wounded', 'WOUND'], ['wounding', 'WOUND'], ['wounds', 'WOUND'], ['injured', 'WOUND'], ['injuring', 'WOUND'], ['injures', 'WOUND'], ['hurt', 'WOUND'], ['maimed', 'WOUND'],
  ['hospitalised', 'WOUND'], ['hospitalized', 'WOUND'],
  ['kidnapped', 'KIDNAP'], ['abducted', 'KIDNAP'], ['kidnapping', 'KIDNAP'], ['abducting', 'KIDNAP'],
  ['arrested', 'ARREST'], ['arresting', 'ARREST'], ['arrests', 'ARREST'], ['detained', 'ARREST'], ['detaining', 'ARREST'], ['detains', 'ARREST'], ['jailed', 'ARREST'],
  ['imprisoned', 'ARREST'], ['apprehended', 'ARREST'], ['rounded up', 'ARREST'],
  ['missing', 'MISSING'], ['disappeared', 'MISSING'],
  ['displaced', 'DISPLACED'], ['displacing', 'DISPLACED'], ['fled', 'DISPLACED'], ['homeless', 'DISPLACED'], ['uprooted', 'DISPLACED'],
  ['evacuated', 'EVACUATE'], ['evacuating', 'EVACUATE'],
  ['protested', 'PROTEST'], ['protesting', 'PROTEST'], ['demonstrated', 'PROTEST'], ['marched', 'PROTEST'], ['rallied', 'PROTEST'],
  ['seized', 'SEIZE'], ['confiscated', 'SEIZE'], ['captured', 'SEIZE'], ['seizing', 'SEIZE'],
  ['affected', 'AFFECT'], ['stranded', 'AFFECT'], ['trapped', 'AFFECT'], ['sickened', 'AFFECT'], ['infected', 'AFFECT'],
  ['rescued', undefined], ['released', undefined], ['freed', undefined], ['designated', undefined], ['deployed', undefined],
  ['sent', undefined], ['exchanged', undefined], ['returned', undefined], ['repatriated', undefined], ['expelled', undefined],
  ['deported', undefined], ['sanctioned', undefined], ['banned', undefined], ['charged', undefined], ['convicted', undefined],
  ['sentenced', undefined], ['destroyed', 'AFFECT'], ['damaged', 'AFFECT'], ['launched', undefined], ['fired', undefined],
];

/** Nouns that name what happened by themselves ("1,400 fatalities", "240 hostages"). */
export const SUBJECT_CATEGORIES: Readonly<Record<string, CountCategory>> = {
  deaths: 'KILL', death: 'KILL', fatalities: 'KILL', fatality: 'KILL', dead: 'KILL', bodies: 'KILL', victims: 'KILL',
  killings: 'KILL', 'death toll': 'KILL',
  injuries: 'WOUND', injured: 'WOUND', wounded: 'WOUND',
  hostages: 'KIDNAP', hostage: 'KIDNAP', captives: 'KIDNAP', abductees: 'KIDNAP', kidnappings: 'KIDNAP', abductions: 'KIDNAP',
  arrests: 'ARREST', detainees: 'ARREST', detentions: 'ARREST', prisoners: 'ARREST',
  refugees: 'DISPLACED', 'displaced people': 'DISPLACED', 'internally displaced': 'DISPLACED',
  evacuees: 'EVACUATE', evacuations: 'EVACUATE',
  protesters: 'PROTEST', protestors: 'PROTEST', demonstrators: 'PROTEST', marchers: 'PROTEST',
};

/** Words the counted noun phrase never includes: it stops before them. */
export const NOT_IN_SUBJECT = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'and', 'or', 'but', 'nor', 'as', 'than', 'because', 'while', 'when', 'where', 'who', 'whom', 'whose', 'which', 'if', 'so',
  'in', 'on', 'at', 'to', 'from', 'by', 'with', 'without', 'for', 'of', 'into', 'onto', 'over', 'under', 'after', 'before',
  'since', 'during', 'between', 'among', 'amid', 'amidst', 'across', 'against', 'through', 'toward', 'towards', 'per', 'due',
  'including', 'like', 'near', 'off', 'out', 'up', 'down', 'about', 'around', 'via', 'within', 'upon', 'behind', 'beyond',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'have', 'has', 'had', 'having', 'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'also', 'still', 'already', 'now', 'then',
  'reportedly', 'allegedly', 'apparently', 'so', 'far', 'more', 'less', 'each', 'all', 'both', 'only', 'just', 'not', 'never',
  'there', 'here', 'they', 'he', 'she', 'it', 'we', 'i', 'you', 'them', 'us', 'him', 'ago', 'later', 'earlier', 'yet', 'too',
  'remain', 'remains', 'remained', 'got', 'get', 'became', 'become', 'said', 'says', 'say', 'according', 'whereas',
  'higher', 'lower', 'greater', 'larger', 'bigger', 'smaller', 'longer', 'shorter', 'fewer', 'older', 'younger', 'worse', 'better',
]);
/** Words that may come between the counted and what happened to them ("have also been", "who remain"). */
export const BRIDGE = new Set([
  'have', 'has', 'had', 'were', 'was', 'are', 'is', 'been', 'being', 'be', 'also', 'still', 'reportedly', 'allegedly', 'already',
  'now', 'who', 'that', 'which', 'remain', 'remained', 'remains', 'got', 'all', 'later', 'since', 'subsequently', 'apparently',
  'will', 'would', 'could', 'may', 'might', 'must', 'should', 'can', 'or', 'permanently', 'seriously', 'critically', 'fatally',
  'so', 'far', 'either', 'believed', 'feared', 'confirmed', 'presumed', 'thought', 'to', 'newly', 'recently', 'originally',
  'initially', 'eventually', 'ultimately',
]);
/** Participles that attach a name to the counted: "groups affiliated with Hezbollah". */
export const ATTACHING = new Set(['affiliated', 'linked', 'associated', 'allied', 'loyal', 'belonging', 'connected', 'tied', 'attached', 'close']);
