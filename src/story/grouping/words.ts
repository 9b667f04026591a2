// The terms grouping compares, read off an article's text: content words, name words, numbers,
// calendar words. Deliberately simple (lower case, no stemming): the background table
// (models/story-grouping.json) is built with these same functions, so the two always agree.

/** Function words and reporting verbs: they say nothing about which event an article reports. */
export const STOP_WORDS: ReadonlySet<string> = new Set(('a an the and or but of to in on at by for with from as is are was were be been being has have had it its this that these those ' +
  'he she they we i you his her their our my your him them who whom which what when where why how not no nor so than then there here also into over ' +
  'after before about against between during without within under up down out off again further once more most other some such only own same too very ' +
  'can will just should would could may might must said says say according new one two three').split(' '));

const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
const POSSESSIVE = /['’]s?$/;

/** Lower-case word forms without a possessive ending. */
function forms(text: string): string[] {
  return (text.toLowerCase().match(WORD) ?? []).map((w) => w.replace(POSSESSIVE, ''));
}

/** Words that can tell one event from another: longer than two letters, not a stop word. */
export function contentWords(text: string): string[] {
  return forms(text).filter((w) => w.length > 2 && !STOP_WORDS.has(w));
}

/** Every word form of the text, to ask "does this article use the word at all?". */
export function wordForms(text: string): Set<string> {
  return new Set(forms(text));
}

/** The words of a name ("Mark Felt's" gives mark, felt), split at spaces and hyphens. */
export function nameWords(name: string): string[] {
  return name.split(/[\s-]+/).flatMap(contentWords);
}

const YEAR = /\b(19[5-9]\d|20[0-4]\d)\b/g;
const NUMBER = /\b\d+(?:[.,]\d+)*\b/g;

/** Numbers other than years and single digits ("31-24", "5.6", "288"): details that reports of one event share. */
export function numberTerms(text: string): string[] {
  return (text.match(NUMBER) ?? []).filter((n) => n.length > 1 && !/^(19[5-9]\d|20[0-4]\d)$/.test(n));
}

/** Four-digit years from 1950 to 2049. */
export function yearsIn(text: string): string[] {
  return text.match(YEAR) ?? [];
}

/**
 * Ages as news gives them: "16-year-old", "aged 24", "age 24", and a name followed by its age
 * between commas ("Jo Smith, 24, was ..."). Ages tell victims apart where names are withheld.
 */
const AGE = /\b(\d{1,3})[-\u2010\u2011 ](?:year|yr)s?[-\u2010\u2011 ]old\b|\baged? (\d{1,3})\b|\p{Lu}\p{Ll}+, (\d{1,3}),/gu;
const MAX_AGE = 110;

export function agesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(AGE)) {
    const age = Number(m[1] ?? m[2] ?? m[3]);
    if (age > 0 && age <= MAX_AGE) out.push(String(age));
  }
  return out;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTH_NAME = new RegExp(`\\b${MONTH}(?![\\p{L}])`, 'gu');
const MONTH_DAY = new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?!\\d)`, 'gu');
const DAY_MONTH = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?![\\p{L}])`, 'gu');
const WEEKDAY = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** Month abbreviation (jan..dec) of a month name or of a `YYYY-MM` value's month number. */
export function monthKey(nameOrNumber: string): string | undefined {
  if (/^\d{1,2}$/.test(nameOrNumber)) return MONTHS[Number(nameOrNumber) - 1];
  const key = nameOrNumber.slice(0, 3).toLowerCase();
  return (MONTHS as readonly string[]).includes(key) ? key : undefined;
}

/** Months named in the text (capitalised, as month names are). */
export function monthsIn(text: string): string[] {
  return [...text.matchAll(MONTH_NAME)].map((m) => monthKey(m[1]!)!);
}

/** Calendar words an event's reports share: "Dec. 14" and "14 December" both give dec14; weekdays. */
export function calendarTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(MONTH_DAY)) out.push(`${monthKey(m[1]!)}${Number(m[2])}`);
  for (const m of text.matchAll(DAY_MONTH)) out.push(`${monthKey(m[2]!)}${Number(m[1])}`);
  for (const m of text.matchAll(WEEKDAY)) out.push(m[1]!.toLowerCase());
  return out;
}
