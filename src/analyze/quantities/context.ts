import type { Token } from '../../core/model.js';
import { LABEL_NOUNS, MEASURES, NOT_IN_SUBJECT, PREDICATES } from './lexicon.js';
import { isNumeralToken, type NumberRead } from './numbers.js';

// Numbers that are not quantities: what the words around a number say it is instead.
// Each test returns the rule code and a reason, or undefined when the number may be a quantity.

export interface Around {
  text: string;
  tokens: readonly Token[];
  /** Token range of the sentence: [start, end). */
  start: number;
  end: number;
  /** The sentence is written in title case (a headline): capitals say nothing there. */
  titleCase: boolean;
}
export interface NotAQuantity {
  rule: string;
  why: string;
}

const MONTH = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const TIME_AFTER = /^(?:a\.?m\.?|p\.?m\.?|gmt|utc|hrs|h|o'clock|o’clock|local|cet|est|edt|pdt|pst|bst)$/i;
const COUNT_CUE = /^(?:about|around|over|nearly|almost|some|least|than|roughly|approximately|estimated|another|additional|further|only|just|total|all)$/i;
const AGE_BEFORE = /^(?:aged|age|ages)$/i;
const AGE_BOUND = /^(?:over|under|above|below|between|about|around|nearly|almost)$/i;
/** Who an age bound describes: "children under 18", "people over 65". */
const PEOPLE = /^(?:children|kids|people|adults|women|men|persons|seniors|those|anyone|everyone|boys|girls|teenagers|teens|youths|students|voters|citizens|patients|residents|workers|pensioners)$/i;
const PREDICATE_WORDS = new Set(PREDICATES.map(([w]) => w));
const FUNCTION_WORDS = /^(?:the|a|an|and|or|but|of|in|on|at|to|for|from|by|with|as|than|about|over|under|some|nearly|almost|around|roughly|approximately|up|least|more|less|fewer|only|just|another|all|those|these|its|their|his|her|our|killing|wounding|leaving)$/i;

const tok = (a: Around, i: number) => (i >= a.start && i < a.end ? a.tokens[i] : undefined);
const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;
const isCapitalised = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.text);

export function notAQuantity(a: Around, n: NumberRead): NotAQuantity | undefined {
  const first = a.tokens[n.first]!, last = a.tokens[n.last]!;
  const prev = tok(a, n.first - 1), next = tok(a, n.last + 1), next2 = tok(a, n.last + 2);

  if (n.numeral && next && touching(last, next) && /^(?:st|nd|rd|th)$/i.test(next.text)) return { rule: 'quantity-ordinal', why: 'an ordinal ("7th")' };
  if (next && touching(last, next) && (/^\p{L}/u.test(next.text) || next.text === '×') && !MEASURES.has(low(next)))
    return { rule: 'quantity-label', why: 'letters joined to the number make a name or code ("5G", "3D")' };
  // Dates: "October 7", "7 October", "7.october", "Oct. 7", "7th of October"; "10/27/2023".
  const before = prev?.text === '.' ? tok(a, n.first - 2) : prev;
  if (MONTH.test(before?.text ?? '') || MONTH.test(next?.text ?? '') || ((next?.text === '.' || low(next) === 'of') && MONTH.test(next2?.text ?? '')))
    return { rule: 'quantity-date', why: 'a day of a month' };
  if (n.numeral && next && ((touching(last, next) && next.text === '.') || /^[/:]$/.test(next.text)) && isNumeralToken(next2))
    return { rule: 'quantity-date', why: 'part of a date, a time or a fraction ("10/27", "17:30")' };
  if (n.numeral && prev && /^[/:]$/.test(prev.text) && isNumeralToken(tok(a, n.first - 2))) return { rule: 'quantity-date', why: 'part of a date, a time or a fraction' };
  // A score or a tally: "won 9-3", "a 43-39 record" (the second number of a pair that is no range).
  if (n.numeral && prev && /^[-–]$/.test(prev.text) && isNumeralToken(tok(a, n.first - 2))
    && touching(prev, first) === touching(tok(a, n.first - 2), prev))
    return { rule: 'quantity-code', why: 'the second number of a pair ("9-3"): a score or a code' };
  if (n.numeral && isYear(a, n)) return { rule: 'quantity-year', why: 'a year' };
  if (n.numeral && (TIME_AFTER.test(next?.text ?? '') || (/^[ap]$/i.test(next?.text ?? '') && next2?.text === '.')))
    return { rule: 'quantity-time', why: 'a time of day' };
  // Phone numbers and codes: digit groups in a row, or a leading "+".
  if (n.numeral && !n.range && ((prev && isNumeralToken(prev)) || (next && isNumeralToken(next)) || (prev?.text === '+' && touching(prev, first))
    || (next && /^[-–]$/.test(next.text) && touching(last, next) === touching(next, next2) && isNumeralToken(next2))))
    return { rule: 'quantity-code', why: 'digit groups in a row: a phone number or a code' };
  if (isAge(a, n)) return { rule: 'quantity-age', why: 'an age' };
  if (isLabel(a, n)) return { rule: 'quantity-label', why: 'a name or label ("World War 3", "Flight 17")' };
  return undefined;
}

function isYear(a: Around, n: NumberRead): boolean {
  const t = a.tokens[n.first]!;
  if ((n.last !== n.first && !n.range) || !/^(?:1[89]|20)\d{2}$/.test(t.text)) return false;
  const prev = tok(a, n.first - 1), next = tok(a, n.last + 1);
  if (next && touching(t, next) && low(next) === 's') return true; // "the 1990s"
  // A year, unless a word before it says it counts ("killed 2000", "some 1950"): news writes
  // counts of thousands with a comma, years without.
  return !(COUNT_CUE.test(prev?.text ?? '') || PREDICATE_WORDS.has(low(prev)));
}

function isAge(a: Around, n: NumberRead): boolean {
  if (n.tail && /^(?:years?|months?|weeks?|days?)-old$/.test(n.tail)) return true;
  const prev = tok(a, n.first - 1), prev2 = tok(a, n.first - 2), next = tok(a, n.last + 1), next2 = tok(a, n.last + 2);
  if (AGE_BEFORE.test(prev?.text ?? '') || (low(prev) === 'of' && low(prev2) === 'age')) return true;
  // "aged over 55"; "children under 18" when nothing after the number is counted.
  if (AGE_BOUND.test(prev?.text ?? '') && (AGE_BEFORE.test(prev2?.text ?? '')
    || (PEOPLE.test(prev2?.text ?? '') && (!next || !/^\p{L}/u.test(next.text) || NOT_IN_SUBJECT.has(low(next)))))) return true;
  if (/^(?:years?|months?)$/i.test(next?.text ?? '') && low(next2) === 'old') return true;
  // "she was 85.", "died at 91"
  if (n.numeral && /^(?:was|is)$/i.test(prev?.text ?? '') && /^(?:he|she|i)$/i.test(prev2?.text ?? '') && (!next || /^[.,;]$/.test(next.text))) return true;
  if (n.numeral && low(prev) === 'at' && /^(?:died|dies|dead|death)$/i.test(prev2?.text ?? '')) return true;
  // "Jane Doe, 45, said", "the actress, 26, checked in": a number set off by commas right after a word.
  if (n.numeral && n.first === n.last && prev?.text === ',' && /^\p{L}/u.test(prev2?.text ?? '') && /^[,.)]$/.test(next?.text ?? '')
    && !isNumeralToken(tok(a, n.last + 2)) && Number(a.tokens[n.first]!.text) < 120)
    return true;
  return prev?.text === '(' && isCapitalised(prev2) && next?.text === ')' && n.numeral && Number(a.tokens[n.first]!.text) < 120;
}

function isLabel(a: Around, n: NumberRead): boolean {
  const prev = tok(a, n.first - 1);
  if (!prev) return false;
  if (prev.text === '#' || /^(?:no\.?|nos\.?|number)$/i.test(prev.text) && n.numeral) return true;
  if (prev.text === '.' && /^(?:no|nos)$/i.test(tok(a, n.first - 2)?.text ?? '') && n.numeral) return true;
  if (!n.numeral) return false;
  if (LABEL_NOUNS.has(low(prev)) && isCapitalised(prev)) return true;
  // Any capitalised word right before a numeral, away from the sentence start: "Boeing 737", "Su 35".
  return !a.titleCase && n.first - 1 > a.start && isCapitalised(prev) && /^\p{L}+$/u.test(prev.text) && !FUNCTION_WORDS.test(prev.text);
}
