import type { AnalyzedArticle, SegmentKind, Span } from '../../core/model.js';

// An article's text cut into runs for display: each segment (body, caption, comment ...) holds runs
// of characters that share the same annotations (entity mentions, quotes, dates, quantities, a claim
// to point at). Overlaps are fine: a mention inside a quote is a run with both marks. Pure: the page
// turns runs into text nodes; tests check the cutting.

export type MarkKind = 'mention' | 'quote' | 'date' | 'quantity' | 'claim';

export interface Mark extends Span {
  kind: MarkKind;
  /** What a tooltip says about it. */
  label: string;
  /** Entity type of a mention. */
  type?: string;
  /** A quote in quotation marks (rather than reported speech). */
  direct?: boolean;
}

export interface Run extends Span {
  marks: Mark[];
}

export interface SegmentRuns extends Span {
  kind: SegmentKind;
  runs: Run[];
}

/** The marks of an article's layers; `entityName` names the story entity a mention is linked to; `claim` marks a span to point the reader at. */
export function articleMarks(article: AnalyzedArticle, entityName: (mention: Span) => string | undefined, claim?: Span): Mark[] {
  const marks: Mark[] = [];
  for (const m of article.mentions ?? []) {
    const name = entityName(m);
    marks.push({ start: m.start, end: m.end, kind: 'mention', type: m.type, label: `${m.type}: ${name && name !== m.text ? `${m.text} → ${name}` : m.text}` });
  }
  for (const q of article.quotes ?? []) {
    marks.push({ start: q.start, end: q.end, kind: 'quote', direct: q.direct, label: `${q.direct ? 'quote' : 'reported speech'}${q.speaker ? ` by ${q.speaker.text}` : ''}` });
  }
  for (const d of article.dates ?? []) marks.push({ start: d.start, end: d.end, kind: 'date', label: `date ${d.value} (${d.basis})` });
  for (const q of article.quantities ?? []) {
    const what = [q.subject, q.predicate].filter(Boolean).join(' ');
    marks.push({ start: q.start, end: q.end, kind: 'quantity', label: `${q.qualifier === 'exact' ? '' : `${q.qualifier} `}${q.value}${q.unit ? ` ${q.unit}` : ''}${what ? `: ${what}` : ''}` });
  }
  if (claim) marks.push({ start: claim.start, end: claim.end, kind: 'claim', label: 'the claim you followed' });
  return marks;
}

/**
 * Segments (gaps filled as body, so every character shows once) cut into runs at every mark boundary.
 * Marks outside the text or empty are dropped.
 */
export function cutRuns(text: string, segments: readonly { start: number; end: number; kind: SegmentKind }[], marks: readonly Mark[]): SegmentRuns[] {
  const valid = marks.filter((m) => Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end <= text.length && m.start < m.end);
  const out: SegmentRuns[] = [];
  let pos = 0;
  const push = (start: number, end: number, kind: SegmentKind) => {
    if (end > start) out.push({ start, end, kind, runs: runsIn(start, end, valid) });
  };
  for (const seg of [...segments].sort((a, b) => a.start - b.start)) {
    const start = Math.max(seg.start, pos), end = Math.min(seg.end, text.length);
    if (end <= start) continue;
    push(pos, start, 'body');
    push(start, end, seg.kind);
    pos = end;
  }
  push(pos, text.length, 'body');
  return out;
}

function runsIn(start: number, end: number, marks: readonly Mark[]): Run[] {
  const inside = marks.filter((m) => m.start < end && m.end > start);
  const cuts = new Set<number>([start, end]);
  for (const m of inside) {
    if (m.start > start) cuts.add(m.start);
    if (m.end < end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: Run[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i]!, b = points[i + 1]!;
    runs.push({ start: a, end: b, marks: inside.filter((m) => m.start <= a && m.end >= b) });
  }
  return runs;
}
