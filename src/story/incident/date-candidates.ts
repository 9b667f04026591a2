import type { AnalyzedArticle, Claim } from '../../core/model.js';
import { MONTH_WORD, WEEKDAY_WORD } from '../../analyze/dates/forms.js';
import type { Candidate } from './ranker.js';
import { CLOCK, dayClaim, daysBetween, type DayMention } from './when.js';

// The days a story's incident may have happened on, each with how its reports support it: every day a
// report gives (when.ts dayMentions), whether the rules chose it, in how many reports, how early in them,
// in which kind of sentence, what the parse hangs it on, how it is written and how long before the
// reports it falls. The features say how a day is supported, never which day it is: ranker.ts weighs them.

/** One report's day mentions and the day the rules chose for it (articleDate). */
export interface DateReading {
  article: Readonly<AnalyzedArticle>;
  mentions: readonly DayMention[];
  ruled: string | undefined;
}

export interface DateCandidate extends Candidate<string> {
  /** The sentences that give the day, the first of each report that gives it. */
  claims: Claim[];
}

/** Sentences a report's lead holds (as figure-candidates.ts reads it). */
const LEAD = 2;

/** How the day is written: a weekday read back from the publication day, a written date, or a word like "yesterday". */
function writtenAs(m: DayMention): 'weekday' | 'written' | 'deictic' {
  if (MONTH_WORD.test(m.d.text) || /\d/.test(m.d.text)) return 'written';
  return WEEKDAY_WORD.test(m.d.text) ? 'weekday' : 'deictic';
}

/** A time zone after a clock time (CLOCK, when.ts: "9 p.m. Saturday" is an event's time): a page's stamp. */
const ZONE = /\b[ECMPA][SD]T\b/;
/** A part of the day ("Sunday night", "this morning"): the way an event's time is told. */
const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|tonight|midnight|noon)\b/i;

/** Verbs (lemmas) of the law's steps after an incident: the day they take is an arrest's, a charge's, a hearing's. */
const LEGAL = new Set(['arrest', 'charge', 'book', 'arraign', 'surrender', 'sentence', 'plead', 'indict', 'jail', 'convict', 'detain', 'release']);
/** Verbs (lemmas) of a death, which may come days after the shooting ("died the next day"). */
const DEATH = new Set(['die', 'pronounce', 'succumb']);

/** The candidates for the story's date; `rule` is the day the rules chose across reports (storyDate). */
export function dateCandidates(readings: readonly DateReading[], rule: string | undefined): DateCandidate[] {
  const n = readings.length || 1;
  const byValue = new Map<string, { report: number; m: DayMention; first: boolean }[]>();
  readings.forEach((r, report) => r.mentions.forEach((m, i) => {
    const list = byValue.get(m.d.value) ?? byValue.set(m.d.value, []).get(m.d.value)!;
    list.push({ report, m, first: i === 0 });
  }));
  // a day only said or planned on is no candidate (when.ts: "police said Monday" is not when it happened;
  // as candidates they gain GVA dev 0.004 but state a day the reports never tell)
  const told = (s: { m: DayMention }) => !s.m.statement && !s.m.planned;
  const values = [...byValue.keys()].filter((v) => byValue.get(v)!.some(told)).sort();
  const published = readings.map((r) => r.article.published?.slice(0, 10)).filter((p): p is string => !!p).sort()[0];
  return values.map((value) => {
    const support = byValue.get(value)!;
    const reports = (pick: (s: (typeof support)[number]) => boolean) => new Set(support.filter(pick).map((s) => s.report)).size / n;
    const earliestSentence = Math.min(...support.map((s) => s.m.sentence));
    const before = published ? daysBetween(value, published) : NaN;
    const forms = support.map((s) => writtenAs(s.m));
    const seen = new Set<number>();
    const claims = support.filter((s) => !seen.has(s.report) && seen.add(s.report)).map((s) => dayClaim(readings[s.report]!.article, s.m.d));
    return {
      value,
      claims,
      features: {
        'rule': rule === value ? 1 : 0,
        'ruleShare': readings.filter((r) => r.ruled === value).length / n,
        'share': reports(told),
        'outcomeShare': reports((s) => s.m.rank === 2),
        'eventShare': reports((s) => s.m.rank === 1),
        'otherShare': reports((s) => s.m.other),
        'firstShare': reports((s) => s.first),
        'leadShare': reports((s) => s.m.sentence < LEAD),
        'actShare': reports((s) => s.m.act),
        'namedShare': reports((s) => s.m.named),
        'legalShare': reports((s) => LEGAL.has(s.m.anchor ?? '')),
        'deathShare': reports((s) => DEATH.has(s.m.anchor ?? '')),
        'early': 1 / (1 + earliestSentence),
        'title': support.some((s) => readings[s.report]!.article.segments.some((g) => g.kind === 'title' && g.start <= s.m.d.start && s.m.d.start < g.end)) ? 1 : 0,
        'clock': support.some((s) => CLOCK.test(s.m.d.text) && !ZONE.test(s.m.d.text)) ? 1 : 0,
        'zone': support.some((s) => ZONE.test(s.m.d.text)) ? 1 : 0,
        'partOfDay': support.some((s) => PART_OF_DAY.test(s.m.d.text)) ? 1 : 0,
        'weekday': forms.includes('weekday') ? 1 : 0,
        'written': forms.includes('written') ? 1 : 0,
        'deictic': forms.includes('deictic') ? 1 : 0,
        'sameDay': before === 0 ? 1 : 0,
        'opening': support.some((s) => s.m.d.start - (readings[s.report]!.article.sentences?.[s.m.sentence]?.start ?? -9) <= 1) ? 1 : 0,
        'dayBefore': before === 1 ? 1 : 0,
        'week': before > 1 && before <= 7 ? 1 : 0,
        // a weekday read back six days from the publication day is often the day after it, on a page dated a day early
        'sixDays.weekday': before === 6 && forms.every((f) => f === 'weekday') ? 1 : 0,
        'far': before > 7 ? 1 : 0,
        'yearBefore': before > 365 ? 1 : 0,
        'earliest': value === values[0] && values.length > 1 ? 1 : 0,
        'latest': value === values[values.length - 1] && values.length > 1 ? 1 : 0,
        'mentions': Math.log1p(support.length),
        'single': readings.length === 1 ? 1 : 0,
      },
    };
  });
}
