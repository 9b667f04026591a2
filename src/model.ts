// The vocabulary every module speaks (../shared/DESIGN.md, "The data model").
// An Article owns an immutable `text`; everything found in it is a standoff record with
// half-open [start, end) offsets in UTF-16 code units. Where a record has a `text` field,
// it is always `article.text.slice(start, end)`: never a normalised copy.

export type ArticleId = string & { readonly __brand: 'ArticleId' };
export type StoryId = string & { readonly __brand: 'StoryId' };
export type EntityId = string & { readonly __brand: 'EntityId' };

/** Anything that points at characters of one article. */
export interface Span {
  start: number;
  end: number;
}

export const SEGMENT_KINDS = ['title', 'heading', 'body', 'caption', 'credit', 'comment', 'boilerplate'] as const;
export type SegmentKind = (typeof SEGMENT_KINDS)[number];

export interface Segment extends Span {
  kind: SegmentKind;
  /** The cleaning rule that decided the kind (stable code, for explaining and debugging). */
  rule?: string;
}

export interface Source {
  name: string;
  url?: string;
}

export interface Article {
  id: ArticleId;
  /** The file path or URL the article was read from (feeds and JSONL: `path#item`). */
  origin: string;
  source: Source;
  title?: string;
  /** Publication date, `YYYY-MM-DD` (or a full ISO timestamp when the input gives one). */
  published?: string;
  author?: string;
  canonicalUrl?: string;
  /** ISO 639-3 code from language identification, `und` when undetermined. */
  language: string;
  text: string;
  /** Cover the text: every character belongs to exactly one segment. Sorted, non-overlapping. */
  segments: Segment[];
}

export interface Token extends Span {
  text: string;
}

export interface Sentence extends Span {
  text: string;
  /** Index of the first token of the sentence and one past its last. */
  tokenStart: number;
  tokenEnd: number;
}

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface Mention extends Span {
  text: string;
  type: EntityType;
  /** Id of the entity within the story; filled in when the story is built. */
  entity?: EntityId;
}

export interface DateRef extends Span {
  text: string;
  value: string; // 'YYYY-MM-DD' | 'YYYY-MM' | 'YYYY'
  basis: string;
}

export type Qualifier = 'exact' | 'at least' | 'more than' | 'about' | 'up to';

export interface Quantity extends Span {
  text: string;
  value: number;
  qualifier: Qualifier;
  subject?: string;
  predicate?: string;
}

export interface Quote extends Span {
  text: string;
  speaker?: EntityId | string;
  direct: boolean;
}

export interface Event extends Span {
  type: string;
  actor?: EntityId | string;
  target?: EntityId | string;
  date?: string;
  place?: EntityId | string;
  negated: boolean;
  hedged: boolean;
}

export type DiagnosticLevel = 'info' | 'warning' | 'error';

/** A message about one input, like a vfile message: it carries where and who said it. */
export interface Diagnostic {
  level: DiagnosticLevel;
  message: string;
  start?: number;
  end?: number;
  /** The stage or reader that reported it. */
  source?: string;
  /** A stable code, e.g. `empty-file`. */
  rule?: string;
  /** The input it is about (file path, `path#line`), when not obvious from context. */
  origin?: string;
}

/** Everything per-article stages add to an article. */
export interface Analysis {
  tokens?: Token[];
  sentences?: Sentence[];
  mentions?: Mention[];
  dates?: DateRef[];
  quantities?: Quantity[];
  quotes?: Quote[];
  events?: Event[];
}
export type Layer = keyof Analysis;

/** An article with its analysis and what was said about it: the per-article output. */
export interface AnalyzedArticle extends Article, Analysis {
  diagnostics: Diagnostic[];
}

export interface Alias {
  text: string;
  count: number;
  articles: ArticleId[];
}

export interface Geo {
  lat: number;
  lon: number;
  country: string;
}

export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: Alias[];
  /** Number of mentions over all articles of the story. */
  count: number;
  geo?: Geo;
  affiliation?: string;
  roles?: string[];
}

export interface Claim extends Span {
  article: ArticleId;
  text: string;
  value?: number | string;
}

export type FactStatus = 'agreed' | 'single' | 'conflict';

export interface Fact {
  id: string;
  statement: string;
  status: FactStatus;
  claims: Claim[];
}

export interface TimelineItem {
  date: string;
  statement: string;
  claims: Claim[];
}

export interface SourceFraming {
  article: ArticleId;
  toward: { entity: EntityId; score: number }[];
  opinion?: number;
  unique?: string[];
  omitted?: string[];
}

export interface Story {
  id: StoryId;
  title: string;
  articles: ArticleId[];
  entities: Entity[];
  facts: Fact[];
  timeline: TimelineItem[];
  framing: SourceFraming[];
}
