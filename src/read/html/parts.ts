// What one element says about itself: its tag, ARIA role, itemprop, class and id, matched against the
// tables in settings.ts and selectors.ts. No context here; kinds.ts decides whether to believe it.
import { classAndId, type DomElement } from './_dom.js';
import { BOILERPLATE_ROLES, BOILERPLATE_TAGS } from './settings.js';
import { ARTICLE_CLASS, EMBED_CLASS, ARTICLE_ITEMPROPS, CLASS_PATTERNS, ITEMPROP_PARTS, type PartKind } from './selectors.js';

export interface Part {
  /** 'article': holds the article's text; 'keep': content that furniture patterns must not take (embeds). */
  kind: PartKind | 'article' | 'keep';
  rule: string;
}

const FIGCAPTION: Part = { kind: 'caption', rule: 'tag-figcaption' };
const TABLE_CAPTION: Part = { kind: 'caption', rule: 'tag-caption' };
const ARTICLE: Part = { kind: 'article', rule: 'itemprop-article-body' };
const ARTICLE_BY_CLASS: Part = { kind: 'article', rule: 'class-article-body' };
const EMBED: Part = { kind: 'keep', rule: 'class-embed' };
const MAIN: Part = { kind: 'article', rule: 'tag-main' };

/** The part an element declares, or null when it declares none. */
export function partOf(el: DomElement): Part | null {
  const tag = el.localName;
  if (tag === 'body' || tag === 'html') return null;
  if (tag === 'figcaption') return FIGCAPTION;
  if (tag === 'caption') return TABLE_CAPTION;
  if (tag === 'main') return MAIN;
  const itemprop = el.getAttribute('itemprop');
  if (itemprop) {
    const ip = itemprop.toLowerCase().trim();
    if (ARTICLE_ITEMPROPS.has(ip)) return ARTICLE;
    const p = ITEMPROP_PARTS[ip];
    if (p) return { kind: p.kind, rule: p.rule };
  }
  const tagRule = BOILERPLATE_TAGS[tag];
  if (tagRule) return { kind: 'drop', rule: tagRule };
  const role = el.getAttribute('role');
  if (role) {
    if (role.toLowerCase().trim() === 'main') return MAIN;
    const roleRule = BOILERPLATE_ROLES[role.toLowerCase().trim()];
    if (roleRule) return { kind: 'drop', rule: roleRule };
  }
  const names = classAndId(el);
  if (names !== '') {
    if (ARTICLE_CLASS.test(names)) return ARTICLE_BY_CLASS;
    if (EMBED_CLASS.test(names)) return EMBED;
    for (const p of CLASS_PATTERNS) if (p.re.test(names)) return { kind: p.kind, rule: p.rule };
  }
  return null;
}
