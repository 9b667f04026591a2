import type { Span } from '../../core/model.js';
import type { Day } from './calendar.js';
import type { Tense } from './tense.js';

/**
 * How a date expression is written, which decides what it needs to be resolved:
 * - absolute: carries its year ("October 20, 2023", "March 2022", "in 2014")
 * - month-day / month: needs a year ("October 26", "in May")
 * - weekday: needs the reference day ("on Thursday")
 * - deictic: relative to the reference day ("yesterday", "last year", "three days ago")
 * - anaphor: relative to the last date the text mentioned ("the following day")
 */
export type DateForm = 'absolute' | 'month-day' | 'month' | 'weekday' | 'deictic' | 'anaphor';
export type Grain = 'day' | 'month' | 'year';

/** A shift from the anchor date: days (weeks are 7 days), months or years; or the next/previous given weekday. */
export type Shift =
  | { unit: 'day' | 'month' | 'year'; n: number }
  | { unit: 'weekday'; weekday: number; direction: 1 | -1 };

/** One candidate date expression, with what the words alone say about it. */
export interface DateProposal extends Span {
  text: string;
  form: DateForm;
  grain: Grain;
  /** The tense of the words around it (for expressions that need a direction). */
  tense: Tense;
  /** For absolute forms, and for other forms when a reference day was given: the value chrono (or a proposer) read. */
  year?: number;
  month?: number;
  day?: number;
  /** Sunday = 0 .. Saturday = 6, for weekday forms. */
  weekday?: number;
  /** For anaphors: how far from the anchor. */
  shift?: Shift;
}

/** A candidate that a filter turned down, with the rule that said so. */
export interface Dropped extends Span {
  text: string;
  rule: string;
  why: string;
}

export interface Proposed {
  proposals: DateProposal[];
  dropped: Dropped[];
}

/** The calendar day a proposal names, when it has one. */
export function proposalDay(p: DateProposal): Day | undefined {
  return p.year !== undefined && p.month !== undefined && p.day !== undefined ? { year: p.year, month: p.month, day: p.day } : undefined;
}
