// Blocks → the article: decide what each block is (body, heading, caption, credit, comment, or furniture
// to drop), then choose the container box whose blocks are most article-like, and keep its blocks.
import type { SegmentKind } from '../../model.js';
import type { Block, Box, Walk } from './blocks.js';
import type { Part } from './parts.js';
import { BYLINE, MARKUP, PROMO_LINE, SCRIPT_NOTICE, CAPTION_LINE, CREDIT_LINE, DATE_LINE, DROP_LINE, LEAD_LINE } from './selectors.js';
import { HEADING_LEVEL, THRESHOLDS as T } from './settings.js';

export type BlockKind = SegmentKind | 'drop';

export interface Judged {
  block: Block;
  kind: BlockKind;
  rule: string;
}

export interface Selection {
  /** The chosen container, or null when no block looks like article text. */
  container: Box | null;
  /** Blocks of the container that are kept, in document order (no 'drop'). */
  article: Judged[];
  /** Comment blocks outside the container, in document order. */
  comments: Judged[];
  /** Characters of body text in `article`. */
  bodyChars: number;
  /** Every block of the page with its kind, in document order (for explaining a result). */
  judged: Judged[];
}

interface BoxStats {
  chars: number;
  linkChars: number;
  /** Characters of prose blocks: long enough, few links. */
  good: number;
}

/** Sum block statistics up the box tree (boxes are in pre-order, so children come after parents). */
function boxStats(walk: Walk): BoxStats[] {
  const stats: BoxStats[] = walk.boxes.map(() => ({ chars: 0, linkChars: 0, good: 0 }));
  for (const b of walk.blocks) {
    const s = stats[b.box.index]!;
    s.chars += b.chars;
    s.linkChars += b.linkChars;
    if (isProse(b)) s.good += b.chars;
  }
  for (let i = walk.boxes.length - 1; i > 0; i--) {
    const p = walk.boxes[i]!.parent;
    if (!p) continue;
    const s = stats[i]!, ps = stats[p.index]!;
    ps.chars += s.chars;
    ps.linkChars += s.linkChars;
    ps.good += s.good;
  }
  return stats;
}

function isProse(b: Block): boolean {
  return b.chars >= T.shortBlock && b.linkChars <= T.linkDensityProse * b.chars;
}

/**
 * The part each box is believed to be, given the whole page. A furniture pattern is not believed on a box
 * that wraps the article (most of its prose sits in a box marked as article text: itemprop=articleBody,
 * <main>, an "article-body" class), nor, when `bySize`, on a box holding most of the page's prose. A caption
 * or credit pattern is not believed on a box with more text than a caption has.
 */
function believedParts(walk: Walk, stats: BoxStats[], bySize: boolean): (Part | null)[] {
  const pageGood = stats[0]?.good ?? 0;
  // The most prose held by one article-marked box in each subtree.
  // The most prose held by one article-marked box in each subtree, and the text in embeds.
  const articleGood = new Float64Array(walk.boxes.length);
  const keepChars = new Float64Array(walk.boxes.length);
  for (let i = walk.boxes.length - 1; i >= 0; i--) {
    const box = walk.boxes[i]!;
    if (box.part?.kind === 'article') articleGood[i] = Math.max(articleGood[i]!, stats[i]!.good);
    if (box.part?.kind === 'keep') keepChars[i] = stats[i]!.chars;
    if (box.parent) {
      articleGood[box.parent.index] = Math.max(articleGood[box.parent.index]!, articleGood[i]!);
      keepChars[box.parent.index]! += keepChars[i]!;
    }
  }
  return walk.boxes.map((box) => {
    const p = box.part;
    if (!p) return null;
    const s = stats[box.index]!;
    if (p.kind === 'drop' || p.kind === 'comment') {
      if (s.good > 0 && articleGood[box.index]! >= 0.5 * s.good) return null;
      if (p.kind === 'drop' && s.chars > 0 && keepChars[box.index]! >= 0.5 * s.chars) return null;
      if (bySize && pageGood > 0 && s.good >= T.safeShare * pageGood && s.good >= T.minArticleChars) return null;
    } else if (p.kind === 'caption' || p.kind === 'credit') {
      if (s.chars > T.maxCaptionChars) return null;
    }
    return p;
  });
}

/** The kind of one block from the parts of its boxes (outermost decides among equals) and its wording. */
function judge(block: Block, parts: (Part | null)[], stats: BoxStats[]): Judged {
  let drop: Part | null = null, comment: Part | null = null, caption: Part | null = null, credit: Part | null = null;
  let heading = 0;
  let list: Box | null = null;
  for (let b: Box | null = block.box; b; b = b.parent) {
    const lvl = HEADING_LEVEL[b.tag];
    if (lvl && !heading) heading = lvl;
    if (!list && LIST_TAGS.has(b.tag)) list = b;
    const p = parts[b.index];
    if (!p) continue;
    if (p.kind === 'drop') drop = p;
    else if (p.kind === 'comment') comment = p;
    else if (p.kind === 'caption') caption = p;
    else if (p.kind === 'credit') credit = p;
  }
  if (drop) return { block, kind: 'drop', rule: drop.rule };
  if (comment) return { block, kind: 'comment', rule: comment.rule };
  if (caption) return { block, kind: 'caption', rule: caption.rule };
  if (credit) return { block, kind: 'credit', rule: credit.rule };
  const ip = block.inlinePart;
  if (ip && ip.kind !== 'article' && ip.kind !== 'keep') {
    return { block, kind: ip.kind, rule: `inline-${ip.rule}` };
  }
  const byWords = wording(block.text);
  if (byWords) return { block, kind: byWords.kind, rule: byWords.rule };
  if (heading === 1) return { block, kind: 'title', rule: 'tag-h1' };
  // Links: a line that is mostly link text is navigation, except a heading outside lists (a linked
  // subheading) and an item of a list that, as a whole, is mostly text (items that lead with a link).
  if (block.chars > 0 && block.linkChars > T.linkDensityNav * block.chars) {
    const ls = list ? stats[list.index]! : null;
    const textList = ls !== null && ls.chars > 0 && ls.linkChars <= T.linkDensityList * ls.chars;
    if (!(heading && !list) && !textList) return { block, kind: 'drop', rule: 'link-density' };
  }
  if (heading) return { block, kind: 'heading', rule: `tag-h${heading}` };
  return { block, kind: 'body', rule: 'text' };
}

const LIST_TAGS: ReadonlySet<string> = new Set(['ul', 'ol', 'dl', 'menu']);

/** Lines that say what they are: "Advertisement", "Read more: …", "Photo: …", "By Jane Doe". */
function wording(t: string): { kind: BlockKind; rule: string } | null {
  if (MARKUP.test(t)) return { kind: 'drop', rule: 'line-markup' };
  if (t.length > T.maxLineRuleChars) return null;
  if (SCRIPT_NOTICE.test(t)) return { kind: 'drop', rule: 'line-script-notice' };
  if (DROP_LINE.test(t)) return { kind: 'drop', rule: 'line-furniture' };
  if (LEAD_LINE.test(t)) return { kind: 'drop', rule: 'line-link-lead' };
  for (const re of PROMO_LINE) if (re.test(t)) return { kind: 'drop', rule: 'line-promo' };
  if (CAPTION_LINE.test(t)) return { kind: 'caption', rule: 'line-caption' };
  for (const re of CREDIT_LINE) if (re.test(t)) return { kind: 'credit', rule: 'line-credit' };
  if (t.length < 120 && BYLINE.test(t)) return { kind: 'credit', rule: 'line-byline' };
  if (DATE_LINE.test(t)) return { kind: 'drop', rule: 'line-date' };
  return null;
}

/** How much a block speaks for a container that holds it. */
function weight(j: Judged): number {
  const b = j.block;
  switch (j.kind) {
    case 'drop':
      return j.rule === 'link-density' ? -T.furniturePenalty * b.chars : -b.chars;
    case 'comment':
      return -b.chars;
    case 'body': {
      // Text counts for the container, link text against it; short lines without links are neutral.
      if (b.chars < T.shortBlock) return b.linkChars === 0 ? 0 : -T.neutralCost;
      const text = b.chars - b.linkChars - b.linkChars;
      return b.chars >= T.goodParagraph ? text : 0.5 * text;
    }
    default:
      return -T.neutralCost;
  }
}

export function selectContent(walk: Walk): Selection {
  const stats = boxStats(walk);
  const first = select(walk, stats, false);
  const pageGood = stats[0]?.good ?? 0;
  if (first.bodyChars >= T.distrustShare * pageGood) return first;
  // Little of the page's prose survived the patterns: perhaps one of them sits on the article's wrapper.
  const second = select(walk, stats, true);
  return second.bodyChars > first.bodyChars ? second : first;
}

function select(walk: Walk, stats: BoxStats[], bySize: boolean): Selection {
  const parts = believedParts(walk, stats, bySize);
  const judged = walk.blocks.map((b) => judge(b, parts, stats));
  // Subtree sums of block weights; the container is the box with the largest.
  const score = new Float64Array(walk.boxes.length);
  for (const j of judged) score[j.block.box.index]! += weight(j);
  for (let i = walk.boxes.length - 1; i > 0; i--) {
    const p = walk.boxes[i]!.parent;
    if (p) score[p.index]! += score[i]!;
  }
  let best = -1;
  for (let i = 0; i < walk.boxes.length; i++) {
    if (parts[i]?.kind === 'drop' || parts[i]?.kind === 'comment') continue;
    // On a tie the later box wins: a descendant (or a later sibling) over the box that wraps it.
    if (best < 0 || score[i]! >= score[best]!) best = i;
  }
  const container = best >= 0 && score[best]! > 0 ? walk.boxes[best]! : null;
  const article: Judged[] = [];
  const comments: Judged[] = [];
  let bodyChars = 0;
  for (const j of judged) {
    const inside = container !== null && j.block.box.index >= container.index && j.block.box.index <= container.last;
    if (inside && j.kind !== 'drop') {
      article.push(j);
      if (j.kind === 'body') bodyChars += j.block.chars;
    } else if (!inside && j.kind === 'comment' && comments.length < T.maxCommentBlocks) {
      comments.push(j);
    }
  }
  return { container, article, comments, bodyChars, judged };
}

/** Every visible block as body: the fallback when nothing looks like an article. */
export function allText(walk: Walk): Judged[] {
  return walk.blocks.map((block) => ({ block, kind: 'body' as const, rule: 'fallback-all-text' }));
}
