// A record's headline as part of its text. A JSONL record keeps its `title` beside its text, where no
// stage reads it and no claim can point at it; many scraped reports tell their outcome only there
// (the body is page furniture). So the headline, without the site's name, becomes the first segment
// of the text, as an HTML page's <title> does, unless the text already carries it near its top.
import { stampOfLine } from './dateline.js';
import { namesSite, stripSiteSuffix, TITLE_SEPARATOR } from './html/metadata.js';
import type { Draft } from './types.js';

/** How many of the text's first non-empty lines are searched for a headline it already carries. */
const HEAD_LINES = 3;
/** At most this many site pieces are stripped ("Headline - Action News 5 - Memphis, Tennessee"). */
const MAX_SITE_PIECES = 3;

/** "Teen shot in Elm Park :: WRAL.com" → "Teen shot in Elm Park": one line, the site's name and tagline stripped. */
export function headlineOf(title: string, site: string | undefined): string {
  // a close button or bullet scraped into it ("× No charges filed") is no part of the headline
  let h = title.replace(/\s+/g, ' ').trim().replace(/^[^\p{L}\p{N}"'‘“(]+/u, '');
  for (let i = 0; i < MAX_SITE_PIECES; i++) {
    const next = stripSiteSuffix(h, site, '');
    if (next === h || next === '') break;
    h = next;
  }
  // a piece naming the site ends the headline, whatever tagline follows it ("... - KTBS.com - Shreveport, LA News, Weather")
  const cut = [...h.matchAll(TITLE_SEPARATOR)].find((m) => namesSite(h.slice(m.index + m[0].length).split(TITLE_SEPARATOR)[0]!, site));
  return cut ? h.slice(0, cut.index).trim() : h;
}

/**
 * The draft with its headline as the first segment (kind `title`), every hint shifted to stay on its
 * characters. When one of the text's first lines already holds the headline, nothing is added (that
 * line, when it is the headline alone, is marked as the title); a headline that is only a date is no title.
 */
export function withHeadline(draft: Draft, headline: string, rule: string): Draft {
  const hints = draft.hints ?? [];
  const key = normal(headline);
  if (key === '' || stampOfLine(headline) || hints.some((h) => h.kind === 'title')) return draft;
  const carried = headLines(draft.text).find((l) => ` ${normal(l.text)} `.includes(` ${key} `));
  if (carried) {
    if (normal(carried.text) !== key || hints.some((h) => h.start < carried.end && carried.start < h.end)) return draft;
    return { ...draft, hints: [...hints, { start: carried.start, end: carried.end, kind: 'title', rule }] };
  }
  const prefix = `${headline}\n\n`;
  const shift = prefix.length;
  return {
    ...draft,
    text: prefix + draft.text,
    hints: [{ start: 0, end: headline.length, kind: 'title', rule }, ...hints.map((h) => ({ ...h, start: h.start + shift, end: h.end + shift }))],
  };
}

/** The first non-empty lines of the text, trimmed, with their offsets. */
function headLines(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body === '') continue;
    out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
    if (out.length === HEAD_LINES) break;
  }
  return out;
}

function normal(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
