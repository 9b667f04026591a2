import type { Segment, Span } from './model.js';

// Records are standoff spans into one text; these find which sorted item (segment, sentence) holds one.

/** The item of a sorted, non-overlapping list (segments, sentences) that holds the span's start. */
export function itemAt<T extends Span>(items: readonly T[], span: Span): T | undefined {
  let lo = 0, hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = items[mid]!;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The segment a span starts in (segments cover the text, sorted). */
export const segmentAt: (segments: readonly Segment[], span: Span) => Segment | undefined = itemAt;
