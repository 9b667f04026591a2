import type { Token } from '../../core/model.js';
import { ABBREVIATED_SCALES, SCALES, UNITS, VAGUE } from './lexicon.js';

/** A number as written over tokens [first, last], with its value. */
export interface NumberRead {
  first: number;
  last: number;
  value: number;
  /** Written in digits (as opposed to words). */
  numeral: boolean;
  /** "hundreds", "dozens": a lower bound, not a count. */
  vague: boolean;
  /** "7-8", "10 to 15": the value is the lower bound. */
  range: boolean;
  /** "2.3-million-strong": the size of a group or population. */
  strong: boolean;
  /** What a hyphen joins to the number, lower case: "year-old", "day", "member", "odd". */
  tail?: string;
  /** The scale word that multiplied it ("million": 1e6), if any. */
  scale?: number;
}

const NUMERAL = /^(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?:-(\p{L}.*))?$/u;

export const isNumeralToken = (t: Token | undefined) => !!t && /^\d/.test(t.text) && NUMERAL.test(t.text);
const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** The number that starts at token i (not reading past token `end`, exclusive), if one does; with a range ("7-8", "five to 11"). */
export function readNumber(tokens: readonly Token[], i: number, end: number): NumberRead | undefined {
  const read = readOne(tokens, i, end);
  if (!read || read.tail || read.vague) return read;
  // A range: "7-8", "7–8", "10 to 15", "two to three million" (the value is its lower bound).
  const link = tokens[read.last + 1];
  const dash = !!link && /^[-–]$/.test(link.text) && adjacent(tokens[read.last], link) && adjacent(link, tokens[read.last + 2]);
  // "from 5 to 10" is a change, not a range.
  const to = lower(link) === 'to' && lower(tokens[i - 1]) !== 'from';
  if (!link || read.last + 2 >= end || !(dash || to)) return read;
  const upper = readOne(tokens, read.last + 2, end);
  if (!upper || upper.vague) return read;
  // "2 to 3 million": the scale of the upper bound applies to the lower one.
  const low = upper.scale && !read.scale ? read.value * upper.scale : read.value;
  if (upper.value <= low) return read;
  const range: NumberRead = { ...read, last: upper.last, value: low, range: true, strong: upper.strong };
  if (upper.tail) range.tail = upper.tail;
  return range;
}

function readOne(tokens: readonly Token[], i: number, end: number): NumberRead | undefined {
  const t = tokens[i]!;
  return /^\d/.test(t.text) ? readNumeral(tokens, i, end) : readWords(tokens, i, end);
}

// Thousands may be grouped by spaces ("700 000"): groups of three digits, one space apart.
const MAX_SPACED_GROUPS = 4;

/** "1, 400": a comma right after the digits at `k`, then one space and a group of three digits ending the number. */
function commaGroup(tokens: readonly Token[], k: number): boolean {
  const comma = tokens[k + 1], group = tokens[k + 2], after = tokens[k + 3];
  return !!comma && !!group && comma.text === ',' && comma.start === tokens[k]!.end && group.start === comma.end + 1 && /^\d{3}$/.test(group.text)
    // "1, 400." ends it; "1, 400, 2" would be a list of numbers only if what follows is no group of three
    && !(after && after.start === group.end && /^\d/.test(after.text));
}

function readNumeral(tokens: readonly Token[], i: number, end: number): NumberRead | undefined {
  const m = NUMERAL.exec(tokens[i]!.text);
  if (!m) return undefined;
  const read: NumberRead = { first: i, last: i, value: Number(m[1]!.replace(/,/g, '') + (m[2] ?? '')), numeral: true, vague: false, range: false, strong: false };
  if (/^\d{1,3}$/.test(tokens[i]!.text)) {
    let k = i, digits = tokens[i]!.text;
    while (k + 1 < end && k - i < MAX_SPACED_GROUPS && /^\d{3}$/.test(tokens[k + 1]!.text) && tokens[k + 1]!.start === tokens[k]!.end + 1) digits += tokens[++k]!.text;
    // or by a comma set off with a space, as text tokenised for corpora writes them ("31, 000 people", "$200, 000")
    if (k === i) while (k + 2 < end && (k - i) / 2 < MAX_SPACED_GROUPS && commaGroup(tokens, k)) { digits += tokens[k + 2]!.text; k += 2; }
    if (k > i) { read.last = k; read.value = Number(digits); }
  }
  if (m[3]) applyTail(read, m[3].toLowerCase().split('-'));
  else {
    scaleAfter(tokens, read, end);
    const spaced = spacedTail(tokens, read.last, end);
    if (spaced) { read.last = spaced.last; applyTail(read, spaced.parts, read.value); }
  }
  return read;
}

/** A hyphen tail written with spaces around the hyphens ("90 - day", "26 - year - old"), as some corpora tokenise text. */
function spacedTail(tokens: readonly Token[], last: number, end: number): { last: number; parts: string[] } | undefined {
  const parts: string[] = [];
  let k = last;
  while (k + 2 < end && /^[-–]$/.test(tokens[k + 1]!.text) && !adjacent(tokens[k], tokens[k + 1]) && !adjacent(tokens[k + 1], tokens[k + 2])
    && /^\p{L}+$/u.test(tokens[k + 2]!.text)) {
    parts.push(...lower(tokens[k + 2]).split('-'));
    k += 2;
  }
  return parts.length ? { last: k, parts } : undefined;
}

/** Hyphenated parts after a number: a scale ("2.3-million"), "strong", or a tail to classify later ("year-old"). */
function applyTail(read: NumberRead, parts: string[], base?: number): void {
  if (parts[0] && SCALES[parts[0]] && !ABBREVIATED_SCALES.has(parts[0])) {
    read.scale = SCALES[parts.shift()!]!;
    read.value = (base ?? read.value) * read.scale;
  }
  if (parts[0] === 'strong') { read.strong = true; parts.shift(); }
  if (parts.length) read.tail = parts.join('-');
}

/** "2.3 million", "1.5bn", "10k": a scale word after the number multiplies it. */
function scaleAfter(tokens: readonly Token[], read: NumberRead, end: number): void {
  const next = tokens[read.last + 1];
  if (!next || read.last + 1 >= end) return;
  const parts = lower(next).split('-');
  const word = parts[0]!;
  const scale = SCALES[word];
  if (scale === undefined) return;
  // An abbreviation only joined to the digits: "1.5bn", "$3m" (not "5 m", five metres).
  if (ABBREVIATED_SCALES.has(word) && !(adjacent(tokens[read.last], next) && parts.length === 1)) return;
  if (word === 'hundred' && read.value >= 100) return;
  read.value *= scale;
  read.scale = scale;
  read.last += 1;
  parts.shift();
  if (parts.length) applyTail(read, parts, read.value);
}

/** Number words: "eight", "Forty-six", "two dozen", "a dozen", "three hundred and fifty", "hundreds", "tens of thousands". */
function readWords(tokens: readonly Token[], i: number, end: number): NumberRead | undefined {
  const first = lower(tokens[i]);
  if (!mayStartWords(first)) return undefined;
  const vague = readVague(tokens, i, end, first);
  if (vague) return vague;
  let total = 0, current = 0, last = -1, k = i, tail: string | undefined, scale: number | undefined;
  // A scale word needs a number before it: "a million", "two dozen"; alone ("e80 million") it counts nothing.
  if (SCALES[first.split('-')[0]!] !== undefined || first === 'dozen') return undefined;
  if ((first === 'a' || first === 'an') && ['dozen', 'hundred', 'thousand', 'million', 'billion'].includes(lower(tokens[i + 1]).split('-')[0]!)) {
    current = 1;
    k = i + 1;
  }
  for (; k < end; k++) {
    const word = lower(tokens[k]);
    if (word === 'and' && last >= 0 && UNITS[lower(tokens[k + 1])] !== undefined && current % 100 === 0 && current + total > 0) continue;
    const parts = word.split('-');
    let used = 0;
    for (const part of parts) {
      const unit = UNITS[part];
      if (unit !== undefined && fits(current, unit)) current += unit;
      else if (part === 'dozen') current = (current || 1) * 12;
      else if (part === 'hundred') current = (current || 1) * 100;
      else if (SCALES[part] && !ABBREVIATED_SCALES.has(part)) { total += (current || 1) * SCALES[part]!; current = 0; scale = SCALES[part]; }
      else break;
      used++;
    }
    if (used === 0) break;
    last = k;
    if (used < parts.length) { tail = parts.slice(used).join('-'); break; }
  }
  if (last < 0) return undefined;
  const read: NumberRead = { first: i, last, value: total + current, numeral: false, vague: false, range: false, strong: false };
  if (scale) read.scale = scale;
  if (tail) applyTail(read, tail.split('-'));
  return read;
}

/**
 * Whether readWords can read anything from a token whose lower case is `first`: the words its
 * readings start with (a vague word, "a"/"an", or a first part that counts). Most tokens are none of
 * them, and are passed over with one lookup instead of the reading's several (speed; same results).
 * The lists hold what the lexicon objects answer for, inherited names ("constructor") included, so the
 * test passes every word the readings would look at.
 */
function mayStartWords(first: string): boolean {
  const dash = first.indexOf('-');
  return FIRST_PARTS.has(dash < 0 ? first : first.slice(0, dash)) || FIRST_WORDS.has(first);
}

/** "tens of thousands": a plural head, "of", a plural scale. */
const CHAIN_HEADS: Readonly<Record<string, number>> = { tens: 20, dozens: 24, hundreds: 200, thousands: 2000 };
const INHERITED = Object.getOwnPropertyNames(Object.prototype);
/** First parts that readWords counts from (a unit, "dozen", "hundred") or stops at (a scale). */
const FIRST_PARTS: ReadonlySet<string> = new Set([...Object.keys(UNITS), ...Object.keys(SCALES), 'dozen', 'hundred', ...INHERITED]);
/** Whole words that readWords and readVague start from. */
const FIRST_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'several', 'few', ...Object.keys(VAGUE), ...Object.keys(CHAIN_HEADS), ...INHERITED]);

/** Whether a unit word can follow what has been read: "forty" + "six", "hundred" + "fifty"; not "one" + "two". */
function fits(current: number, unit: number): boolean {
  if (current === 0) return true;
  if (current % 100 === 0) return unit < 100;
  return unit < 10 && current % 10 === 0 && current % 100 >= 20;
}

function readVague(tokens: readonly Token[], i: number, end: number, word: string): NumberRead | undefined {
  // "several dozen", "a few hundred" (from "few"): at least two of them.
  const unit = SCALES[lower(tokens[i + 1])] ?? (lower(tokens[i + 1]) === 'dozen' ? 12 : undefined);
  if ((word === 'several' || word === 'few') && unit && !ABBREVIATED_SCALES.has(lower(tokens[i + 1])) && i + 1 < end)
    return { first: i, last: i + 1, value: 2 * unit, numeral: false, vague: true, range: false, strong: false, scale: unit };
  const head = CHAIN_HEADS[word];
  const scale = SCALES[lower(tokens[i + 2]).replace(/s$/, '')];
  if (head !== undefined && lower(tokens[i + 1]) === 'of' && i + 2 < end && scale && /s$/.test(lower(tokens[i + 2])) && scale >= 1000)
    return { first: i, last: i + 2, value: head * scale, numeral: false, vague: true, range: false, strong: false };
  const value = VAGUE[word];
  // "scores" counts only in "scores of ...": elsewhere it is the plural of score.
  if (value === undefined || (word === 'scores' && lower(tokens[i + 1]) !== 'of')) return undefined;
  return { first: i, last: i, value, numeral: false, vague: true, range: false, strong: false };
}
