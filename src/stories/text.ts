import type { Article, Segment, SegmentKind, Span } from '../model.js';

/** Kinds whose text is the story itself (what entities, facts and grouping may rest on). */
export const STORY_KINDS: ReadonlySet<SegmentKind> = new Set(['title', 'heading', 'body', 'caption']);

export function bodyText(a: Article): string {
  return a.segments.filter((s) => s.kind === 'body' || s.kind === 'title').map((s) => a.text.slice(s.start, s.end)).join('\n');
}

/** The segment a span starts in (segments cover the text, sorted). */
export function segmentAt(segments: readonly Segment[], span: Span): Segment | undefined {
  let lo = 0, hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = segments[mid]!;
    if (span.start < s.start) hi = mid - 1;
    else if (span.start >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}
