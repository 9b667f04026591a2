import type { SegmentKind } from '../core/model.js';
import { stampOfLine } from '../read/dateline.js';
import type { Block } from './blocks.js';

/** What a rule sees: the block, its neighbours and what earlier blocks decided. */
export interface RuleContext {
  index: number;
  blocks: readonly Block[];
  /** Kinds decided so far, one per earlier block. */
  kinds: readonly SegmentKind[];
  /** A closing credit ("Reporting by ...") or sign-off has been seen: the story proper is over. */
  afterEnd: boolean;
  /** Inside a reader-comment section. */
  inComments: boolean;
  /** The title the reader found in metadata, if any. */
  title?: string;
}

export interface CleanRule {
  /** Stable code recorded on the segment (`Segment.rule`). */
  name: string;
  kind: SegmentKind;
  test(block: Block, ctx: RuleContext): boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const TERMINAL_END = /[.!?:;,…"”’)]$/;

// Site furniture: sign-offs, share bars, sign-ups, navigation. Matched on short lines only.
const FURNITURE = new RegExp(
  String.raw`^(?:comments? (?:are|is) (?:closed|disabled)|(?:leave|post|add|write) a (?:reply|comment)|share (?:this|on|via)|` +
  String.raw`subscribe\b|sign up\b|advertisement$|(?:read|see) (?:more|also)\b|related(?: articles| stories| coverage| content| news)?:?$|` +
  String.raw`click here\b|follow us\b|all rights reserved|copyright\b|©|cookies?\b|log ?in (?:to|or)\b|you (?:may|might) also like|` +
  String.raw`recommended(?: for you)?:?$|most (?:read|popular|viewed)|tags?:|filed under\b|print this|email this|join (?:our|the) (?:newsletter|mailing)|` +
  String.raw`download (?:our|the) app|read or share this (?:story|article)|back to top|skip to (?:main )?content|loading\.{0,3}$|this (?:article|story) (?:was|has been) (?:updated|corrected)\b|` +
  // a newsroom's promise of more: "Stay with FOX 5 Atlanta for the latest on this developing story.", "Check back for updates."
  String.raw`stay (?:with|tuned)\b|check back\b|this is a developing story|refresh (?:this page|for (?:the latest|updates)))`,
  'i',
);
// A link to another item, labelled as such: "RELATED: Teen killed in York County", "MORE: 4 shot in SE DC",
// "WATCH: ...", "Also read:", "Related Stories:", "Trending now:", "Also on HuffPost:". The label and its colon
// (or bar) open the line; running text never starts so.
const LINK_LABEL = /^(?:related(?:\s+[\p{L}]+){0,2}|more(?:\s+(?:stories|coverage|news|crime news|video|online|from [\p{L} ]{0,30}))?|watch(?:\s+(?:the\s+)?(?:report|video))?|also(?:\s+(?:read|see|on\s+[\p{L}]+))?|see also|read (?:more|also)(?:\s+from\s+[\p{L} ]{1,30})?|trending(?:\s+(?:stories|now))?|recommended(?:\s+stories)?|don['’]t miss|must read)\s*[:|]/iu;
// ... with nothing after it: a list of such links follows, one headline a line.
const LINK_LABEL_ALONE = new RegExp(LINK_LABEL.source + String.raw`\s*$`, 'iu');
// Production credits of wire copy: "(Reporting by ...; Editing by ...)".
const PRODUCTION_CREDIT = /^[([]?\s*(?:(?:additional )?reporting|writing|editing|edited|compiled|translated|research|produced|graphics?) by\b/i;
const CREDIT_INSIDE = /[;,.]\s*(?:additional reporting|writing|editing|edited) by\b/i;
const BYLINE = /^(?:by|written by|words by|story by)\s+\p{Lu}[\p{L}.'’-]+(?:\s+(?:\p{Lu}[\p{L}.'’-]+|and|&|de|van|von|al-?|el-?|bin))*\s*(?:[,|–—-]\s*[\p{L} ]{2,40})?$/u;
const CONTACT = /^(?:contact|email|write to|follow) (?:the )?(?:reporter|author|writer|us)\b/i;
// An agency photo credit, alone or ending a caption: "REUTERS/Jane Roe", "AFP via Getty Images", "(AP Photo/John Doe)".
const PHOTO_CREDIT = /(?:\b\p{Lu}{2,}(?:\s\p{Lu}{2,})?\s*\/\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}|\bvia Getty Images|\bGetty Images|\bAP Photo\/[^)]*|\bPhoto(?:graph)?:\s*\p{Lu}[^.]{0,60}|\bShutterstock|\bFile photo)\)?\.?$/u;
const CAPTION_LEAD = /^(?:picture|photo(?:graph)?|image|illustration|file photo|video|graphic|pictured|caption|above|top|main image|in pictures)\s*(?:\d+\s*)?[:|–—-]\s*/i;
const COMMENT_HEADER = /^(?:\d+\s+)?(?:reader )?(?:comments?|responses?|replies|discussion|join the (?:conversation|discussion)|what (?:do )?(?:you|readers) (?:think|say))\s*(?:\(\d+\))?:?$/i;
const NUMBERED = /^\d{1,3}[.)]\s+\S/;
const SAYS = /^\p{Lu}[\p{L}\d_.'’ -]{0,40}\s(?:says|said|wrote|commented|replied)(?: on [^:]{3,40})?:/u;
const FRAMED_HEADING = /^[-–—*=#]+\s*\S.{0,120}?\S\s*[-–—*=#]+$/;

/** Ordered: the first rule that matches decides. The order is the design; each line says why. */
export const CLEAN_RULES: readonly CleanRule[] = [
  // Furniture first: "Comments are closed." must end a comment section, not join it.
  { name: 'furniture', kind: 'boilerplate', test: (b) => words(b.text).length <= 14 && FURNITURE.test(b.text) },
  // Links to other items: a labelled one, and the headlines listed under a label alone.
  { name: 'link-label', kind: 'boilerplate', test: (b, c) => c.index > 0 && words(b.text).length <= 30 && LINK_LABEL.test(b.text) },
  { name: 'link-list', kind: 'boilerplate', test: inLinkList },
  { name: 'video-list', kind: 'boilerplate', test: inVideoList },
  // Credits before captions: "(Reporting by Reuters; Editing by ...)" is not a photo.
  { name: 'production-credit', kind: 'credit', test: (b) => PRODUCTION_CREDIT.test(b.text) || (b.text.length < 300 && CREDIT_INSIDE.test(b.text) && /^[([]/.test(b.text)) },
  { name: 'byline', kind: 'credit', test: (b) => words(b.text).length <= 12 && BYLINE.test(b.text) },
  { name: 'contact', kind: 'credit', test: (b) => words(b.text).length <= 20 && CONTACT.test(b.text) },
  { name: 'photo-credit-alone', kind: 'credit', test: (b) => words(b.text).length <= 6 && PHOTO_CREDIT.test(b.text) && !TERMINAL_END.test(b.text.replace(/[.)]$/, '')) },
  { name: 'caption-lead', kind: 'caption', test: (b) => CAPTION_LEAD.test(b.text) },
  // A photo description ends with its agency credit; the credit stays inside the caption.
  { name: 'caption-credit', kind: 'caption', test: (b) => PHOTO_CREDIT.test(b.text) },
  // A comment section runs from its header or first numbered entry until furniture ends it.
  { name: 'comment-header', kind: 'comment', test: (b) => words(b.text).length <= 6 && COMMENT_HEADER.test(b.text) },
  { name: 'comment-numbered', kind: 'comment', test: (b, c) => c.afterEnd && NUMBERED.test(b.text) },
  { name: 'comment-says', kind: 'comment', test: (b, c) => c.afterEnd && SAYS.test(b.text) },
  { name: 'comment-section', kind: 'comment', test: (_b, c) => c.inComments },
  { name: 'title', kind: 'title', test: isTitle },
  { name: 'framed-heading', kind: 'heading', test: (b) => FRAMED_HEADING.test(b.text) && words(b.text).length <= 16 },
  { name: 'short-heading', kind: 'heading', test: isHeading },
];

/** A video in a playlist: its running time, then its headline ("1:27 1 dead after Fife collision, police say"). */
const VIDEO_ITEM = /^\d{1,2}:\d{2}\s+\S/;
const isVideoItem = (text: string | undefined) => text !== undefined && VIDEO_ITEM.test(text) && words(text).length <= 20 && !/[.!?;"”]$/.test(text);

/** One of two or more videos listed one after the other (a playlist beside the story, never its text). */
function inVideoList(b: Block, c: RuleContext): boolean {
  return isVideoItem(b.text) && (isVideoItem(c.blocks[c.index - 1]?.text) || isVideoItem(c.blocks[c.index + 1]?.text));
}

/** A headline (short, no closing stop) under a link label alone, with only such headlines between them. */
function inLinkList(b: Block, c: RuleContext): boolean {
  const headline = (text: string) => words(text).length <= 20 && !/[.!?;,"”]$/.test(text);
  if (!headline(b.text)) return false;
  for (let j = c.index - 1; j >= 0 && c.kinds[j] === 'boilerplate'; j--) {
    const text = c.blocks[j]!.text;
    if (LINK_LABEL_ALONE.test(text)) return true;
    if (!headline(text)) return false;
  }
  return false;
}

function isTitle(b: Block, c: RuleContext): boolean {
  if (c.kinds.some((k) => k === 'title' || k === 'body')) return false;   // only before the body starts
  if (c.title && normal(b.text) === normal(c.title)) return true;
  const w = words(b.text);
  if (w.length < 2 || w.length > 20 || b.text.length > 200 || /[.!?;,]$/.test(b.text)) return false;
  if (stampOfLine(b.text)) return false;   // "April 27, 2009" is when, not what: a date never titles a story
  // the headline's stamp ("Lohan checks into rehab" / "May 3, 2013" / the story) sits between it and the body
  const next = c.blocks.slice(c.index + 1).find((n) => n.known?.rule !== 'dateline');
  if (!next || words(next.text).length < 12) return false;
  const content = w.filter((x) => /^\p{L}/u.test(x) && x.length > 3);
  const capitalised = content.filter((x) => /^\p{Lu}/u.test(x)).length;
  return content.length > 0 && capitalised / content.length >= 0.6;
}

function isHeading(b: Block, c: RuleContext): boolean {
  const w = words(b.text);
  if (w.length === 0 || w.length > 12 || TERMINAL_END.test(b.text) || c.index === 0) return false;
  const next = c.blocks[c.index + 1];
  const prevKind = c.kinds[c.index - 1];
  return !!next && words(next.text).length >= 12 && (prevKind === 'body' || prevKind === 'heading' || prevKind === 'caption');
}

function normal(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
