import type { Article, DateRef, Mention, Sentence } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { addDays, addMonths, compareDays, formatDay, formatMonth, WEEKDAY_NAMES, weekdayOf, type Day } from './calendar.js';
import { proposeAnaphors } from './anaphora.js';
import { proposeWithChrono } from './chrono.js';
import type { DateProposal, Dropped, Grain, Shift } from './proposals.js';
import { articleReference, datedSentences, type Family, type Reference } from './reference.js';
import { proposeYears } from './years.js';

export interface DateOptions {
  /** A reference given from outside (the story level); by default the article's own. */
  reference?: Reference;
  /** Names found earlier: a date word inside a longer name ("World News Tonight") is no date. */
  mentions?: readonly Mention[];
}

interface Candidate extends DateProposal {
  family: Family;
  priority: number;
}

// Which proposer wins an overlap: anaphors over chrono (which reads "the next day" against the
// publication date), chrono over a bare year.
const PRIORITY = { anaphor: 3, chrono: 2, year: 1 } as const;

/** Every date expression of the article's report (not its comments, credits or boilerplate), resolved. */
export function extractDates(article: Article, sentences: readonly Sentence[], report: Report, options: DateOptions = {}): DateRef[] {
  const dated = datedSentences(article, sentences);
  const ref = options.reference ?? articleReference(article, dated);
  if (ref?.source === 'inferred') report.info(`no publication date; ${ref.basis}`, 'date-reference-inferred');

  const candidates: Candidate[] = [];
  const dropped: Dropped[] = [];
  for (const s of dated) {
    const add = (found: { proposals: DateProposal[]; dropped: Dropped[] }, priority: number) => {
      for (const p of found.proposals) candidates.push({ ...p, family: s.family, priority });
      dropped.push(...found.dropped);
    };
    add(proposeAnaphors(s), PRIORITY.anaphor);
    add(proposeWithChrono(s, ref?.day), PRIORITY.chrono);
    add(proposeYears(s), PRIORITY.year);
  }
  const inName = (c: Candidate) => (options.mentions ?? []).some((m) => m.start <= c.start && c.end <= m.end && m.end - m.start > c.end - c.start);
  for (const c of candidates.filter(inName)) dropped.push({ start: c.start, end: c.end, text: c.text, rule: 'date-in-name', why: 'part of a longer name' });
  for (const d of dropped) report.info(`"${d.text}" is not taken as a date: ${d.why}`, d.rule, d);

  const out: DateRef[] = [];
  const anchors: Record<Family, DateRef | undefined> = { caption: undefined, text: undefined };
  for (const c of withoutOverlaps(candidates.filter((c) => !inName(c)))) {
    const resolved = resolve(c, ref, anchors[c.family]);
    if (typeof resolved === 'string') {
      report.info(`"${c.text}" is left unresolved: ${resolved}${c.form === 'anaphor' ? '' : ' (the story level may supply one)'}`, ruleFor(c), c);
      continue;
    }
    const date: DateRef = { start: c.start, end: c.end, text: c.text, ...resolved };
    out.push(date);
    anchors[c.family] = date;
  }
  return out;
}

/** The best candidates that do not overlap, in reading order: higher priority first, then longer. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.priority - a.priority || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of ranked) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

type Resolved = Pick<DateRef, 'value' | 'grain' | 'basis'>;

/** The value of one candidate, or why it has none. */
function resolve(c: Candidate, ref: Reference | undefined, anchor: DateRef | undefined): Resolved | string {
  switch (c.form) {
    case 'absolute':
      return { value: valueOf(c.grain, c.year!, c.month, c.day), grain: c.grain, basis: 'explicit' };
    case 'month-day':
    case 'month': {
      if (!ref || c.year === undefined) return 'no year: the publication date is unknown';
      const year = c.year + yearShift(c, ref.day);
      return { value: valueOf(c.grain, year, c.month, c.day), grain: c.grain, basis: `year from ${ref.basis}` };
    }
    case 'weekday':
    case 'deictic': {
      if (!ref || ref.source === 'year' || c.year === undefined) return 'relative to a publication date that is unknown';
      let day: Day = { year: c.year, month: c.month ?? 1, day: c.day ?? 1 };
      if (c.form === 'weekday') day = addDays(day, 7 * weekShift(day, ref.day, c));
      return { value: valueOf(c.grain, day.year, day.month, day.day), grain: c.grain, basis: `relative to ${ref.basis}` };
    }
    case 'anaphor':
      return resolveAnaphor(c, anchor);
  }
}

/** Past reports point back from the reference, announcements forward; otherwise chrono's nearest year stands. */
function yearShift(c: Candidate, ref: Day): number {
  const day: Day = { year: c.year!, month: c.month!, day: c.day ?? 1 };
  const cmp = c.grain === 'month' ? (day.year - ref.year) * 12 + day.month - ref.month : compareDays(day, ref);
  if (c.tense === 'past' && cmp > 0) return -1;
  if (c.tense === 'future' && cmp < 0) return 1;
  return 0;
}

function weekShift(day: Day, ref: Day, c: Candidate): number {
  const cmp = compareDays(day, ref);
  if (c.tense === 'past' && cmp > 0) return -1;
  if (c.tense === 'future' && cmp < 0) return 1;
  return 0;
}

function resolveAnaphor(c: Candidate, anchor: DateRef | undefined): Resolved | string {
  const shift = c.shift!;
  const needs: Grain = shift.unit === 'year' ? 'year' : shift.unit === 'month' ? 'month' : 'day';
  if (!anchor || !fineEnough(anchor.grain, needs)) return 'relative to an earlier date, and the text gives none with a day';
  const [y, m = 1, d = 1] = anchor.value.split('-').map(Number) as [number, number?, number?];
  const from: Day = { year: y, month: m, day: d };
  const to = apply(from, shift);
  return { value: valueOf(c.grain, to.year, to.month, to.day), grain: c.grain, basis: `${describe(shift)} "${anchor.text}"` };
}

const GRAIN_RANK: Record<Grain, number> = { day: 0, month: 1, year: 2 };
const fineEnough = (have: Grain, need: Grain) => GRAIN_RANK[have] <= GRAIN_RANK[need];

function apply(from: Day, shift: Shift): Day {
  switch (shift.unit) {
    case 'day': return addDays(from, shift.n);
    case 'month': return addMonths(from, shift.n);
    case 'year': return addMonths(from, 12 * shift.n);
    case 'weekday': {
      const gap = shift.direction === 1 ? ((shift.weekday - weekdayOf(from) + 7) % 7 || 7) : -((weekdayOf(from) - shift.weekday + 7) % 7 || 7);
      return addDays(from, gap);
    }
  }
}

function describe(shift: Shift): string {
  if (shift.unit === 'weekday') return `the ${shift.direction === 1 ? 'next' : 'previous'} ${WEEKDAY_NAMES[shift.weekday]} ${shift.direction === 1 ? 'after' : 'before'}`;
  if (shift.n === 0) return 'same day as';
  const n = Math.abs(shift.n);
  return `${n} ${shift.unit}${n === 1 ? '' : 's'} ${shift.n > 0 ? 'after' : 'before'}`;
}

function valueOf(grain: Grain, year: number, month?: number, day?: number): string {
  if (grain === 'year' || month === undefined) return String(year).padStart(4, '0');
  if (grain === 'month' || day === undefined) return formatMonth(year, month);
  return formatDay({ year, month, day });
}

function ruleFor(c: Candidate): string {
  if (c.form === 'anaphor') return 'date-anaphor-unanchored';
  if (c.form === 'month-day' || c.form === 'month') return 'date-no-year';
  return 'date-no-reference';
}
