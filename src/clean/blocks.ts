import type { Segment, Span } from '../core/model.js';

/** A line of text to classify: its offsets exclude the line break and surrounding whitespace. */
export interface Block extends Span {
  text: string;
  /** Set when a reader already knows the kind from structure. */
  known?: Segment;
}

/**
 * Blocks of `text`: the readers' hints as they are, and every other non-blank line as its own
 * block. Whitespace between blocks belongs to no block; `cover` later hands it to a neighbour.
 */
export function toBlocks(text: string, hints: readonly Segment[]): Block[] {
  const blocks: Block[] = [];
  const sorted = [...hints].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start);
  let pos = 0;
  const lines = (from: number, to: number) => {
    const re = /[^\n]+/g;
    const part = text.slice(from, to);
    for (let m = re.exec(part); m; m = re.exec(part)) {
      const lead = m[0].length - m[0].trimStart().length;
      const body = m[0].trim();
      if (!body) continue;
      const start = from + m.index + lead;
      blocks.push({ start, end: start + body.length, text: body });
    }
  };
  for (const h of sorted) {
    const start = Math.max(h.start, pos);
    if (start >= h.end) continue;                 // overlapping hint: the earlier one wins
    if (start > pos) lines(pos, start);
    blocks.push({ start, end: h.end, text: text.slice(start, h.end), known: { ...h, start } });
    pos = h.end;
  }
  if (pos < text.length) lines(pos, text.length);
  return blocks;
}

/**
 * Segments that cover every character: each block keeps its kind; the whitespace after a block
 * joins it, and whitespace before the first block joins the first.
 */
export function cover(textLength: number, blocks: readonly (Block & { kind: Segment['kind']; rule?: string })[]): Segment[] {
  if (blocks.length === 0) return textLength > 0 ? [{ start: 0, end: textLength, kind: 'boilerplate', rule: 'blank' }] : [];
  return blocks.map((b, i) => {
    const seg: Segment = { start: i === 0 ? 0 : b.start, end: i + 1 < blocks.length ? blocks[i + 1]!.start : textLength, kind: b.kind };
    if (b.rule) seg.rule = b.rule;
    return seg;
  });
}
