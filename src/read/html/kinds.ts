// Blocks → kinds: what each block of the page is (body, heading, title, caption, credit, comment,
// boilerplate, or furniture to drop), from the parts its boxes declare (parts.ts), believed or not given
// the whole page, and from its own wording (selectors.ts). No container is chosen here (content.ts).
import type { SegmentKind } from '../../core/model.js';
import type { Block, Box, Walk } from './blocks.js';
import type { Part } from './parts.js';
import {
  BYLINE, CAPTION_LINE, COMMENT_HEADING, COOKIE_NOTICE, CREDIT_LINE, DATE_LINE, DISCLAIMER, DROP_LINE, LEAD_LINE,
  MARKUP, NO_WORDS, PROMO_LINE, RELATED_HEADING, SCRIPT_NOTICE,
} from './selectors.js';
import { HEADING_LEVEL, THRESHOLDS as T } from './settings.js';

export type BlockKind = SegmentKind | 'drop';

export interface Judged {
  block: Block;
  kind: BlockKind;
  rule: string;
}

export interface Judgement {
  judged: Judged[];
  /** The part each box is believed to be (by box index). */
  parts: (Part | null)[];
}

export interface BoxStats {
  chars: number;
  linkChars: number;
  /** Characters of prose blocks: long enough, few links. */
  good: number;
}

/** Sum block statistics up the box tree (boxes are in pre-order, so children come after parents). */
export function boxStats(walk: Walk): BoxStats[] {
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

/**
 * Judge every block of a page. `bySize`: do not believe furniture patterns on boxes holding most of the
 * page's prose (the second try, when the first left little of it).
 */
export function judgeBlocks(walk: Walk, stats: BoxStats[], bySize: boolean): Judgement {
  const parts = believedParts(walk, stats, bySize);
  const judged = markFigures(markSections(walk.blocks.map((b) => judge(b, parts, stats)), parts, stats));
  return { judged, parts };
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
  if (NO_WORDS.test(t)) return { kind: 'drop', rule: 'line-no-words' };
  if (DISCLAIMER.test(t)) return { kind: 'boilerplate', rule: 'line-disclaimer' };
  if (t.length > T.maxLineRuleChars) return null;
  if (SCRIPT_NOTICE.test(t)) return { kind: 'drop', rule: 'line-script-notice' };
  if (COOKIE_NOTICE.test(t)) return { kind: 'drop', rule: 'line-cookie-notice' };
  if (DROP_LINE.test(t)) return { kind: 'drop', rule: 'line-furniture' };
  if (LEAD_LINE.test(t)) return { kind: 'drop', rule: 'line-link-lead' };
  for (const re of PROMO_LINE) if (re.test(t)) return { kind: 'drop', rule: 'line-promo' };
  if (CAPTION_LINE.test(t)) return { kind: 'caption', rule: 'line-caption' };
  for (const re of CREDIT_LINE) if (re.test(t)) return { kind: 'credit', rule: 'line-credit' };
  if (t.length < 120 && BYLINE.test(t)) return { kind: 'credit', rule: 'line-byline' };
  if (DATE_LINE.test(t)) return { kind: 'drop', rule: 'line-date' };
  return null;
}

/**
 * Headings that say what follows: one that opens a comment section ("34 responses to …", "Leave a Reply")
 * makes comments of everything after it within its parent box, unless the page's title or a box marked as
 * the article follows it there; one that opens a list of other stories ("Read these next", "More stories")
 * drops what follows it in its parent, unless that parent holds most of the page's prose and the heading
 * comes before most of it (a "Related" box in the middle of the article must not take the article along).
 */
function markSections(judged: Judged[], parts: (Part | null)[], stats: BoxStats[]): Judged[] {
  const pageGood = stats[0]?.good ?? 0;
  // Prose characters before each block, to tell how much of a box comes before a heading.
  const before = new Float64Array(judged.length + 1);
  for (let i = 0; i < judged.length; i++) before[i + 1] = before[i]! + (isProse(judged[i]!.block) ? judged[i]!.block.chars : 0);
  let until = -1;
  let from = -1;
  let kind: 'comment' | 'drop' = 'comment';
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    const at = j.block.box.index;
    if (from >= 0 && at >= from && at <= until) {
      if (j.kind !== 'drop' && j.kind !== kind) {
        judged[i] = { block: j.block, kind, rule: kind === 'comment' ? 'after-comment-heading' : 'after-related-heading' };
      }
      continue;
    }
    const free = j.kind !== 'drop' || j.rule.startsWith('line-');
    if (!free || j.block.chars > T.maxSectionHeadingChars) continue;
    const isComment = COMMENT_HEADING.test(j.block.text);
    if (!isComment && !RELATED_HEADING.test(j.block.text)) continue;
    const parent = j.block.box.parent ?? j.block.box;
    if (isComment) {
      if (articleFollows(judged, i, parent, parts)) continue;
    } else {
      const parentGood = stats[parent.index]!.good;
      if (parentGood >= T.safeShare * pageGood && parentGood > 0) {
        let first = i;
        while (first > 0 && inBox(judged[first - 1]!, parent)) first--;
        if (before[i]! - before[first]! < T.relatedHeadingAfter * parentGood) continue;
      }
    }
    kind = isComment ? 'comment' : 'drop';
    judged[i] = { block: j.block, kind, rule: isComment ? 'comment-heading' : 'related-heading' };
    from = parent.index;
    until = parent.last;
  }
  return judged;
}

/** Whether the page's title (h1) or a box marked as the article comes after block `i` inside `parent`. */
function articleFollows(judged: Judged[], i: number, parent: Box, parts: (Part | null)[]): boolean {
  for (let k = i + 1; k < judged.length && inBox(judged[k]!, parent); k++) {
    const j = judged[k]!;
    if (j.kind === 'title') return true;
    for (let b: Box | null = j.block.box; b && b !== parent; b = b.parent) if (parts[b.index]?.kind === 'article') return true;
  }
  return false;
}

/**
 * A credit or caption line ("Photo: Jane Doe/AP") makes captions of the few other blocks that share its
 * small box: the caption text of a figure whose markup does not say so.
 */
function markFigures(judged: Judged[]): Judged[] {
  for (let i = 0; i < judged.length; i++) {
    const j = judged[i]!;
    if (j.rule !== 'line-credit' && j.rule !== 'line-caption') continue;
    const box = j.block.box.parent ?? j.block.box;
    let a = i, b = i;
    while (a > 0 && b - a < T.maxFigureBlocks && inBox(judged[a - 1]!, box)) a--;
    while (b < judged.length - 1 && b - a < T.maxFigureBlocks && inBox(judged[b + 1]!, box)) b++;
    if (b - a + 1 > T.maxFigureBlocks) continue;
    let chars = 0;
    for (let k = a; k <= b; k++) if (k !== i) chars += judged[k]!.block.chars;
    if (chars > T.maxCaptionChars) continue;
    for (let k = a; k <= b; k++) {
      const o = judged[k]!;
      if (k !== i && (o.kind === 'body' || o.kind === 'heading')) judged[k] = { block: o.block, kind: 'caption', rule: 'figure-caption' };
    }
  }
  return judged;
}

function inBox(j: Judged, box: Box): boolean {
  const at = j.block.box.index;
  return at >= box.index && at <= box.last;
}

