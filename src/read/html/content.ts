// Kinds → the article: choose the container box whose blocks are most article-like, and keep its blocks.
// The score of a box adds up its blocks' weights (prose for, furniture and links against), discounted by
// distance and link density, with a head start for boxes marked as the article or following the title.
import type { Box, Walk } from './blocks.js';
import { boxStats, judgeBlocks, type BoxStats, type Judged } from './kinds.js';
import { THRESHOLDS as T } from './settings.js';

export type { BlockKind, Judged } from './kinds.js';

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

/**
 * Subtree sums of block weights, where a block counts fully for the boxes up to `freeDepth` levels above
 * its own and then less by `depthDecay` per level: text scattered far apart under a page wrapper (teasers,
 * sidebars, footers) adds up less than paragraphs that sit together. Bucketed by distance, in one pass.
 */
function containerScores(walk: Walk, judged: Judged[]): Float64Array {
  const n = walk.boxes.length;
  const f = T.freeDepth;
  const near: Float64Array[] = Array.from({ length: f + 1 }, () => new Float64Array(n));
  const far = new Float64Array(n);
  for (const j of judged) near[0]![j.block.box.index]! += weight(j);
  for (let i = n - 1; i > 0; i--) {
    const p = walk.boxes[i]!.parent;
    if (!p) continue;
    for (let k = 0; k < f; k++) near[k + 1]![p.index]! += near[k]![i]!;
    far[p.index]! += T.depthDecay * (far[i]! + near[f]![i]!);
  }
  const score = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = far[i]!;
    for (let k = 0; k <= f; k++) s += near[k]![i]!;
    score[i] = s;
  }
  return score;
}

function select(walk: Walk, stats: BoxStats[], bySize: boolean): Selection {
  const { judged, parts } = judgeBlocks(walk, stats, bySize);
  const score = containerScores(walk, judged);
  // A box's own link density discounts it (a page wrapper holds the navigation too), and boxes in a box
  // marked as the article's text get a head start over boxes outside it.
  // So do boxes that hold the page's h1 or start just after it: the article follows its title.
  const final = new Float64Array(walk.boxes.length);
  const inArticle = new Uint8Array(walk.boxes.length);
  const h1 = judged.find((j) => j.kind === 'title')?.block.box.index ?? -1;
  for (let i = 0; i < walk.boxes.length; i++) {
    const box = walk.boxes[i]!;
    inArticle[i] = parts[i]?.kind === 'article' || (box.parent !== null && inArticle[box.parent.index] === 1) ? 1 : 0;
    const s = stats[i]!;
    const ld = s.chars > 0 ? s.linkChars / s.chars : 0;
    final[i] = score[i]! * (score[i]! > 0 ? Math.pow(1 - ld, T.linkDensityDiscount) : 1);
    if (final[i]! <= 0) continue;
    if (inArticle[i]) final[i]! += T.articleBonus;
    if (h1 >= 0 && ((i <= h1 && h1 <= box.last) || (i > h1 && i - h1 <= T.titleWindow))) final[i]! += T.titleBonus;
  }
  let best = -1;
  for (let i = 0; i < walk.boxes.length; i++) {
    if (parts[i]?.kind === 'drop' || parts[i]?.kind === 'comment') continue;
    // On a tie the later box wins: a descendant (or a later sibling) over the box that wraps it.
    if (best < 0 || final[i]! >= final[best]!) best = i;
  }
  const container = best >= 0 && final[best]! > 0 ? walk.boxes[best]! : null;
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

/** Every block judged (parts and wording), with no container chosen: for text another extractor selected. */
export function judgeAll(walk: Walk): Judged[] {
  return judgeBlocks(walk, boxStats(walk), true).judged;
}

/** Every visible block as body: the fallback when nothing looks like an article. */
export function allText(walk: Walk): Judged[] {
  return walk.blocks.map((block) => ({ block, kind: 'body' as const, rule: 'fallback-all-text' }));
}
