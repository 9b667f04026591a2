import type { AnalyzedArticle, Claim, Span } from '../core/model.js';
import { itemAt, segmentAt } from '../core/spans.js';
import { isReport } from '../core/kinds.js';

// What facts rest on: claims, each the sentence of the outlet's own text that makes it (body, title,
// headings), never captions, credits, reader comments or boilerplate.

/** Whether a span lies in the outlet's own text. */
export function isOwnText(a: AnalyzedArticle, span: Span): boolean {
  return isReport(segmentAt(a.segments, span)?.kind);
}

/** The claim for a record: the sentence that holds it (or the record itself when sentences are absent). */
export function sentenceClaim(a: AnalyzedArticle, span: Span): Claim {
  const s = itemAt(a.sentences ?? [], span) ?? span;
  return { article: a.id, start: s.start, end: s.end, text: a.text.slice(s.start, s.end) };
}

/** Claims from a later report than the earliest dated one are marked: a figure may simply have grown. */
export function markLater(claims: Claim[]): void {
  const dated = claims.filter((c) => c.asOf);
  if (dated.length < 2) return;
  const earliest = dated.map((c) => c.asOf!).sort()[0]!;
  for (const c of dated) if (c.asOf! > earliest) c.later = true;
}
