import type { EntityType } from '../../core/model.js';

// BILOU tags over the four CoNLL types, as small integers (the model and the decoder speak these).
//   0 = O; for type index k (PER, ORG, LOC, MISC): 1 + 4k = B, 2 + 4k = I, 3 + 4k = L, 4 + 4k = U.

export const TYPES: readonly EntityType[] = ['PER', 'ORG', 'LOC', 'MISC'];
export const NUM_TAGS = 1 + 4 * TYPES.length;
export const O = 0;
const PARTS = ['B', 'I', 'L', 'U'] as const;
export type Part = (typeof PARTS)[number];

export function tagOf(part: Part, type: EntityType): number {
  return 1 + 4 * TYPES.indexOf(type) + PARTS.indexOf(part);
}
export function typeOf(tag: number): EntityType | undefined {
  return tag === O ? undefined : TYPES[(tag - 1) >> 2];
}
export function partOf(tag: number): Part | 'O' {
  return tag === O ? 'O' : PARTS[(tag - 1) & 3]!;
}
export function tagName(tag: number): string {
  return tag === O ? 'O' : `${partOf(tag)}-${typeOf(tag)}`;
}

/** Whether `next` may follow `prev` in a well-formed BILOU sequence (prev = -1: sentence start). */
export function allowed(prev: number, next: number): boolean {
  const pp = prev < 0 ? 'O' : partOf(prev);
  const np = partOf(next);
  if (pp === 'O' || pp === 'L' || pp === 'U') return np === 'O' || np === 'B' || np === 'U';
  return (np === 'I' || np === 'L') && typeOf(prev) === typeOf(next);
}
/** Whether a sentence may end after `tag`. */
export function allowedLast(tag: number): boolean {
  const p = partOf(tag);
  return p === 'O' || p === 'L' || p === 'U';
}

/** A typed span over token indices, half-open. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
}

/**
 * Spans of a BILOU tag sequence. Tolerant of ill-formed sequences (which the constrained decoder
 * never makes): a B or I without its L closes at the last token of the same type.
 */
export function bilouToSpans(tags: ArrayLike<number>): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let open = -1;
  let openType: EntityType | undefined;
  const close = (end: number) => {
    if (open >= 0 && openType) spans.push({ start: open, end, type: openType });
    open = -1; openType = undefined;
  };
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i]!;
    const part = partOf(tag), type = typeOf(tag);
    if (open >= 0 && (type !== openType || part === 'B' || part === 'U' || part === 'O')) close(i);
    if (part === 'O') continue;
    if (part === 'U') { spans.push({ start: i, end: i + 1, type: type! }); continue; }
    if (open < 0) { open = i; openType = type; }
    if (part === 'L') close(i + 1);
  }
  close(tags.length);
  return spans;
}

/** BILOU tags for spans over `n` tokens. */
export function spansToBilou(spans: readonly TokenSpan[], n: number): Uint8Array {
  const tags = new Uint8Array(n);
  for (const s of spans) {
    if (s.end - s.start === 1) { tags[s.start] = tagOf('U', s.type); continue; }
    tags[s.start] = tagOf('B', s.type);
    for (let i = s.start + 1; i < s.end - 1; i++) tags[i] = tagOf('I', s.type);
    tags[s.end - 1] = tagOf('L', s.type);
  }
  return tags;
}

const KNOWN = new Set<string>(TYPES);
/**
 * Spans of IOB1 or IOB2 labels ("B-PER", "I-ORG", "O"), conlleval-style: an I- after O or after a
 * different type starts a new span; a B- always starts one. Unknown types are dropped.
 */
export function iobToSpans(labels: readonly string[]): TokenSpan[] {
  const spans: TokenSpan[] = [];
  let start = -1;
  let type = '';
  const close = (end: number) => {
    if (start >= 0 && KNOWN.has(type)) spans.push({ start, end, type: type as EntityType });
    start = -1; type = '';
  };
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const dash = label.indexOf('-');
    const prefix = dash < 0 ? label : label.slice(0, dash);
    const t = dash < 0 ? '' : label.slice(dash + 1);
    if (prefix === 'O' || dash < 0) { close(i); continue; }
    if (prefix === 'B' || prefix === 'S' || prefix === 'U' || t !== type || start < 0) { close(i); start = i; type = t; }
    if (prefix === 'E' || prefix === 'L' || prefix === 'S' || prefix === 'U') close(i + 1);
  }
  close(labels.length);
  return spans;
}
