import * as chrono from 'chrono-node';
import type { Sentence } from '../../core/model.js';
import type { Day } from './calendar.js';
import { DEICTIC, HAS_YEAR, MONTH_ALONE_CUE, MONTH_WORD, WEEKDAY_CLEAR, WEEKDAY_WORD, deicticGrain, withoutClockTime } from './forms.js';
import type { DateForm, DateProposal, Grain, Proposed } from './proposals.js';
import { tenseAround } from './tense.js';

// chrono-node finds the expressions and, given the reference day, resolves weekdays and relative
// words the way a reader does (its default mode: "on Thursday" in a Friday story is the day before).
// What it cannot know is which of its finds are dates in news prose: the filters below decide.

// Any fixed day serves when there is no reference: only forms that carry their year are kept then.
const PLACEHOLDER: Day = { year: 2000, month: 1, day: 1 };
const LEADING = /^(?:[\s,(（]|on\s|at\s|in\s(?!\S+ (?:days?|months?|years?)$)|by\s|since\s)+/i;
const TRAILING = /[\s,;:(]+$/;

// A sentence with none of these has no date chrono could find: it is not parsed at all (speed).
const MAY_HOLD_A_DATE = /\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|today|tonight|yesterday|tomorrow|last|next|this|past|ago|days?\b|months?\b|years?\b)/i;

/** Date expressions chrono finds in one sentence; values use `reference` when given. */
export function proposeWithChrono(sentence: Sentence, reference: Day | undefined): Proposed {
  if (!MAY_HOLD_A_DATE.test(sentence.text)) return { proposals: [], dropped: [] };
  const ref = reference ?? PLACEHOLDER;
  // Local noon: chrono reckons in the process's zone, and noon keeps every zone on the same day.
  const instant = new Date(ref.year, ref.month - 1, ref.day, 12);
  const out: Proposed = { proposals: [], dropped: [] };
  for (const r of chrono.parse(sentence.text, instant)) {
    const lead = LEADING.exec(r.text)?.[0].length ?? 0;
    const text = r.text.slice(lead).replace(TRAILING, '');
    if (!text) continue;
    const local = r.index + lead;
    const start = sentence.start + local, end = start + text.length;
    const drop = (rule: string, why: string) => out.dropped.push({ start, end, text, rule, why });
    const before = sentence.text.slice(0, local);

    const month = MONTH_WORD.exec(text)?.[0];
    if (month && !/^\p{Lu}/u.test(month)) { drop('date-lowercase-month', 'a month name in lower case is a word, not a date'); continue; }
    const weekdayWord = WEEKDAY_WORD.exec(text)?.[0];
    if (weekdayWord && !month && !WEEKDAY_CLEAR.test(weekdayWord))
      { drop('date-weekday-abbreviation', 'a short weekday without its period ("Sun", "Wed") is usually another word'); continue; }
    if (/\b(?:now|currently|weeks?|weekends?|hours?|minutes?|min|mins|seconds?|secs?)\b/i.test(text))
      { drop('date-not-a-day', 'no calendar day, month or year: a time, a week or "now"'); continue; }
    if (/\b(?:later|after|before|earlier)\b/i.test(text))
      { drop('date-relative-to-text', 'relative to another date of the text, not to the reference day: left to the anaphor rules'); continue; }

    const form = formOf(text, month !== undefined, weekdayWord !== undefined, r.start.isCertain('day'));
    if (form === undefined) { drop('date-not-a-day', 'no calendar day, month or year: a time, a week or "now"'); continue; }
    if (form === 'month' && !HAS_YEAR.test(text) && !MONTH_ALONE_CUE.test(before))
      { drop('date-month-alone', 'a month name alone, with no "in", "since", "late" ... before it, is often another word ("May", "March")'); continue; }

    const tense = tenseAround(sentence.text, local, local + text.length);
    if (form === 'deictic' && /^in\s/i.test(text) && tense !== 'future')
      { drop('date-duration', '"in two years" names a date only in an announcement; elsewhere it is a span of time'); continue; }
    const p: DateProposal = { start, end, text, form, grain: grainOf(form, text, r), tense };
    if (form === 'weekday') p.weekday = r.start.get('weekday') ?? undefined;
    if (form === 'absolute' || reference) {
      p.year = r.start.get('year') ?? undefined;
      if (p.grain !== 'year') p.month = r.start.get('month') ?? undefined;
      if (p.grain === 'day') p.day = r.start.get('day') ?? undefined;
    }
    out.proposals.push(p);
  }
  return out;
}

function formOf(text: string, hasMonth: boolean, hasWeekday: boolean, dayCertain: boolean): DateForm | undefined {
  if (HAS_YEAR.test(text) && (hasMonth || /\d[/.-]\d/.test(text))) return 'absolute';
  if (DEICTIC.test(withoutClockTime(text))) return 'deictic';
  if (hasMonth) return dayCertain ? 'month-day' : 'month';
  if (hasWeekday) return 'weekday';
  return undefined;
}

function grainOf(form: DateForm, text: string, r: chrono.ParsedResult): Grain {
  if (form === 'deictic') return deicticGrain(text);
  if (form === 'month') return 'month';
  if (form === 'absolute') return r.start.isCertain('day') ? 'day' : r.start.isCertain('month') ? 'month' : 'year';
  return 'day';
}

