import { SEGMENT_KINDS, type SegmentKind } from './model.js';

// Which segments make claims: the one table every stage and pass reads, so that "a caption is read,
// a reader comment never is" is decided once. Two circles, one inside the other:
//   REPORT_KINDS  the outlet's own running text (title, headings, body): what facts and event dates rest on;
//   CLAIM_KINDS   that plus captions, which state facts too (names, places, figures) but may show another
//                 moment or an older picture, so they are read for mentions, dates and quantities only.
// Credits, comments and boilerplate make no claims of the report at all.

/** Segments whose text makes claims the analysis reads: the report and its captions. */
export const CLAIM_KINDS: ReadonlySet<SegmentKind> = new Set(['title', 'heading', 'body', 'caption']);

/** The outlet's own report (no captions): what facts, claims and same-event dating rest on. */
export const REPORT_KINDS: ReadonlySet<SegmentKind> = new Set(['title', 'heading', 'body']);

/** Segments that make no claims (credits, comments, boilerplate): skipped by quotes and events. */
export const NON_CLAIM_KINDS: ReadonlySet<SegmentKind> = new Set(SEGMENT_KINDS.filter((k) => !CLAIM_KINDS.has(k)));

/** Every kind but body, in the model's order: what a brief lists as set aside from the running text. */
export const NON_BODY_KINDS: readonly Exclude<SegmentKind, 'body'>[] = SEGMENT_KINDS.filter((k): k is Exclude<SegmentKind, 'body'> => k !== 'body');

/** Whether a segment of this kind makes claims (false for a span outside every segment). */
export function makesClaims(kind: SegmentKind | undefined): boolean {
  return kind !== undefined && CLAIM_KINDS.has(kind);
}

/** Whether a segment of this kind is the outlet's own report (false for a span outside every segment). */
export function isReport(kind: SegmentKind | undefined): boolean {
  return kind !== undefined && REPORT_KINDS.has(kind);
}
