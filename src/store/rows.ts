import type { AnalyzedArticle, ArticleId, StoryId } from '../core/model.js';
import type { ArticleSummary, Page, StoredArticle } from './types.js';

// Rows as every SQL backend stores them: an analysed article is a few columns (what is listed,
// filtered or searched) plus one JSON text of everything else, so a new layer needs no migration.

/** Fields of Article kept in columns; everything else of an analysed article goes into `analysis` JSON. */
const COLUMNS = new Set(['id', 'origin', 'source', 'title', 'published', 'author', 'canonicalUrl', 'language', 'text', 'segments']);
/** Views any reader rebuilds from the text: not stored (as `analyze --json` leaves them out; syntax too: no story pass reads it). */
const NOT_STORED = new Set(['tokens', 'syntax']);

export interface ArticleRow {
  id: string; origin: string; source: string; title: string | null; published: string | null; author: string | null;
  canonical_url: string | null; language: string; text: string; segments: string; analysis: string; ingested_at: string;
  story_id: string | null;
}
export type SummaryRow = Omit<ArticleRow, 'text' | 'segments' | 'analysis'> & { characters: number };

/** Marks a backend's snippet puts around matches (control characters: never in a snippet's words). */
export const MARK_START = '\u0001', MARK_END = '\u0002';

export function page(p: Page): { limit: number; offset: number } {
  const limit = p.limit === undefined ? -1 : Math.max(0, Math.floor(p.limit));
  return { limit, offset: Math.max(0, Math.floor(p.offset ?? 0)) };
}

/** Everything of an analysed article that is not a column: its layers, diagnostics, and any newer field. */
export function analysisJson(a: AnalyzedArticle): string {
  const rest: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (!COLUMNS.has(k) && !NOT_STORED.has(k) && v !== undefined) rest[k] = v;
  return JSON.stringify(rest);
}

/** The row an article is stored as (its story aside): what `toStored` reads back. */
export function toRow(a: AnalyzedArticle, ingestedAt: string): Omit<ArticleRow, 'story_id'> {
  return {
    id: a.id, origin: a.origin, source: JSON.stringify(a.source), title: a.title ?? null, published: a.published ?? null,
    author: a.author ?? null, canonical_url: a.canonicalUrl ?? null, language: a.language, text: a.text,
    segments: JSON.stringify(a.segments), analysis: analysisJson(a), ingested_at: ingestedAt,
  };
}

export function toStored(r: ArticleRow): StoredArticle {
  const article = {
    id: r.id, origin: r.origin, source: JSON.parse(r.source), language: r.language, text: r.text, segments: JSON.parse(r.segments),
    ...optional(r), ...JSON.parse(r.analysis),
  } as AnalyzedArticle;
  const s: StoredArticle = { article, ingestedAt: r.ingested_at };
  if (r.story_id) s.story = r.story_id as StoryId;
  return s;
}

export function optional(r: Pick<ArticleRow, 'title' | 'published' | 'author' | 'canonical_url'>) {
  const o: { title?: string; published?: string; author?: string; canonicalUrl?: string } = {};
  if (r.title !== null) o.title = r.title;
  if (r.published !== null) o.published = r.published;
  if (r.author !== null) o.author = r.author;
  if (r.canonical_url !== null) o.canonicalUrl = r.canonical_url;
  return o;
}

export function toSummary(r: SummaryRow): ArticleSummary {
  const { author: _a, canonicalUrl, ...rest } = optional(r);
  const s: ArticleSummary = {
    id: r.id as ArticleId, origin: r.origin, source: JSON.parse(r.source), language: r.language, characters: r.characters,
    ingestedAt: r.ingested_at, ...rest,
  };
  if (canonicalUrl) s.canonicalUrl = canonicalUrl;
  if (r.story_id) s.story = r.story_id as StoryId;
  return s;
}

/** The snippet without its match markers, and where the matches are in it. */
export function highlights(marked: string): { snippet: string; highlights: [number, number][] } {
  let snippet = '';
  const ranges: [number, number][] = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_START) open = snippet.length;
    else if (ch === MARK_END) { if (open >= 0) ranges.push([open, snippet.length]); open = -1; }
    else if (/\s/.test(ch)) { if (snippet && !snippet.endsWith(' ')) snippet += ' '; } // one line: collapse breaks
    else snippet += ch;
  }
  return { snippet: snippet.trimEnd(), highlights: ranges };
}
