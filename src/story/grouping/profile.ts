// What grouping keeps of one analysed article: term vectors read off the text that reports the
// event (title, headings, body: not captions, which often describe a picture of something else, nor
// credits, comments or boilerplate) and off its analysis layers (mentions, dates and events when the
// pipeline produced them; none is required).
import type { AnalyzedArticle, ArgRef, Span } from '../../core/model.js';
import { segmentAt } from '../../core/spans.js';
import { countTerms, heaviest, unit, weigh, type Weights } from './vectors.js';
import { agesIn, calendarTerms, contentWords, monthKey, monthsIn, nameWords, numberTerms, wordForms, yearsIn } from './words.js';
import { isReport } from '../../core/kinds.js';
import type { Gazetteer } from '../entities/gazetteer.js';
import { dayNumber } from './days.js';
import { streetsIn } from './streets.js';
import { mayHoldDateline, reportPlaces, type ReportPlaces } from './places.js';

export interface ArticleProfile {
  /** Content words, TF-IDF against the background, unit length. */
  words: Weights;
  /** The same before normalising (for coverage: what share of one article's weight the other has). */
  wordWeights: Weights;
  /** Content words of the opening: the first two title or body segments (headline and lead, or the lead). */
  lead: Weights;
  /** Words of named entities, TF-IDF, unit length; and before normalising, all names and persons only. */
  names: Weights;
  nameWeights: Weights;
  personWeights: Weights;
  /** Every word form of the story text. */
  forms: ReadonlySet<string>;
  numbers: Weights;
  /** Calendar words and resolved days. */
  calendar: Weights;
  years: ReadonlySet<string>;
  months: ReadonlySet<string>;
  /** Event signatures (type, type with participant or place), when the events layer is there. */
  events: Weights;
  /** The towns the report names (dateline, town with state, recognised places) and the states. */
  places: ReportPlaces;
  /** Days it speaks of: its publication day and the days its dates and events resolve to. */
  days: readonly number[];
  /** Its publication day, when known. */
  published?: number;
  /** The ages it gives people ("a 16-year-old", "Smith, 24,"). */
  ages: ReadonlySet<string>;
  /** The streets it puts things on ("the 1700 block of Godman Street"): streets.ts. */
  streets: ReadonlySet<string>;
  /** The terms the article is indexed and retrieved by: its heaviest words and names. */
  keys: readonly string[];
}

const KEY_WORDS = 20;
const KEY_NAMES = 10;

export function profileArticle(a: AnalyzedArticle, idf: (term: string) => number, gazetteer: Gazetteer): ArticleProfile {
  const story = a.segments.filter((s) => isReport(s.kind));
  const text = story.map((s) => a.text.slice(s.start, s.end)).join('\n');
  const inStory = (span: Span) => isReport(segmentAt(a.segments, span)?.kind);

  const wordWeights = weigh(countTerms(contentWords(text)), idf);
  const opening = story.filter((s) => s.kind !== 'heading').slice(0, 2);
  const lead = unit(weigh(countTerms(contentWords(opening.map((s) => a.text.slice(s.start, s.end)).join('\n'))), idf));
  const mentions = (a.mentions ?? []).filter(inStory);
  const nameWeights = weigh(countTerms(mentions.flatMap((m) => nameWords(m.text))), idf);
  const personWeights = weigh(countTerms(mentions.filter((m) => m.type === 'PER').flatMap((m) => nameWords(m.text))), idf);

  const calendar = calendarTerms(text);
  const years = new Set(yearsIn(text));
  const months = new Set(monthsIn(text));
  const days = new Set<number>();
  const addDate = (value: string) => {
    const day = dayNumber(value);
    if (day !== undefined) days.add(day);
    const [y, m, d] = value.split('-');
    if (y) years.add(y);
    const month = m ? monthKey(m) : undefined;
    if (month) months.add(month);
    if (d) calendar.push(`day:${value}`);
  };
  for (const d of a.dates ?? []) if (inStory(d)) addDate(d.value);
  if (a.published && /^\d{4}-\d{2}-\d{2}/.test(a.published)) addDate(a.published.slice(0, 10));

  const signatures: string[] = [];
  for (const e of a.events ?? []) {
    if (e.negated || !inStory(e)) continue;
    signatures.push(e.type);
    for (const arg of [e.actor, e.target]) { const head = headWord(arg); if (head) signatures.push(`${e.type}:${head}`); }
    const place = headWord(e.place);
    if (place) signatures.push(`${e.type}@${place}`);
    if (e.date && !e.dateBasis) addDate(e.date);          // an inherited date is already one of the article's dates
  }

  const names = unit(nameWeights);
  const published = a.published ? dayNumber(a.published) : undefined;
  return {
    places: reportPlaces(story.map((s) => a.text.slice(s.start, s.end)), mentions, gazetteer, a.segments.filter(mayHoldDateline).map((s) => a.text.slice(s.start, s.end))),
    days: [...days],
    ...(published !== undefined ? { published } : {}),
    ages: new Set(agesIn(text)),
    streets: new Set(streetsIn(text)),
    words: unit(wordWeights), wordWeights, lead, names, nameWeights, personWeights,
    forms: wordForms(text),
    numbers: unit(weigh(countTerms(numberTerms(text)))),
    calendar: unit(weigh(countTerms(calendar))),
    years, months,
    events: unit(weigh(countTerms(signatures))),
    keys: [...new Set([...heaviest(wordWeights, KEY_WORDS), ...heaviest(nameWeights, KEY_NAMES)])],
  };
}

/** The last content word of a participant ("the Russian Foreign Ministry" gives ministry). */
function headWord(arg: ArgRef | undefined): string | undefined {
  return arg ? contentWords(arg.text).at(-1) : undefined;
}
