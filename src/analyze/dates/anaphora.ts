import type { Sentence } from '../../core/model.js';
import { NUMBER_WORD, smallNumber, weekdayIndex } from './forms.js';
import type { DateProposal, Proposed, Shift } from './proposals.js';

// Dates relative to the last date the text mentioned: "The following day", "two days later",
// "that evening". No library resolves these; chrono reads some of them ("the next day") against
// the reference day, which is wrong in a report, so these proposals win any overlap with chrono's.

const PART = String.raw`day|morning|afternoon|evening|night`;
const WEEKDAY_NAME = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day`;
// "after" and "before" with anything after them are relative to an event ("two days after the
// attack", "36 years after they met"), not to a date; "later" and "earlier" may go on ("two days later, he").
const NO_OBJECT = String.raw`(?=\s*(?:[,.;:!?)]|$))`;
const MAY_GO_ON = String.raw`(?=\s*(?:[,.;:!?)]|$|\s(?:and|but|when|as|he|she|it|they|we)\b))`;

interface Rule {
  re: RegExp;
  shift(m: RegExpMatchArray): Shift | undefined;
  grain(m: RegExpMatchArray): 'day' | 'month' | 'year';
}

const dir = (word: string): 1 | -1 => (/^(?:following|next|after|later)$/i.test(word) ? 1 : -1);
const unitOf = (word: string): 'day' | 'month' | 'year' | 'week' => word.toLowerCase().replace(/s$/, '') as 'day' | 'month' | 'year' | 'week';

const RULES: Rule[] = [
  { // "the following day", "the next morning", "the previous night"
    re: new RegExp(String.raw`\bthe\s+(following|next|previous|preceding)\s+(${PART})\b`, 'giu'),
    shift: (m) => ({ unit: 'day', n: dir(m[1]!) }),
    grain: () => 'day',
  },
  { // "the following Monday"
    re: new RegExp(String.raw`\bthe\s+(following|next|previous|preceding)\s+(${WEEKDAY_NAME})\b`, 'giu'),
    shift: (m) => ({ unit: 'weekday', weekday: weekdayIndex(m[2]!)!, direction: dir(m[1]!) }),
    grain: () => 'day',
  },
  { // "the day after", "the day before" (with nothing after them)
    re: new RegExp(String.raw`\bthe\s+(day|morning|night)\s+(after|before)${NO_OBJECT}`, 'giu'),
    shift: (m) => ({ unit: 'day', n: dir(m[2]!) }),
    grain: () => 'day',
  },
  { // "later that day", "that evening", "the same day"
    re: new RegExp(String.raw`\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+(${PART})\b`, 'giu'),
    shift: () => ({ unit: 'day', n: 0 }),
    grain: () => 'day',
  },
  { // "two days later", "a week earlier", "three years before"
    re: new RegExp(String.raw`\b(${NUMBER_WORD})\s+(days?|weeks?|months?|years?)\s+(?:(later|earlier)${MAY_GO_ON}|(after|before)${NO_OBJECT})`, 'giu'),
    shift: (m) => {
      const n = smallNumber(m[1]!);
      if (n === undefined) return undefined;
      const unit = unitOf(m[2]!), sign = dir(m[3] ?? m[4]!);
      return unit === 'week' ? { unit: 'day', n: 7 * n * sign } : { unit, n: n * sign };
    },
    grain: (m) => { const u = unitOf(m[2]!); return u === 'week' ? 'day' : u; },
  },
  { // "the following month", "the previous year"
    re: /\bthe\s+(following|next|previous|preceding)\s+(month|year)\b/giu,
    shift: (m) => ({ unit: unitOf(m[2]!) as 'month' | 'year', n: dir(m[1]!) }),
    grain: (m) => unitOf(m[2]!) as 'month' | 'year',
  },
];

// Every rule's match holds one of these words (a part of the day, a weekday's "day", a unit), compared
// as the rules compare, case folded: a sentence without any has no anaphor, and is scanned once, not once per rule (speed).
const MAY_HOLD_AN_ANAPHOR = /day|morning|afternoon|evening|night|week|month|year/iu;

export function proposeAnaphors(sentence: Sentence): Proposed {
  const out: Proposed = { proposals: [], dropped: [] };
  if (!MAY_HOLD_AN_ANAPHOR.test(sentence.text)) return out;
  for (const rule of RULES) {
    for (const m of sentence.text.matchAll(rule.re)) {
      const shift = rule.shift(m);
      if (!shift) continue;
      const start = sentence.start + m.index!;
      const p: DateProposal = { start, end: start + m[0].length, text: m[0], form: 'anaphor', grain: rule.grain(m), tense: 'unknown', shift };
      out.proposals.push(p);
    }
  }
  return out;
}
