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

// Indexing spans by the sorted items they fall in, once per article: a stage or pass that asked every
// sentence about every mention grew with the square of the article's length.

/** Whether items are sorted and non-overlapping, as sentences and segments are: what the indexes below need. */
function sortedDisjoint(items: readonly Span[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i]!.start < items[i - 1]!.end) return false;
  return true;
}

/** The first item whose end is past `pos` (items sorted and non-overlapping, so their ends ascend too). */
export function firstEndingAfter(items: readonly Span[], pos: number): number {
  let lo = 0, hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.end > pos) hi = mid; else lo = mid + 1;
  }
  return lo;
}

/** For each item, the spans that overlap it (share a character), in the spans' own order. */
export function overlapsByItem<S extends Span>(items: readonly Span[], spans: readonly S[]): S[][] {
  const out = items.map((): S[] => []);
  if (!sortedDisjoint(items)) {
    items.forEach((it, i) => { for (const s of spans) if (s.end > it.start && s.start < it.end) out[i]!.push(s); });
    return out;
  }
  for (const s of spans) {
    for (let i = firstEndingAfter(items, s.start); i < items.length && items[i]!.start < s.end; i++) {
      if (s.end > items[i]!.start) out[i]!.push(s);
    }
  }
  return out;
}

/** For each item, the spans that lie wholly inside it, in the spans' own order. */
export function withinByItem<S extends Span>(items: readonly Span[], spans: readonly S[]): S[][] {
  return overlapsByItem(items, spans).map((found, i) => found.filter((s) => s.start >= items[i]!.start && s.end <= items[i]!.end));
}

/** The spans (sorted by start) that overlap `range`: a binary search, not a scan; `maxLength` bounds any span's length. */
export function overlapping<S extends Span>(sortedByStart: readonly S[], range: Span, maxLength: number): S[] {
  let lo = 0, hi = sortedByStart.length;
  const from = range.start - maxLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sortedByStart[mid]!.start < from) lo = mid + 1; else hi = mid;
  }
  const out: S[] = [];
  for (let i = lo; i < sortedByStart.length && sortedByStart[i]!.start < range.end; i++) {
    const s = sortedByStart[i]!;
    if (range.start < s.end) out.push(s);
  }
  return out;
}
