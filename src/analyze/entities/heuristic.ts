import type { EntityType, Mention, Sentence, Token } from '../../core/model.js';
import type { EntityRecognizer } from './types.js';

// A first recogniser from capitalisation and small word lists: the fallback when no trained
// model is present. Lists are knowledge about the world, not about any test text.
const PLACES = new Set(('Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh Belarus Belgium Bolivia Bosnia Brazil ' +
  'Bulgaria Cambodia Cameroon Canada Chad Chile China Colombia Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Ecuador Egypt England Eritrea Estonia ' +
  'Ethiopia Europe Africa Asia America Finland France Gaza Georgia Germany Ghana Greece Guatemala Haiti Honduras Hungary Iceland India Indonesia Iran Iraq ' +
  'Ireland Israel Italy Jamaica Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon Libya Lithuania Luxembourg Malaysia Mali ' +
  'Mexico Moldova Mongolia Montenegro Morocco Mozambique Myanmar Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palestine Panama Paraguay ' +
  'Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Scotland Senegal Serbia Singapore Slovakia Slovenia Somalia Spain Sudan Sweden ' +
  'Switzerland Syria Taiwan Tajikistan Tanzania Thailand Tunisia Turkey Turkmenistan Uganda Ukraine Uruguay Uzbekistan Venezuela Vietnam Wales Yemen ' +
  'Zambia Zimbabwe Moscow Washington London Paris Berlin Beijing Tokyo Tehran Jerusalem Baghdad Damascus Beirut Cairo Ankara Istanbul Kyiv Kiev Riyadh ' +
  'Doha Dubai Amman Hebron Ramallah Rome Madrid Brussels Geneva Vienna Warsaw Delhi Mumbai Islamabad Kabul Seoul Pyongyang Manila Jakarta Sydney Toronto ' +
  'Ottawa Chicago Boston Texas California Florida Nairobi Lagos Khartoum Tripoli Tunis Algiers Caracas Havana Lima Bogota Santiago Minsk Tbilisi Baku ' +
  'Yerevan Kharkiv Odesa Crimea Donbas Sinai Golan Tel Aviv').split(' '));
const MULTI_PLACES = ['Gaza Strip', 'West Bank', 'Middle East', 'Global South', 'Tel Aviv', 'New York', 'Los Angeles', 'United States', 'United Kingdom',
  'North Korea', 'South Korea', 'Saudi Arabia', 'South Africa', 'New Delhi', 'Hong Kong', 'Red Sea', 'East Jerusalem', 'Latin America'];
const DEMONYMS = new Set(('Afghan American Arab Australian Belarusian British Canadian Chinese Egyptian European French German Indian Iranian Iraqi ' +
  'Israeli Italian Japanese Jewish Jordanian Korean Kurdish Lebanese Libyan Muslim Christian Palestinian Pakistani Polish Qatari Russian Saudi Syrian ' +
  'Turkish Ukrainian Western Eastern Yemeni Sunni Shia Shiite Arabic Persian Soviet Islamic Emirati Sudanese Spanish Dutch Swedish').split(' '));
const ORGANISATIONS = new Set(('Hamas Hezbollah Kremlin Reuters TASS AFP NATO Taliban ISIS Fatah Pentagon Congress Parliament Knesset Duma Interpol ' +
  'Google Apple Microsoft Amazon Facebook Twitter Meta OPEC UNICEF UNESCO UNRWA IDF BBC CNN').split(' '));
const ORG_WORDS = new Set(('Ministry Authority Agency Council Party Nations Union Organization Organisation Army Forces Bank Group Inc Corp Ltd Company ' +
  'Journal Times Post News Committee Court Parliament Government University Institute Foundation Association Commission Office Department Service ' +
  'Police Guard Brigades Movement Front League Federation Assembly Senate Church Airlines Press Club Network Television Radio Agency').split(' '));
const PLACE_WORDS = new Set('Lake River Island Islands Mount Mountains Sea Ocean Bay Gulf Strait Valley Province Region District County Peninsula Desert Coast Port'.split(' '));
const TITLES = new Set(('President Prime Minister Deputy Foreign Secretary General Chancellor King Queen Prince Princess Sheikh Emir Ayatollah Pope ' +
  'Senator Sen Rep Governor Gov Mayor Ambassador Envoy Spokesman Spokeswoman Spokesperson Chief Commander Colonel Col Lt Gen Admiral Sergeant ' +
  'Mr Mrs Ms Dr Prof Judge Justice Leader Chairman Director Officer Vice Defence Defense Interior Finance Justice Speaker Lord Lady Sir Saint').split(' '));
const CONNECT = new Set(['of', 'for', 'al', 'bin', 'ibn', 'de', 'del', 'van', 'von', 'da', 'la', 'le', 'abu', 'bint']);
// Capitalised at a sentence start only because they open it.
const OPENERS = new Set(('The A An In On At As By For From To Of And But Or If When While After Before Since During Despite Although Though However ' +
  'Meanwhile Additionally Furthermore Moreover Overall Notably Recently Some Many Most Several This That These Those It Its He She They We I You His ' +
  'Her Their Our There Here Such Other Another Both Each Every All No Not Among Amid Amidst With Without Under Over Further Why What ' +
  'Who How Where Until Yet So Then Also Still Even Just Only').split(' '));

const CALENDAR = new Set(('January February March April May June July August September October November December Monday Tuesday Wednesday ' +
  'Thursday Friday Saturday Sunday').split(' '));

const isCap = (t: Token) => /^\p{Lu}/u.test(t.text) && /\p{L}/u.test(t.text);
const mostlyUpper = (s: string) => { const l = s.replace(/[^\p{L}]/gu, ''); return l.length > 8 && l === l.toUpperCase(); };
/** Headline case: most longer words capitalised, so capitals say little. */
const titleCase = (s: string) => {
  const w = s.split(/\s+/).filter((x) => /^\p{L}{4,}/u.test(x));
  return w.length >= 3 && w.filter((x) => /^\p{Lu}/u.test(x)).length / w.length > 0.75;
};

export const heuristicRecognizer: EntityRecognizer = {
  name: 'heuristic',
  recognize(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): Mention[] {
    const mentions: Mention[] = [];
    const personParts = new Set<string>();
    for (const s of sentences) {
      if (mostlyUpper(s.text)) continue;                    // all-caps credit lines and shouting headlines
      let i = s.tokenStart;
      while (i < s.tokenEnd) {
        if (!isCap(tokens[i]!)) { i++; continue; }
        let j = i + 1;
        while (j < s.tokenEnd && (isCap(tokens[j]!) || (CONNECT.has(tokens[j]!.text.toLowerCase()) && j + 1 < s.tokenEnd && isCap(tokens[j + 1]!)))
          && !/\n/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
        let run = tokens.slice(i, j).filter((t) => !CALENDAR.has(t.text) && t.text.length > 1);
        // Sentence openers and participles ("Endorsing Putin's role") are capitalised by position only.
        if (i === s.tokenStart && run[0] === tokens[i] && (OPENERS.has(run[0]!.text) || (run.length > 1 && /(?:ing|ed|ly)$/.test(run[0]!.text)))) run = run.slice(1);
        const headline = titleCase(s.text);
        // "Palestinian Authority President Mahmoud Abbas": a title splits the run into an affiliation and a person.
        for (const [part, titled] of splitAtTitles(run)) {
          const type = classify(part, titled, i === s.tokenStart && part[0] === tokens[i], personParts);
          if (!type || (headline && !titled && part.length > 1 && type === 'PER')) continue;
          const start = part[0]!.start, end = part[part.length - 1]!.end;
          mentions.push({ start, end, text: text.slice(start, end), type });
          if (type === 'PER') for (const t of part) personParts.add(t.text);
        }
        i = j;
      }
    }
    return mentions;
  },
};

/** Parts of a capitalised run around title words, each flagged when a title precedes it. */
function splitAtTitles(run: readonly Token[]): [Token[], boolean][] {
  if (run.length > 1 && ORG_WORDS.has(run[run.length - 1]!.text)) return [[[...run], false]];   // "Foreign Ministry" is a name
  const parts: [Token[], boolean][] = [];
  let current: Token[] = [], titled = false, inTitle = false;
  for (const t of run) {
    if (TITLES.has(t.text)) {
      if (current.length && !inTitle) parts.push([current, titled]);
      current = []; titled = true; inTitle = true;
      continue;
    }
    inTitle = false;
    current.push(t);
  }
  if (current.length) parts.push([current, titled]);
  return parts.filter(([p]) => p.length > 0);
}

function classify(run: readonly Token[], titled: boolean, sentenceStart: boolean, personParts: ReadonlySet<string>): EntityType | null {
  const words = run.map((t) => t.text);
  const phrase = words.join(' ');
  const last = words[words.length - 1]!;
  if (words.some((w) => ORG_WORDS.has(w)) || words.some((w) => ORGANISATIONS.has(w)) && run.length === 1) return 'ORG';
  if (run.length > 1 && (PLACE_WORDS.has(words[0]!) || PLACE_WORDS.has(last))) return 'LOC';
  if (MULTI_PLACES.includes(phrase) || (run.length === 1 && PLACES.has(last))) return 'LOC';
  if (run.length === 1 && DEMONYMS.has(last.replace(/s$/, ''))) return 'MISC';
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(last)) return 'ORG';
  if (run.length === 1 && last.includes('-') && last.split('-').every((p) => PLACES.has(p) || ORGANISATIONS.has(p) || DEMONYMS.has(p))) return null;
  if (titled || run.length >= 2) return words.every((w) => PLACES.has(w) || DEMONYMS.has(w)) ? 'MISC' : 'PER';
  if (personParts.has(last)) return 'PER';
  return sentenceStart ? null : 'MISC';
}
