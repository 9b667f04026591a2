// The HTML reader: a thin orchestrator over the layers (trafilatura's bare_extraction, split by layer).
//   metadata.ts  title, date, site, canonical URL, author       (before pruning: it reads <head> and JSON-LD)
//   clean.ts     DOM → pruned DOM                               (scripts, embeds, hidden elements)
//   blocks.ts    pruned DOM → text blocks in a tree of boxes    (tag dispatch table in settings.ts)
//   content.ts   blocks → kinds, the container, the article     (patterns in selectors.ts)
// and here: the Draft's text, one block per paragraph, with a Segment hint per block.
import { basename, extname } from 'node:path';
import type { Segment, SegmentKind } from '../../model.js';
import type { Report } from '../../report.js';
import type { Draft, Input, Reader } from '../types.js';
import { parseDocument, type DomDocument } from './_dom.js';
import { collectBlocks } from './blocks.js';
import { prune } from './clean.js';
import { allText, selectContent, type Judged } from './content.js';
import { readMetadata } from './metadata.js';
import { THRESHOLDS as T } from './settings.js';

export const htmlReader: Reader = {
  format: 'html',
  sniff: (origin, head) => /\.(?:html?|xhtml|shtml)$/i.test(origin) || looksLikeHtml(head),
  read(input: Input, report: Report): Draft[] {
    return [extractHtml(input.content, input.origin, report)];
  },
};

/** Whether the first kilobytes of an input look like an HTML page (not an RSS/Atom feed). */
export function looksLikeHtml(head: string): boolean {
  const h = head.slice(0, 4000).replace(/^\uFEFF/, '');
  if (/<(?:rss|feed|rdf:RDF)[\s>]/i.test(h) && !/<html[\s>]/i.test(h)) return false;
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)[\s>]/i.test(h)
    || /<html[\s>][\s\S]*<(?:head|body)[\s>]/i.test(h);
}

/** One HTML page → one Draft: metadata, the article's text, and a hint for every block. Never throws. */
export function extractHtml(html: string, origin: string, report: Report): Draft {
  if (html.trim() === '') {
    report.warn('empty HTML input', 'html-empty');
    return { origin, source: { name: sourceNameFrom(origin, undefined) }, text: '', hints: [] };
  }
  let doc: DomDocument;
  try {
    doc = parseDocument(html);
  } catch (e) {
    report.warn(`HTML could not be parsed (${(e as Error).message}); tags stripped instead`, 'html-parse-failed');
    return stripped(html, origin);
  }
  try {
    return extractDocument(doc, origin, report);
  } catch (e) {
    report.warn(`HTML extraction failed (${(e as Error).message}); tags stripped instead`, 'html-extract-failed');
    return stripped(html, origin);
  }
}

function extractDocument(doc: DomDocument, origin: string, report: Report): Draft {
  const meta = readMetadata(doc, origin, report);
  const out = new DraftText();
  if (meta.title) out.add(meta.title, 'title', 'meta-title');

  const body = doc.body;
  const walk = body ? (prune(doc, report), collectBlocks(body)) : { boxes: [], blocks: [] };
  const sel = selectContent(walk);
  const ldChars = meta.articleBody ? meta.articleBody.replace(/\s+/g, '').length : 0;
  let blocks: Judged[] = sel.article;
  let fromJsonLd = false;
  const little = sel.bodyChars < T.minArticleChars;
  if (ldChars >= T.minArticleChars && (little || (sel.bodyChars < T.jsonLdPreferShare * ldChars && sel.bodyChars < T.jsonLdPreferBelow))) {
    report.info('the page shows little text; using its JSON-LD articleBody', 'html-jsonld-body');
    fromJsonLd = true;
  } else if (sel.container === null) {
    report.warn('nothing article-like found; keeping all visible text as body', 'html-no-content');
    blocks = allText(walk);
  } else if (little) {
    report.info(`little article text found (${sel.bodyChars} characters)`, 'html-short-content');
  }

  if (fromJsonLd) {
    for (const para of meta.articleBody!.split(/\n\s*\n|\r?\n/)) {
      const t = para.replace(/\s+/g, ' ').trim();
      if (t) out.add(t, 'body', 'jsonld-article-body');
    }
  } else {
    let titleSeen = !meta.title;
    const titleKey = meta.title ? key(meta.title) : '';
    for (const j of blocks) {
      if (j.kind === 'drop') continue;
      let kind: SegmentKind = j.kind;
      if (kind === 'title') {
        // The h1 is the page title: it already leads the text. Another h1 is a heading.
        if (!titleSeen || key(j.block.text) === titleKey) {
          if (!meta.title && !titleSeen) out.add(j.block.text, 'title', j.rule);
          titleSeen = true;
          continue;
        }
        kind = 'heading';
      }
      out.add(j.block.text, kind, j.rule);
    }
  }
  for (const j of sel.comments) out.add(j.block.text, 'comment', j.rule);

  const draft: Draft = {
    origin,
    source: { name: meta.siteName ?? sourceNameFrom(origin, undefined) },
    text: out.text,
    hints: out.hints,
  };
  if (meta.canonicalUrl) { draft.canonicalUrl = meta.canonicalUrl; draft.source.url = meta.canonicalUrl; }
  if (meta.title) draft.title = meta.title;
  if (meta.published) draft.published = meta.published;
  if (meta.author) draft.author = meta.author;
  return draft;
}

/** Text built block by block, blocks separated by a blank line, each with its Segment. */
class DraftText {
  text = '';
  readonly hints: Segment[] = [];
  add(block: string, kind: SegmentKind, rule: string): void {
    if (this.text !== '') this.text += '\n\n';
    const start = this.text.length;
    this.text += block;
    this.hints.push({ start, end: this.text.length, kind, rule });
  }
}

function key(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function sourceNameFrom(origin: string, site: string | undefined): string {
  if (site) return site;
  if (/^https?:\/\//i.test(origin)) {
    try {
      return new URL(origin).hostname.replace(/^www\d?\./, '');
    } catch {
      // not a URL after all: fall through to the file name
    }
  }
  const b = basename(origin, extname(origin));
  return b === '' || b === '-' ? 'unknown' : b;
}

/** Last resort when the DOM cannot be built: visible text by regular expressions, all of it body. */
function stripped(html: string, origin: string): Draft {
  const text = html
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<\/?(?:p|div|br|li|h[1-6]|tr|section|article|blockquote)\b[^>]*>/gi, '\n\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'")
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p !== '');
  const out = new DraftText();
  for (const p of text) out.add(p, 'body', 'fallback-stripped');
  return { origin, source: { name: sourceNameFrom(origin, undefined) }, text: out.text, hints: out.hints };
}
