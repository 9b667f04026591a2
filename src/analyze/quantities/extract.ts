import type { Article, Mention, Quantity, QuantityKind, Qualifier, Sentence, Token } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import { notAQuantity, type Around } from './context.js';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, DOLLAR_PREFIXES, MEASURES, PERCENT_WORDS, TIME_UNITS } from './lexicon.js';
import { readNumber, type NumberRead } from './numbers.js';
import { qualifierAfter, qualifierBefore } from './qualifier.js';
import { isHeadline } from '../sentences/headline.js';
import { predicateAfter, predicateAt, predicateBefore, subjectAt, subjectCategory, type PredicateFound } from './subject.js';
import { CLAIM_KINDS } from '../../core/kinds.js';

// Reader comments, credits and boilerplate are not the outlet's claims: their numbers are not counted.
/** A tally and the verb that gives its figure, just before the number: "the death toll rose to", "the number of missing stood at". */
const TALLY_BEFORE = /\b((?:death )?toll|number of (?:the )?(?:dead|deaths|people killed|missing|injured|wounded|victims|casualties))\s+(?:has |had |have )?(?:rose|risen|rises|climbed|climbs|reached|reaches|stood|stands|increased|jumped|hit|was|is)\s+(?:to |at )?$/i;
const COUNTED_KINDS = CLAIM_KINDS;
const QUALIFIER_REACH = 30; // characters before a number searched for "at least", "as many as" ...
const SCORE_WORDS = /^(?:records?|starts?|wins?|victory|victories|loss|losses|defeats?|scores?|leads?|marks?|votes?|decisions?|deadlock|ties?|rounds?|finish|margin)$/i;
/** Predicates that also stand before a noun as adjectives. */
const PREDICATIVE = new Set(['missing', 'dead', 'wounded', 'injured', 'displaced', 'detained', 'kidnapped', 'abducted', 'arrested', 'jailed', 'stranded', 'trapped', 'affected', 'evacuated']);

const low = (t: Token | undefined) => t?.text.toLowerCase() ?? '';
const touching = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.end === b.start;

/** Counts, percentages, sums of money and durations in the article's report. */
export function extractQuantities(article: Article, tokens: readonly Token[], sentences: readonly Sentence[], report: Report, mentions: readonly Mention[] = []): Quantity[] {
  const out: Quantity[] = [];
  let seg = 0;
  for (const s of sentences) {
    while (seg < article.segments.length && article.segments[seg]!.end <= s.start) seg++;
    const kind = article.segments[seg]?.kind;
    if (!kind || !COUNTED_KINDS.has(kind)) continue;
    out.push(...inSentence(article.text, tokens, s, report, mentions));
  }
  return out;
}

function inSentence(text: string, tokens: readonly Token[], s: Sentence, report: Report, mentions: readonly Mention[]): Quantity[] {
  const titleCase = isHeadline(tokens, s);
  const around: Around = { text, tokens, start: s.tokenStart, end: s.tokenEnd, titleCase };
  const out: Quantity[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const n = readNumber(tokens, i, s.tokenEnd);
    if (!n) continue;
    const place = { start: tokens[n.first]!.start, end: tokens[n.last]!.end };
    const said = text.slice(place.start, place.end);
    const not = notAQuantity(around, n) ?? inName(place, mentions);
    if (not) { report.info(`"${said}" is not a quantity: ${not.why}`, not.rule, place); i = n.last; continue; }
    const q = quantityOf(text, tokens, s, n, report);
    if (q) out.push(q);
    i = Math.max(n.last, q ? lastTokenOf(tokens, q, n.last) : n.last);
  }
  return out;
}

function inName(place: { start: number; end: number }, mentions: readonly Mention[]) {
  return mentions.some((m) => m.start <= place.start && place.end <= m.end)
    ? { rule: 'quantity-in-name', why: 'part of a name' } : undefined;
}

function lastTokenOf(tokens: readonly Token[], q: Quantity, from: number): number {
  let k = from;
  while (tokens[k + 1] && tokens[k + 1]!.end <= q.end) k++;
  return k;
}

/** Where a quantity's words lie and what it measures: [start, end), and the first token after it. */
interface Measured {
  start: number;
  end: number;
  after: number;
  kind: QuantityKind;
  unit?: string;
}

/** The kind of a number from the words around it ("%", "$", "dollars", "days"); undefined when it is a measure or a compound. */
function measure(text: string, tokens: readonly Token[], s: Sentence, n: NumberRead, report: Report): Measured | undefined {
  const first = tokens[n.first]!, last = tokens[n.last]!;
  const m: Measured = { start: first.start, end: last.end, after: n.last + 1, kind: 'count' };
  const next = tokens[m.after], prev = tokens[n.first - 1];
  const inSentence = (k: number) => k >= s.tokenStart && k < s.tokenEnd;
  const timeTail = n.tail ? TIME_UNITS[n.tail] : undefined;
  if (timeTail) return { ...m, kind: 'duration', unit: timeTail };
  if (n.tail && n.tail !== 'odd') {
    report.info(`"${text.slice(m.start, m.end)}" is not a quantity: a compound modifier ("five-member", "two-state")`, 'quantity-compound', m);
    return undefined;
  }
  if (inSentence(m.after) && (next!.text === '%' || PERCENT_WORDS.has(low(next)) || (low(next) === 'per' && low(tokens[m.after + 1]) === 'cent'))) {
    const words = low(next) === 'per' || (low(next) === 'percentage' && /^points?$/.test(low(tokens[m.after + 1]))) ? 2 : 1;
    return { ...m, kind: 'percent', unit: 'percent', after: m.after + words, end: tokens[m.after + words - 1]!.end };
  }
  if (prev && inSentence(n.first - 1) && CURRENCY_SYMBOLS[prev.text] && touching(prev, first)) {
    const letters = tokens[n.first - 2];
    if (prev.text === '$' && letters && touching(letters, prev) && DOLLAR_PREFIXES[letters.text])
      return { ...m, kind: 'money', unit: DOLLAR_PREFIXES[letters.text]!, start: letters.start };
    return { ...m, kind: 'money', unit: CURRENCY_SYMBOLS[prev.text]!, start: prev.start };
  }
  if (inSentence(m.after) && CURRENCY_WORDS[low(next)] && !(low(next) === 'pounds' && low(tokens[m.after + 1]) === 'of'))
    return { ...m, kind: 'money', unit: CURRENCY_WORDS[low(next)]!, end: next!.end, after: m.after + 1 };
  if (inSentence(m.after) && TIME_UNITS[low(next)]) {
    if (/^(?:ago|later|earlier|old)$/.test(low(tokens[m.after + 1]))) {
      report.info(`"${text.slice(m.start, next!.end)}" is not a quantity: a date or an age`, 'quantity-date', { start: m.start, end: next!.end });
      return undefined;
    }
    return { ...m, kind: 'duration', unit: TIME_UNITS[low(next)]!, end: next!.end, after: m.after + 1 };
  }
  if (inSentence(m.after) && MEASURES.has(low(next))) {
    report.info(`"${text.slice(m.start, next!.end)}" is not a count: a measure`, 'quantity-measure', { start: m.start, end: next!.end });
    return undefined;
  }
  return m;
}

/** An attempt, a threat, a plan or a modal right before a verb: "trying to kill", "threatened to shoot", "could have killed". */
const UNREALISED_BEFORE = /\b(?:try|tries|tried|trying|attempt(?:s|ed|ing)?|threaten(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|vow(?:s|ed|ing)?|plot(?:s|ted|ting)?|conspir(?:e|es|ed|ing)|want(?:s|ed|ing)?|meant)\s+to\s+$|\b(?:could|would|might|may)\s+(?:not\s+)?(?:have\s+)?(?:been\s+)?$/i;

/** The quantity a number makes, with its kind, qualifier, subject and predicate; undefined when it makes none. */
function quantityOf(text: string, tokens: readonly Token[], s: Sentence, n: NumberRead, report: Report): Quantity | undefined {
  const measured = measure(text, tokens, s, n, report);
  if (!measured) return undefined;
  let { start, end, after } = measured;
  const { kind, unit } = measured;
  const first = tokens[n.first]!, last = tokens[n.last]!;
  const inSentence = (k: number) => k >= s.tokenStart && k < s.tokenEnd;

  // Qualifier: the words just before ("at least"), or just after ("or more", "+"), or the form itself.
  let qualifier: Qualifier = n.vague || n.range ? 'at least' : n.tail === 'odd' ? 'about' : 'exact';
  const head = text.slice(Math.max(s.start, start - QUALIFIER_REACH), start);
  const before = qualifierBefore(head);
  if (before) { qualifier = before.qualifier; start -= before.length; }
  const tailText = text.slice(end, s.end);
  const afterQ = qualifierAfter(tailText);
  if (afterQ && kind === 'count') {
    qualifier = afterQ.qualifier;
    end += afterQ.length;
    while (tokens[after] && tokens[after]!.end <= end) after++;
  }

  const q: Quantity = { start, end, text: text.slice(start, end), value: n.value, qualifier, kind };
  if (unit) q.unit = unit;

  // Subject and predicate: what is counted and what happened to it. A percentage counts only
  // what follows "of" ("60 percent of voters"); money and durations count nothing.
  let subject: ReturnType<typeof subjectAt>, predicate: PredicateFound | undefined;
  if (inSentence(after) && kind === 'count') {
    const ofAllowed = n.vague || n.scale !== undefined || /dozen/i.test(text.slice(first.start, last.end)) || partitive(tokens, after);
    subject = subjectAt(tokens, after, s.tokenEnd, ofAllowed);
    // "39 missing children", "16 wounded soldiers": what happened comes first, then who.
    const adjective = subject ? undefined : predicateAt(tokens, after, after + 1);
    if (adjective && PREDICATIVE.has(low(tokens[after]))) {
      subject = subjectAt(tokens, after + 1, s.tokenEnd, false);
      if (subject) predicate = adjective;
    }
  } else if (inSentence(after) && kind === 'percent' && low(tokens[after]) === 'of') {
    subject = subjectAt(tokens, after, s.tokenEnd, true);
  }
  if (subject) q.subject = text.slice(subject.start, subject.end);
  // "the death toll rose to seven": the figure counts what the tally names.
  const tally = !subject && kind === 'count' ? TALLY_BEFORE.exec(text.slice(s.start, start)) : null;
  if (tally) q.subject = tally[1]!.toLowerCase() === 'toll' ? 'death toll' : tally[1]!;
  if (!predicate && (kind === 'count' || kind === 'percent')) {
    predicate = predicateAfter(tokens, subject ? subject.last + 1 : after, s.tokenEnd)
      ?? predicateBefore(tokens, firstTokenAt(tokens, start, n.first) - 1, s.tokenStart);
  }
  // "accused of trying to kill 2 officers", "could have killed 3": what did not (or not surely) happen counts no outcome
  if (predicate && UNREALISED_BEFORE.test(text.slice(Math.max(s.start, predicate.start - 40), predicate.start))) predicate = undefined;
  if (predicate) q.predicate = text.slice(predicate.start, predicate.end);
  const category = kind === 'count' ? predicate?.category ?? (q.subject && !UNREALISED_BEFORE.test(text.slice(Math.max(s.start, start - 40), start)) ? subjectCategory(q.subject) : undefined) : undefined;
  if (category) q.category = category;

  // "a 9-14 record", "won 43-39": a pair of numbers before a tally word is a score, not a range.
  if (n.range && q.subject && SCORE_WORDS.test(q.subject.split(/\s+/).pop() ?? '') && /[-–]/.test(q.text)) {
    report.info(`"${q.text}" is not a count: a score or a tally`, 'quantity-code', q);
    return undefined;
  }
  // "one of the five victims killed has been identified": a part of a group that another number counts is
  // not a count of what happened to the group (that number is)
  if (kind === 'count' && q.subject && partitive(tokens, after) && COUNTED_GROUP.test(q.subject)) {
    report.info(`"${q.text}" is not a count: a part of "${q.subject}", which counts itself`, 'quantity-not-a-count', q);
    return undefined;
  }
  // "no one was hurt", "no-one", "not one was killed": nobody, never a count of one (the record counts none)
  const negator = low(tokens[n.first - 1]) === '-' ? low(tokens[n.first - 2]) : low(tokens[n.first - 1]);
  if (!n.numeral && /^(?:no|not)$/.test(negator) && low(tokens[n.first]) === 'one') {
    report.info(`"${q.text}" is not a count: "${negator} one" is nobody`, 'quantity-not-a-count', q);
    return undefined;
  }
  // Small number words that usually are not counts ("one of the", "no one", "the two nations") need an event to count.
  if (!n.numeral && !n.vague && kind === 'count' && !category && weakWord(tokens, n)) {
    report.info(`"${q.text}" is not taken as a count: a number word with no event counted`, 'quantity-not-a-count', q);
    return undefined;
  }
  return q;
}

/** A counted phrase that opens with its own number: "five victims", "12 people". */
const COUNTED_GROUP = /^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundreds?|dozens?)\b/i;

/** "two of the hostages": the counted phrase comes after "of" and a determiner. */
function partitive(tokens: readonly Token[], k: number): boolean {
  return low(tokens[k]) === 'of' && /^(?:the|these|those|its|their|his|her|our)$/.test(low(tokens[k + 1]));
}

function firstTokenAt(tokens: readonly Token[], offset: number, from: number): number {
  let k = from;
  while (k > 0 && tokens[k - 1]!.start >= offset) k--;
  return k;
}

/** "one", or a small number word after an article or before "of" ("the two", "one of", "two of them"). */
function weakWord(tokens: readonly Token[], n: NumberRead): boolean {
  const word = low(tokens[n.first]), before = low(tokens[n.first - 1]), after = low(tokens[n.last + 1]);
  if (word === 'one' || word === 'zero') return true;
  if (/^(?:the|a|an|these|those|both|all|no)$/.test(before)) return true;
  return after === 'of' && n.value < 10;
}
