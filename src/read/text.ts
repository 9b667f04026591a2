import { basename, extname } from 'node:path';
import type { Segment } from '../core/model.js';
import type { Report } from '../core/report.js';
import type { Draft, Input, Reader } from './types.js';

// A header of `key: value` lines (title, source, url, date, author) ended by a blank line,
// as our examples and many scraped dumps carry.
const HEADER_LINE = /^[ \t]*(title|source|url|date|published|author)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
// A bare leading dateline: " date 2023-11-06 Delegates ..." or "2023-11-06\n".
const DATELINE = /^\s*(?:(?:date|published|posted|updated)\s*[:=]?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s)\s*/i;

// A page stamp near the top: "Posted: Monday, November 3, 2014 4:20 PM EST", "(Published Tuesday, June 24, 2014)",
// "Published: 11/18/2014", or a line that is only a date. The first such stamp is the publication date (an "Updated" one is not).
const STAMP_LINES = 3;
const STAMP = /\b(?:published|posted)(?:\s+on)?\s*:?\s*(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\/(\d{1,2})\/(\d{4}))\b/i;
/** A line that is nothing but a date, the way pages print theirs: "July 29, 2004", "Thursday, July 29, 2004", "Thu, 10 Nov 2011 02:45 PM". */
const DATE_LINE = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?(?:([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4}))(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[a-z]{2,4})?)?$/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export const textReader: Reader = {
  format: 'text',
  sniff: (origin) => /\.(txt|text)$/i.test(origin),
  read(input: Input, report: Report): Draft[] {
    return [readText(input.content, input.origin, report)];
  },
};

/** Plain text: an optional header or dateline (metadata, not body), then the article. */
export function readText(text: string, origin: string, report: Report): Draft {
  const draft: Draft = { origin, source: { name: sourceNameFromPath(origin) }, text, hints: [] };
  const hints: Segment[] = draft.hints!;
  let offset = 0;
  for (;;) {
    const lineEnd = text.indexOf('\n', offset);
    const line = text.slice(offset, lineEnd < 0 ? text.length : lineEnd);
    const m = HEADER_LINE.exec(line);
    if (!m || lineEnd < 0) break;
    const key = m[1]!.toLowerCase(), value = m[2]!;
    if (key === 'title') draft.title = value;
    else if (key === 'source') draft.source = { ...draft.source, name: value };
    else if (key === 'url') { draft.canonicalUrl = value; draft.source = { ...draft.source, url: value }; }
    else if (key === 'author') draft.author = value;
    else setPublished(draft, value, report, { start: offset, end: lineEnd });
    hints.push({ start: offset, end: lineEnd + 1, kind: key === 'title' ? 'title' : 'boilerplate', rule: `header-${key}` });
    offset = lineEnd + 1;
  }
  if (offset === 0) {
    const m = DATELINE.exec(text);
    if (m) {
      setPublished(draft, m[1]!, report, { start: 0, end: m[0].length });
      hints.push({ start: 0, end: m[0].length, kind: 'boilerplate', rule: 'dateline' });
    }
  }
  if (!draft.published) {
    const stamped = stampDate(text.split('\n').filter((l) => l.trim()).slice(0, STAMP_LINES).join('\n'));
    if (stamped) draft.published = stamped;
  }
  return draft;
}

/** The day of a "Posted: ..." or "Published ..." stamp, `YYYY-MM-DD`; undefined when there is none (or it is no real day). */
export function stampDate(opening: string): string | undefined {
  const m = STAMP.exec(opening);
  if (m) return isoDay(m[1] ? monthOf(m[1]) : Number(m[4]), Number(m[2] ?? m[5]), m[3] ?? m[6]!);
  // else a line of its own that is only a date (ECB+'s "August 2, 2013"): pages print their day so
  for (const line of opening.split('\n')) {
    const d = DATE_LINE.exec(line.trim());
    if (d) return isoDay(monthOf(d[1] ?? d[5]!), Number(d[2] ?? d[4]), d[3] ?? d[6]!);
  }
  return undefined;
}

const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

function isoDay(month: number, day: number, year: string): string | undefined {
  if (month < 1) return undefined;
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isRealDay(iso) ? iso : undefined;
}

function setPublished(draft: Draft, value: string, report: Report, place: { start: number; end: number }): void {
  const iso = normaliseDate(value);
  if (iso) draft.published = iso;
  else report.warn(`date "${value}" in the header is not a date; publication date left unknown`, 'bad-header-date', place);
}

/** `YYYY-MM-DD` (or a full ISO timestamp) from common date strings; null when not a date. */
export function normaliseDate(value: string): string | null {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return isRealDay(v) ? v : null;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return null;
  // A timestamp without a zone is local to the outlet: keep its calendar day as written.
  const day = /^(\d{4}-\d{2}-\d{2})[T ]/.exec(v);
  return day ? day[1]! : new Date(t).toISOString().slice(0, 10);
}

function isRealDay(v: string): boolean {
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
}

export function sourceNameFromPath(origin: string): string {
  if (origin === '-') return 'stdin';
  if (/^https?:\/\//i.test(origin)) {
    try { return new URL(origin).hostname.replace(/^www\./, ''); } catch { /* not a URL after all */ }
  }
  const base = basename(origin.replace(/#.*$/, ''));
  return base.slice(0, base.length - extname(base).length) || base;
}
