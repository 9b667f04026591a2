// The small part of the DOM this reader uses, typed structurally: the project compiles without the DOM
// lib, and linkedom's own typings lean on it. parseDocument() is the only place that touches linkedom.
import { parseHTML } from 'linkedom';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export interface DomNode {
  readonly nodeType: number;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly textContent: string | null;
}

export interface DomText extends DomNode {
  readonly data: string;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  remove(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
}

export function isElement(n: DomNode): n is DomElement {
  return n.nodeType === ELEMENT_NODE;
}

export function isText(n: DomNode): n is DomText {
  return n.nodeType === TEXT_NODE;
}

/**
 * linkedom builds `body` only from an explicit `<body>` and `documentElement` only from `<html>`;
 * fragments and tag soup without them would parse to an empty body. Supply the missing tags.
 */
export function wrapDocument(html: string): string {
  let h = html;
  if (!/<body[\s>]/i.test(h)) {
    const headEnd = /<\/head\s*>/i.exec(h);
    const htmlStart = headEnd ? null : /<html[^>]*>/i.exec(h);
    const at = headEnd ? headEnd.index + headEnd[0].length : htmlStart ? htmlStart.index + htmlStart[0].length : -1;
    h = at >= 0 ? `${h.slice(0, at)}<body>${h.slice(at)}` : `<body>${h}`;
  }
  if (!/<html[\s>]/i.test(h)) h = `<html>${h.replace(/<!doctype[^>]*>/i, '')}</html>`;
  return h;
}

/** Parse HTML with linkedom; tolerant of tag soup, but linkedom may still throw on odd input. */
export function parseDocument(html: string): DomDocument {
  return (parseHTML(wrapDocument(html)) as unknown as { document: DomDocument }).document;
}

/**
 * `class` and `id` of an element as words for pattern matching: lowercased, camelCase and BEM split into
 * hyphenated words ("relatedNews" → "related-news", "article__body--wide" → "article-body-wide"). Tokens
 * that describe a state or a layout of the element rather than the element ("has-sidebar", "no-comments",
 * "comments-open") are left out.
 */
export function classAndId(el: DomElement): string {
  const c = el.getAttribute('class');
  const i = el.getAttribute('id');
  let t = c && i ? `${c} ${i}` : c ?? i ?? '';
  if (t === '') return t;
  if (UPPER.test(t)) t = t.replace(CAMEL, '$1-$2').toLowerCase();
  if (SEPARATORS.test(t)) t = t.replace(SEPARATOR_RUN, '-');
  if (MAYBE_MODIFIER.test(t)) t = t.split(/\s+/).filter((tok) => tok !== '' && !MODIFIER.test(tok)).join(' ');
  return t;
}

const UPPER = /[A-Z]/;
const CAMEL = /([a-z0-9])([A-Z])/g;
const SEPARATORS = /[_.:]|--/;
const SEPARATOR_RUN = /[_\-.:]+/g;
const MAYBE_MODIFIER = /(?:^|\s)(?:has|no|with|without|enable|enabled|disable|disabled|allow|show)-|-(?:open|closed|enabled|disabled)(?:\s|$)/;
const MODIFIER = /^(?:has|no|with|without|enable|enabled|disable|disabled|allow|show)-|-(?:open|closed|enabled|disabled)$/;
