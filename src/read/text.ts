import type { Segment } from '../core/model.js';
import type { Report } from '../core/report.js';
import { datedDateline, publicationDateline, stampOfLine } from './dateline.js';
import { sourceNameFromCredit, sourceNameFromUrl } from './source.js';
import type { Draft, Input, Reader } from './types.js';

// A header of `key: value` lines (title, source, url, date, author) ended by a blank line,
// as our examples and many scraped dumps carry.
const HEADER_LINE = /^[ \t]*(title|source|url|date|published|author)[ \t]*:[ \t]*(.*?)[ \t]*$/i;
// A bare leading dateline: " date 2023-11-06 Delegates ..." or "2023-11-06\n".
const DATELINE = /^\s*(?:(?:date|published|posted|updated)\s*[:=]?\s*)?(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s)\s*/i;

export const textReader: Reader = {
  format: 'text',
  sniff: (origin) => /\.(txt|text)$/i.test(origin),
  read(input: Input, report: Report): Draft[] {
    return [readText(input.content, input.origin, report)];
  },
};

/** What the input around the text already knows: a JSONL record's own fields win over what the text says. */
export interface Known {
  published?: string;
}

/** Plain text: an optional header or dateline (metadata, not body), then the article. Its source is what the text names, else unknown. */
export function readText(text: string, origin: string, report: Report, known: Known = {}): Draft {
  const draft: Draft = { origin, source: { name: '' }, text, hints: [] };
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
    else if (!known.published) setPublished(draft, value, report, { start: offset, end: lineEnd });
    hints.push({ start: offset, end: lineEnd + 1, kind: key === 'title' ? 'title' : 'boilerplate', rule: `header-${key}` });
    offset = lineEnd + 1;
  }
  let from = offset;
  if (offset === 0) {
    const m = DATELINE.exec(text);
    if (m) {
      from = m[0].length;
      if (!known.published) setPublished(draft, m[1]!, report, { start: 0, end: m[0].length });
      hints.push({ start: 0, end: m[0].length, kind: 'boilerplate', rule: 'dateline' });
    }
  }
  // A stamp line near the top ("August 2, 2013", "Published May 03, 2013") is metadata, never a title or body.
  const stamp = publicationDateline(text, from);
  if (stamp) {
    if (!draft.published && !known.published) draft.published = stamp.day;
    if (stamp.wholeLine) hints.push({ start: stamp.start, end: stamp.end, kind: 'boilerplate', rule: 'dateline' });
  }
  if (known.published) draft.published = known.published;
  // A dateline that carries its day is the outlet's word on its report's day, over a record's own date, which a
  // crawl may have set ("SAVANNAH, GA (August 2, 2015):" in a record published 2017). GVA dev: 5 such datelines,
  // 2 agree with the record; of the 3 that do not, the incident's date is the dateline's in all 3 (even 1, odd 2).
  const dated = datedDateline(text, from);
  if (dated && draft.published?.slice(0, 10) !== dated.day) {
    if (draft.published) report.info(`the dateline gives ${dated.day}, the record ${draft.published}: the dateline's day is taken`, 'dateline-day', { start: dated.start, end: dated.end });
    draft.published = dated.day;
  }
  if (!draft.source.name) {
    const named = (draft.source.url && sourceNameFromUrl(draft.source.url)) || sourceNameFromCredit(text.slice(offset));
    if (named) draft.source = { ...draft.source, name: named };
  }
  return draft;
}

function setPublished(draft: Draft, value: string, report: Report, place: { start: number; end: number }): void {
  const iso = normaliseDate(value) ?? stampOfLine(value)?.day;
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
