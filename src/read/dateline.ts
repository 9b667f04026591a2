import * as chrono from 'chrono-node';

// The page stamp near the top of a text: "August 2, 2013", "Published May 03, 2013", "Thu, 10 Nov 2011
// 02:45 PM", "Posted: 08 / 02 / 2013 11: 10 am EDT", "WASHINGTON, DC, April 28, 2009". chrono-node reads
// the date; what decides that the line is a stamp and not a sentence that mentions a day is what is
// left of it: only stamp words, times, zones and a dateline place may remain.

/**
 * A town in capitals, its state, the agency, then a dash, before running text ("HOUSTON (AP) — A man
 * ..."): what follows has lower case or is on the next line. A capitalised word before a dash and a
 * headline in capitals is a wire slug ("CRICKET - ENGLAND 326 AND 74-0"), not a place.
 */
export const DATELINE = /^[ \t]*(\p{Lu}[\p{Lu}.'’ -]{2,40}?)(?:,[ \t]*(\p{Lu}[\p{L}.]+(?:[ \t]\p{Lu}[\p{L}.]+){0,2}))?[ \t]*(?:\([^)\n]{1,40}\))?[ \t]*(?:—|–|--|-)(?=[^\n]*\p{Ll}|[ \t]*$)/u;

/** How many non-blank lines from the top a stamp may sit in (title, stamp, and one more such as a byline). */
export const STAMP_LINES = 3;
/** A stamp is a short line; a longer one is prose. */
const MAX_STAMP_CHARS = 90;

export interface Dateline {
  /** Offsets of the stamp line in the text (trimmed). */
  start: number;
  end: number;
  /** The day it gives, `YYYY-MM-DD`. */
  day: string;
  /** "Updated ..." gives a later day than publication: it is found but never taken as the publication date. */
  updated: boolean;
  /** The stamp is its whole line (metadata that can be set aside), not the tail of one ("Vigil held. (Published June 24, 2014)"). */
  wholeLine: boolean;
}
// Where a stamp may begin inside a line of prose.
const STAMP_INSIDE = /[([]?\b(?:published|posted)\b/gi;

// Words a stamp is made of besides its date and time.
const STAMP_WORD = /^(?:first|originally|last|published|posted|updated|modified|edited|created|date[ds]?|article|story|on|at|by|time|[ap]m|[ap]|m|(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?)$/i;
// A time-zone or place code written in capitals: EDT, PT, GMT, AEST, UK, DC.
const CAPITALS = /^\p{Lu}{2,}$/u;
/** A year as a stamp writes it: four digits, or the last part of a numeric date ("11/18/14"). */
const WRITTEN_YEAR = /\b\d{4}\b|\d{1,2}[/.-]\d{1,2}[/.-]\d{2}\b/;
const UPDATED = /^\W*(?:last\s+)?(?:updated|modified|edited)\b/i;

/** The day a line stamps, if the line is nothing but a stamp; undefined for prose or a line without a whole date. */
export function stampOfLine(line: string): { day: string; updated: boolean } | undefined {
  const trimmed = line.trim();
  if (trimmed.length < 6 || trimmed.length > MAX_STAMP_CHARS) return undefined;
  // Tokenised copies (as ECB+ holds) split times and numeric dates: "2: 00 p. m.", "05 / 02 / 2013". Dotted
  // numeric dates stay as they are: "08. 07. 2012" is day first, which chrono's English reads month first.
  const tidy = trimmed.replace(/(\d)\s*([:/-])\s*(?=\d)/g, '$1$2').replace(/\b([ap])\.\s?m\.?/gi, '$1m');
  // Any fixed reference serves: only results whose year, month and day are written are kept.
  const results = chrono.parse(tidy, new Date(2000, 0, 1, 12));
  // (a relative stamp, "Published 19 minutes ago", "Tonight", is certain only of the fixed reference: its year is not written)
  const whole = results.find((r) => WRITTEN_YEAR.test(r.text) && r.start.isCertain('year') && r.start.isCertain('month') && r.start.isCertain('day'));
  if (!whole) return undefined;
  let rest = tidy;
  for (const r of results) rest = rest.slice(0, r.index) + ' '.repeat(r.text.length) + rest.slice(r.index + r.text.length);
  // what is left besides numbers (times, seconds, zone offsets: "5: 55p", "(GMT+05: 00)", "01: 19 hrs")
  const words = rest.split(/[^\p{L}\d]+/u).filter((w) => w && !/^\d+(?:[ap]m?|hrs?)?$/i.test(w));
  const capitals = words.filter((w) => CAPITALS.test(w)).length;
  if (words.some((w) => !STAMP_WORD.test(w) && !CAPITALS.test(w)) || capitals > 3) return undefined;
  const d = whole.start;
  const day = `${d.get('year')}-${String(d.get('month')).padStart(2, '0')}-${String(d.get('day')).padStart(2, '0')}`;
  // An "Updated" stamp that also says when it was first published ("Posted: ... Updated: ...") is a publication stamp.
  const updated = UPDATED.test(trimmed) && !/\b(?:published|posted)\b/i.test(trimmed);
  return { day, updated };
}

/** The first `STAMP_LINES` non-blank lines of `text` from `from` on, as matches (the line and its index). */
function* firstLines(text: string, from: number): Generator<RegExpExecArray> {
  const re = /[^\n]+/g;
  re.lastIndex = from;
  let seen = 0;
  for (let m = re.exec(text); m && seen < STAMP_LINES; m = re.exec(text)) {
    if (!m[0].trim()) continue;
    seen++;
    yield m;
  }
}

/** Every stamp line among the first `STAMP_LINES` non-blank lines of `text` (from `from` on), with its offsets. */
export function datelines(text: string, from = 0): Dateline[] {
  const out: Dateline[] = [];
  for (const m of firstLines(text, from)) {
    const stamp = stampOfLine(m[0]);
    if (stamp) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      out.push({ start, end: start + m[0].trim().length, ...stamp, wholeLine: true });
      continue;
    }
    for (const at of m[0].matchAll(STAMP_INSIDE)) {
      const tail = m[0].slice(at.index).trimEnd();
      const inside = stampOfLine(tail);
      if (inside) { out.push({ start: m.index + at.index, end: m.index + at.index + tail.length, ...inside, wholeLine: false }); break; }
    }
  }
  return out;
}

/** The publication day of the first lines: the first stamp that is not an "Updated" one. */
export function publicationDateline(text: string, from = 0): Dateline | undefined {
  return datelines(text, from).find((d) => !d.updated);
}

// A wire dateline that carries its day where the agency would stand: "SAVANNAH, GA (August 2, 2015): An
// argument ...", "INDIANAPOLIS, Ind. (Feb. 20, 2014) — Police ...": the outlet's own word on its report's day.
const DATED_DATELINE = /^(\p{Lu}{2,}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)*)\s*\(([^()\n]{6,40})\)\s*[:—–-]/u;

/** The day a dated dateline gives at the start of one of the first lines (from `from` on), with the dateline's offsets. */
export function datedDateline(text: string, from = 0): { start: number; end: number; day: string } | undefined {
  for (const m of firstLines(text, from)) {
    const lead = m[0].length - m[0].trimStart().length;
    const d = DATED_DATELINE.exec(m[0].slice(lead));
    const stamp = d && stampOfLine(d[2]!);
    if (stamp && !stamp.updated) return { start: m.index + lead, end: m.index + lead + d![0].length, day: stamp.day };
  }
  return undefined;
}
