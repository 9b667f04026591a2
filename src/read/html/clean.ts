// DOM → pruned DOM: remove what a reader never sees (scripts, styles, embeds, form controls, hidden
// elements). What is visible but not article text is left for the content layer to judge.
import type { Report } from '../../core/report.js';
import { classAndId, type DomDocument, type DomElement } from './_dom.js';
import { HIDDEN_CLASS } from './selectors.js';
import { DROP_TAGS, THRESHOLDS as T } from './settings.js';

/** A cheap test before the exact one: words that start every hidden-class name. */
const MAYBE_HIDDEN = /hid|invis|none|sr|screen|offscreen|off-screen|print|tooltip|popover|hover/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

export interface PruneStats {
  dropped: number;
  hidden: number;
  cards: number;
}

/**
 * Remove invisible elements in place. Elements hidden by `hidden` or an inline style are removed unless they
 * hold most of the page's text (some pages hide the article until a script shows it).
 */
export function prune(doc: DomDocument, report: Report): PruneStats {
  const stats: PruneStats = { dropped: 0, hidden: 0, cards: 0 };
  const body = doc.body;
  if (!body) return stats;
  // One walk over the elements: what to drop outright, and what is hidden.
  const drop: DomElement[] = [];
  const hidden: DomElement[] = [];
  const stack: DomElement[] = [body];
  while (stack.length > 0) {
    const el = stack.pop()!;
    for (let k = el.firstElementChild; k; k = k.nextElementSibling) {
      if (DROP_TAGS.has(k.localName)) drop.push(k);
      else if (isHidden(k)) hidden.push(k);
      else stack.push(k);
    }
  }
  for (const el of drop) el.remove();
  stats.dropped = drop.length;
  const total = hidden.length > 0 ? textLength(body) : 0;
  for (const el of hidden) {
    if (total > 0 && textLength(el) > T.hiddenKeepShare * total) {
      report.info('a hidden element holds most of the page text; kept', 'html-hidden-kept');
      continue;
    }
    el.remove();
    stats.hidden++;
  }
  // Cards that pop up over a word of a paragraph (a person's latest articles): an inline element inside
  // a paragraph holding a run of links. Innermost first, so that the word itself stays.
  const spans = Array.from(body.querySelectorAll('p span'));
  for (let i = spans.length - 1; i >= 0; i--) {
    const el = spans[i]!;
    if (!el.parentNode || !isLinkCard(el)) continue;
    el.remove();
    stats.cards++;
  }
  if (stats.cards > 0) report.info(`${stats.cards} link card(s) inside paragraphs removed`, 'html-link-card');
  return stats;
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  if (style !== null && HIDDEN_STYLE.test(style)) return true;
  const cls = el.getAttribute('class');
  return cls !== null && MAYBE_HIDDEN.test(cls) && HIDDEN_CLASS.test(classAndId(el));
}

function isLinkCard(el: DomElement): boolean {
  const text = (el.textContent ?? '').replace(/\s+/g, '');
  if (text.length < T.linkCardChars || text.length > T.linkCardMaxChars) return false;
  const links = Array.from(el.querySelectorAll('a'));
  if (links.length < 2) return false;
  let linked = 0;
  for (const a of links) linked += (a.textContent ?? '').replace(/\s+/g, '').length;
  return linked >= T.linkDensityCard * text.length;
}

function textLength(el: DomElement): number {
  return (el.textContent ?? '').length;
}
