import { DOMParser } from 'linkedom';
import type { Report } from '../core/report.js';
import { extractHtml } from './html/index.js';
import { normaliseDate } from './text.js';
import type { Draft, Input, Reader } from './types.js';

/** RSS 2.0 and Atom: every item (entry) is an article; its HTML content goes through the HTML extractor. */
export const feedReader: Reader = {
  format: 'feed',
  sniff: (origin, head) => /\.(rss|atom)$/i.test(origin) || /<(rss|feed)[\s>]/i.test(head.slice(0, 2000)) && !/<html[\s>]/i.test(head.slice(0, 2000)),
  *read(input: Input, report: Report): Iterable<Draft> {
    let doc: Document;
    try {
      doc = new DOMParser().parseFromString(input.content, 'text/xml') as unknown as Document;
    } catch (e) {
      report.error(`${input.origin}: not a well-formed feed (${(e as Error).message})`, 'feed-parse');
      return;
    }
    const channelTitle = text(doc.querySelector('channel > title') ?? doc.querySelector('feed > title'));
    const items = [...doc.querySelectorAll('item'), ...doc.querySelectorAll('entry')];
    if (items.length === 0) {
      report.error(`${input.origin}: a feed with no <item> or <entry>`, 'feed-empty');
      return;
    }
    for (const [i, item] of items.entries()) {
      const origin = `${input.origin}#${i + 1}`;
      const link = text(item.querySelector('link')) || item.querySelector('link')?.getAttribute('href') || undefined;
      const body = text(child(item, 'content:encoded')) || text(item.querySelector('content')) || text(item.querySelector('description'))
        || text(item.querySelector('summary'));
      if (!body) {
        report.warn(`${origin}: feed item has no content; skipped`, 'feed-item-empty');
        continue;
      }
      if (input.maxArticleBytes !== undefined && body.length > input.maxArticleBytes) {
        report.error(`${origin}: feed item of ${body.length} characters, over the ${input.maxArticleBytes}-byte limit for one article; skipped`, 'too-large');
        continue;
      }
      const title = text(item.querySelector('title'));
      const draft = extractHtml(`<html><head><title>${escapeHtml(title)}</title></head><body><article>${body}</article></body></html>`, link ?? origin, report);
      draft.origin = origin;
      if (title) draft.title = title;
      draft.source = { name: channelTitle || draft.source.name, ...(link ? { url: link } : {}) };
      if (link) draft.canonicalUrl = link;
      const date = text(item.querySelector('pubDate')) || text(item.querySelector('published')) || text(item.querySelector('updated'))
        || text(child(item, 'dc:date'));
      const day = date ? normaliseDate(date) : null;
      if (day) draft.published = day;
      const author = text(item.querySelector('author > name')) || text(item.querySelector('author')) || text(child(item, 'dc:creator'));
      if (author) draft.author = author;
      yield draft;
    }
  },
};

function child(el: Element, tag: string): Element | null {
  for (const c of Array.from(el.children)) if (c.tagName.toLowerCase() === tag) return c;
  return null;
}
function text(el: Element | null | undefined): string {
  return (el?.textContent ?? '').trim();
}
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
