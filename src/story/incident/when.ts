import type { AnalyzedArticle, Claim, DateRef, IncidentDate, Span, SyntaxToken } from '../../core/model.js';
import { isOutcomeVerb } from './outcomes.js';
import { isOwnText, sentenceClaim } from '../claims.js';
import { agreement, type Version } from './agreement.js';
import { dayNumber } from '../grouping/days.js';

// When it happened, not when it was reported: each report's first day that a sentence telling the
// incident names ("A man was shot Sunday night" in a Monday report: the dates stage resolved "Sunday"
// against the publication date), never after the report was published; then compared across reports.

/**
 * A report tells of its incident at most this long after it (a trial a year on still names the day).
 * Chosen on gva dev: 7, 14 and 400 days give date_acc 0.5958 / 0.7417 / 0.7500 on quick (rules alone); with the trained ranker, which weighs how far
 * back a day lies, 400 / 800 / 1500 give held-out halves (odd / even) 0.7915 / 0.7865, 0.7964 / 0.7865, 0.7964 / 0.7878 (trials years on name the day).
 */
const MAX_DAYS_BEFORE_PUBLISHED = 1500;

export interface ArticleDate {
  value: string;
  claims: Claim[];
}

/** A date written with its year and a clock time ("Monday, February 9, 2015 1:50 PM EST") stamps the page, not the event. */
const STAMP = /\b\d{4}\b.*\d{1,2}:\d{2}/;
export const isPageStamp = (d: Readonly<DateRef>): boolean => STAMP.test(d.text);

/** A day-grain date a report gives that may be its incident's day, with what the sentence around it says of it. */
export interface DayMention {
  d: DateRef;
  /** Index of its sentence. */
  sentence: number;
  /** 2: in a sentence stating an outcome, 1: telling the event, 0: another (or the parse hangs it on another verb). */
  rank: 0 | 1 | 2;
  /** The parse hangs it on another verb than the outcome or the act ("was charged Friday"). */
  other: boolean;
  /** The parse hangs it on an outcome verb or the act itself ("was shot Sunday"). */
  act: boolean;
  /** The parse hangs it on a noun naming the incident ("the Sept. 27 shooting", "his death on Aug. 25"): a follow-up's way of naming its day. */
  named: boolean;
  /** The lemma of the word the parse hangs the day on, when it has one ("arrest" in "was arrested Sunday"). */
  anchor?: string;
  /** The day of a statement ("police said Monday"). */
  statement: boolean;
  /** The day of something planned ("is scheduled to be arraigned Thursday"). */
  planned: boolean;
}

/**
 * The report's day-grain dates that may be its incident's day: none after its publication, none a page
 * stamp or a dateline. `outcomeSentences` and `eventSentences` are sentence indexes.
 */
export function dayMentions(a: Readonly<AnalyzedArticle>, dates: readonly DateRef[], outcomeSentences: ReadonlySet<number>, eventSentences: ReadonlySet<number>, acts: readonly Span[] = []): DayMention[] {
  const sentences = a.sentences ?? [];
  const published = a.published?.slice(0, 10);
  let s = 0;
  const found: DayMention[] = [];
  for (const d of [...dates].sort((x, y) => x.start - y.start)) {
    while (s < sentences.length - 1 && sentences[s]!.end <= d.start) s++;
    if (d.grain !== 'day' || !isOwnText(a, d) || isPageStamp(d) || dateLine(a, sentences[s], d)) continue;
    if (published && (d.value > published || daysBetween(d.value, published) > MAX_DAYS_BEFORE_PUBLISHED)) continue;
    // "was charged Friday in the shooting death", "appeared in court Monday": a day the parse hangs on another
    // verb than the outcome or the act is that other thing's, even in a sentence that tells the incident
    const anchor = governor(a, s, d);
    // "Page, born April 22, 1923, died Thursday": a birthday is a life's, never an incident's
    if (anchor && anchor.lemma.toLowerCase() === 'bear' && /^born$/i.test(a.text.slice(anchor.start, anchor.end))) continue;
    const onAct = !!anchor && (isOutcomeVerb(anchor) || acts.some((e) => e.start <= anchor.start && anchor.end <= e.end) || tellsTheIncident(a, s, anchor));
    const other = !!anchor && anchor.pos === 'VERB' && !onAct;
    const named = namesTheIncident(anchor) || namesTheIncident(wordAfter(a, s, d));
    const rank = other ? 0 : outcomeSentences.has(s) ? 2 : eventSentences.has(s) ? 1 : 0;
    found.push({ d, sentence: s, rank, other, act: onAct, named, ...(anchor ? { anchor: anchor.lemma.toLowerCase() } : {}), statement: !onAct && statementDay(a, s, d), planned: plannedDay(a, s, d) });
  }
  return found;
}

/**
 * The article's day of the incident: of its day mentions (none a statement's or a plan's day), those in
 * sentences that state an outcome first, then those in sentences telling the event, then any; of these
 * those of the first such sentence (news tells the incident first: a later day further down is an
 * autopsy, a hearing, a week-old earlier shooting), and of its days the earliest (later days are
 * arrests, funerals, trials: "police on Monday named the men killed on Sunday").
 */
export function articleDate(a: Readonly<AnalyzedArticle>, dates: readonly DateRef[], outcomeSentences: ReadonlySet<number>, eventSentences: ReadonlySet<number>, acts: readonly Span[] = []): ArticleDate | undefined {
  return articleDateOf(a, dayMentions(a, dates, outcomeSentences, eventSentences, acts));
}

/** articleDate over mentions already read. */
export function articleDateOf(a: Readonly<AnalyzedArticle>, mentions: readonly DayMention[]): ArticleDate | undefined {
  const best = mentions.filter((m) => !m.statement && !m.planned).sort((x, y) => y.rank - x.rank || x.sentence - y.sentence || x.d.value.localeCompare(y.d.value))[0]?.d;
  if (!best) return undefined;
  return { value: best.value, claims: [dayClaim(a, best)] };
}

/** The sentence that gives the day, as a claim of that day. */
export function dayClaim(a: Readonly<AnalyzedArticle>, d: DateRef): Claim {
  const published = a.published?.slice(0, 10);
  return { ...sentenceClaim(a, d), value: d.value, ...(published ? { asOf: published } : {}) };
}

/** A line that is its date and at most one word ("Published July 28, 2004", "July 29, 2004"): the page's stamp, not an event's day. */
function dateLine(a: Readonly<AnalyzedArticle>, sentence: Span | undefined, d: DateRef): boolean {
  if (!sentence) return false;
  const rest = a.text.slice(sentence.start, d.start) + ' ' + a.text.slice(d.end, sentence.end);
  return (rest.match(/\p{L}+/gu) ?? []).length <= 1;
}

/** A clock time in a date's words ("9 P.M. Sunday", "10:30 p.m. Tuesday"). */
export const CLOCK = /\d\s*(?:[ap]\.?m\b|:\d\d)/i;

/** Verbs (lemmas) of saying: the day they take is when something was said, not when it happened. */
const SAYING = new Set(['say', 'tell', 'announce', 'confirm', 'report', 'state', 'add', 'explain', 'note', 'declare']);

/** Whether the date is the day of a statement ("police said Monday", "the Kremlin said on Friday"): the parse hangs it on a verb of saying. */
function statementDay(a: Readonly<AnalyzedArticle>, sentence: number, d: DateRef): boolean {
  // "police said around 9 P.M. Sunday they were called": a day told to the minute is an event's; remarks are dated by the day
  if (CLOCK.test(d.text)) return false;
  const g = governor(a, sentence, d);
  if (!g || g.pos !== 'VERB' || !SAYING.has(g.lemma.toLowerCase())) return false;
  // "On Thursday, police say they received a call": a past day cannot be when a present-tense "say" is said
  const word = a.text.slice(g.start, g.end).toLowerCase(), lemma = g.lemma.toLowerCase();
  return word !== lemma && word !== `${lemma}s`;
}

/** Verbs (lemmas) that set a day ahead: "is scheduled to be arraigned Thursday", "expected more details to be released Monday". */
const PLANNING = new Set(['expect', 'schedule', 'slate', 'plan', 'set', 'due']);
/** Auxiliaries of the future: "a vigil will be held Monday". */
const FUTURE_AUX = new Set(['will', 'shall', "'ll", '’ll']);

/**
 * Whether the date is the day of something planned, not done (a hearing, an autopsy, a vigil): the parse hangs it on a
 * verb with a future auxiliary, on a verb of planning, or on the clause such a verb governs. A day the resolver put in
 * the past for it (a weekday read back from the publication day) is then no day of the incident.
 */
function plannedDay(a: Readonly<AnalyzedArticle>, sentence: number, d: DateRef): boolean {
  const toks = a.syntax?.[sentence]?.tokens;
  const g = governor(a, sentence, d);
  if (!toks || !g) return false;
  const at = toks.indexOf(g);
  const future = (j: number) => toks.some((t) => t.head === j && t.dep.startsWith('aux') && FUTURE_AUX.has(t.lemma.toLowerCase()));
  const planning = (t: SyntaxToken | undefined) => !!t && t.pos === 'VERB' && PLANNING.has(t.lemma.toLowerCase()) && t.lemma.toLowerCase() !== 'set';
  if (future(at) || planning(g)) return true;
  const head = toks[g.head];
  return g.dep.startsWith('xcomp') && g.head !== at && !!head && PLANNING.has(head.lemma.toLowerCase());
}

/** Nouns that name the incident itself: "the shooting happened Tuesday", "the shootings were reported ... Tuesday". */
const INCIDENT_NOUNS = new Set(['shooting', 'killing', 'homicide', 'murder', 'slaying', 'stabbing', 'attack', 'incident', 'gunfire', 'standoff', 'ambush', 'massacre', 'bombing', 'crash', 'explosion']);

/** Whether the verb's subject is a noun naming the incident: its day is the incident's whatever the verb ("happened", "was reported"). */
function tellsTheIncident(a: Readonly<AnalyzedArticle>, sentence: number, verb: SyntaxToken): boolean {
  const toks = a.syntax?.[sentence]?.tokens;
  if (!toks || verb.pos !== 'VERB') return false;
  const at = toks.indexOf(verb);
  return toks.some((t) => t.head === at && (t.dep === 'nsubj' || t.dep === 'nsubj:pass') && t.pos === 'NOUN' && INCIDENT_NOUNS.has(t.lemma.toLowerCase()));
}

/** A noun naming the incident or a death ("the Sept. 27 shooting", "Vacca's death on Aug. 25, 2014"). */
function namesTheIncident(t: SyntaxToken | undefined): boolean {
  return !!t && t.pos === 'NOUN' && (INCIDENT_NOUNS.has(t.lemma.toLowerCase()) || t.lemma.toLowerCase() === 'death');
}

/** The word right after the date in its sentence ("the March 16, 2014 shooting": the parse may not hang the date on it). */
function wordAfter(a: Readonly<AnalyzedArticle>, sentence: number, d: DateRef): SyntaxToken | undefined {
  return a.syntax?.[sentence]?.tokens.find((t) => t.start >= d.end);
}

/** The word the parse hangs the date on (the head of the date's own head word), when it has one outside the date. */
function governor(a: Readonly<AnalyzedArticle>, sentence: number, d: DateRef): SyntaxToken | undefined {
  const toks = a.syntax?.[sentence]?.tokens;
  if (!toks) return undefined;
  const inDate = (j: number) => toks[j] !== undefined && toks[j]!.start >= d.start && toks[j]!.end <= d.end;
  const head = toks.findIndex((t, j) => inDate(j) && !inDate(t.head));
  return head >= 0 ? toks[toks[head]!.head] : undefined;
}

export function storyDate(perArticle: readonly { article: Readonly<AnalyzedArticle>; date: ArticleDate | undefined }[]): IncidentDate | undefined {
  const versions: Version<string>[] = [];
  for (const { article, date } of perArticle) if (date) versions.push({ value: date.value, claims: date.claims, ...(article.published ? { asOf: article.published } : {}) });
  const got = agreement(versions, String, 'earlier');
  // Every version's claims, the record's first: each claim carries the day it states, so a reader sees each version of a conflict.
  return got && { value: got.value, status: got.status, claims: [...got.claims, ...got.alternatives.flatMap((alt) => alt.claims)] };
}

/** Days between two `YYYY-MM-DD` values, either way round (NaN when either is no day). */
export function daysBetween(a: string, b: string): number {
  return Math.abs((dayNumber(b) ?? NaN) - (dayNumber(a) ?? NaN));
}
