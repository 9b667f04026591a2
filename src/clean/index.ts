import type { Segment, SegmentKind } from '../core/model.js';
import type { Draft } from '../read/types.js';
import { cover, toBlocks } from './blocks.js';
import { CLEAN_RULES, type CleanRule, type RuleContext } from './rules.js';

export { CLEAN_RULES } from './rules.js';

/**
 * Segments covering every character of the draft's text: the reader's hints are kept, every
 * other line is classified by the first rule of `rules` that matches, else it is body.
 */
export function segment(draft: Pick<Draft, 'text' | 'hints' | 'title'>, rules: readonly CleanRule[] = CLEAN_RULES): Segment[] {
  const blocks = toBlocks(draft.text, draft.hints ?? []);
  const kinds: SegmentKind[] = [];
  const decided: (typeof blocks[number] & { kind: SegmentKind; rule?: string })[] = [];
  let afterEnd = false, inComments = false;
  blocks.forEach((block, index) => {
    let kind: SegmentKind = 'body', rule: string | undefined;
    if (block.known) ({ kind, rule } = block.known);
    else {
      const ctx: RuleContext = { index, blocks, kinds, afterEnd, inComments, ...(draft.title ? { title: draft.title } : {}) };
      const hit = rules.find((r) => r.test(block, ctx));
      if (hit) { kind = hit.kind; rule = hit.name; }
    }
    if (kind === 'comment') inComments = true;
    else if (kind === 'boilerplate' && inComments) inComments = false;
    if (kind === 'credit' && rule !== 'byline') afterEnd = true;
    kinds.push(kind);
    decided.push(rule ? { ...block, kind, rule } : { ...block, kind });
  });
  return cover(draft.text.length, decided);
}
