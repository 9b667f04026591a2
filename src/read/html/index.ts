// The HTML reader: a thin orchestrator over the layers (trafilatura's bare_extraction, split by layer).
//   metadata.ts  title, date, site, canonical URL, author      (before pruning: it reads <head> and JSON-LD)
//   clean.ts     DOM → pruned DOM                              (scripts, embeds, hidden elements, link cards)
//   blocks.ts    pruned DOM → text blocks in a tree of boxes   (tag dispatch table in settings.ts)
//   parts.ts     what each element says it is                  (class/id/role patterns in selectors.ts)
//   kinds.ts     blocks → body, heading, caption, credit, comment, boilerplate or dropped
//   content.ts   kinds → the container box and the article's blocks
//   external.ts  Readability, asked only when the layers above find no article
// and here: the Draft's text, one block per paragraph, with a Segment hint per block.
import { sourceNameFromCredit, sourceNameFromUrl } from '../source.js';
import type { Segment, SegmentKind } from '../../core/model.js';
import type { Report } from '../../core/report.js';
import type { Draft, Input, Reader } from '../types.js';
import { parseDocument, type DomDocument } from './_dom.js';
import { collectBlocks } from './blocks.js';
import { prune } from './clean.js';
import { allText, selectContent, type Judged, type Selection } from './content.js';
import { readabilityBlocks } from './external.js';
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
    return { origin, source: { name: sourceNameFrom(origin) }, text: '', hints: [] };
  }
  let doc: DomDocument;
  try {
    doc = parseDocument(html);
  } catch (e) {
    report.warn(`HTML could not be parsed (${(e as Error).message}); tags stripped instead`, 'html-parse-failed');
    return stripped(html, origin);
  }
  try {
    return extractDocument(doc, html, origin, report);
  } catch (e) {
    report.warn(`HTML extraction failed (${(e as Error).message}); tags stripped instead`, 'html-extract-failed');
    return stripped(html, origin);
  }
}

function extractDocument(doc: DomDocument, html: string, origin: string, report: Report): Draft {
  const meta = readMetadata(doc, origin, report);
  const out = new DraftText();
  if (meta.title) out.add(meta.title, 'title', 'meta-title');

  const body = doc.body;
  const walk = body ? (prune(doc, report), collectBlocks(body)) : { boxes: [], blocks: [], depth: 0 };
  const sel = selectContent(walk);
  const ldChars = meta.articleBody ? meta.articleBody.replace(/\s+/g, '').length : 0;
  let blocks: Judged[] = sel.article;
  let fromJsonLd = false;
  const little = sel.bodyChars < T.minArticleChars;
  if (ldChars >= T.minArticleChars && (little || (sel.bodyChars < T.jsonLdPreferShare * ldChars && sel.bodyChars < T.jsonLdPreferBelow))) {
    report.info('the page shows little text; using its JSON-LD articleBody', 'html-jsonld-body');
    fromJsonLd = true;
  } else if (little) {
    const second = walk.boxes.length <= T.readabilityMaxElements && walk.depth <= T.readabilityMaxDepth
      ? secondOpinion(html, report)
      : null;
    if (second) {
      report.info('little article text found; using what Readability finds', 'html-readability');
      blocks = second;
    } else if (sel.container === null) {
      report.warn('nothing article-like found; keeping all visible text as body', 'html-no-content');
      blocks = allText(walk);
    } else {
      report.info(`little article text found (${sel.bodyChars} characters)`, 'html-short-content');
    }
  }

  if (fromJsonLd) {
    for (const para of meta.articleBody!.split(/\n\s*\n|\r?\n/)) {
      const t = para.replace(/\s+/g, ' ').trim();
      if (t) out.add(t, 'body', 'jsonld-article-body');
    }
  } else {
    // The first h1 is the page's title: it already leads the text (or leads it now, when the page has no
    // other title). The title repeated before the body starts is dropped too; a later h1 is a heading.
    let titleTaken = false;
    let bodySeen = false;
    const titleKey = meta.title ? key(meta.title) : '';
    for (const j of blocks) {
      if (j.kind === 'drop') continue;
      let kind: SegmentKind = j.kind;
      const k = key(j.block.text);
      if (kind === 'title') {
        if (!titleTaken) {
          titleTaken = true;
          if (!meta.title) out.add(j.block.text, 'title', j.rule);
          continue;
        }
        if (k === titleKey) continue;
        kind = 'heading';
      } else if (!bodySeen && titleKey !== '' && k === titleKey) {
        continue;
      }
      if (kind === 'body') bodySeen = true;
      out.add(j.block.text, kind, j.rule);
    }
  }
  for (const j of sel.comments) out.add(j.block.text, 'comment', j.rule);
  reportDrops(sel, report);

  const draft: Draft = {
    origin,
    source: { name: meta.siteName ?? (sourceNameFrom(origin) || sourceNameFromCredit(out.text) || '') },
    text: out.text,
    hints: out.hints,
  };
  if (meta.canonicalUrl) { draft.canonicalUrl = meta.canonicalUrl; draft.source.url = meta.canonicalUrl; }
  if (meta.title) draft.title = meta.title;
  if (meta.published) draft.published = meta.published;
  if (meta.author) draft.author = meta.author;
  return draft;
}

/** One line on what was dropped from the article's container, by rule: every drop names its reason. */
function reportDrops(sel: Selection, report: Report): void {
  const c = sel.container;
  if (!c) return;
  const byRule = new Map<string, number>();
  for (const j of sel.judged) {
    const at = j.block.box.index;
    if (j.kind === 'drop' && at >= c.index && at <= c.last) byRule.set(j.rule, (byRule.get(j.rule) ?? 0) + 1);
  }
  if (byRule.size === 0) return;
  const list = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, n]) => `${rule} ${n}`).join(', ');
  report.info(`blocks dropped from the article: ${list}`, 'html-dropped');
}

function secondOpinion(html: string, report: Report): Judged[] | null {
  try {
    return readabilityBlocks(html);
  } catch (e) {
    report.info(`Readability failed on this page (${(e as Error).message})`, 'html-readability-failed');
    return null;
  }
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

/** The host of a URL origin (the outlet's, through an archive URL); a file's name names no outlet: empty, for unknown. */
function sourceNameFrom(origin: string): string {
  return sourceNameFromUrl(origin) ?? '';
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
  return { origin, source: { name: sourceNameFrom(origin) }, text: out.text, hints: out.hints };
}
