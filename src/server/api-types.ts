import type { ActorNetwork, AnalyzedArticle, ArticleId, Diagnostic, EntityType, Source, Story, StoryId } from '../core/model.js';
import type { ArticleSummary, SearchHit, StorySummary } from '../store/types.js';
import type { Brief } from '../render/brief.js';

// The JSON the HTTP API answers with: one type per route, shared by the server and the web UI
// (which imports them as types only, so nothing of Node reaches the browser).

export type { ActorNetwork, NetworkEdge, NetworkNode, OneSidedAction } from '../core/model.js';
export type { ArticleSummary, SearchHit, StorySummary } from '../store/types.js';
export type { Brief, Citation, EntityLine, FactLine, FramingRow, Shortlist, SourceLine, TimelineLine, Tone } from '../render/brief.js';
export type { Side } from '../render/sides.js';
export type { IncidentField, IncidentPerson, IncidentRecord, IncidentVersion } from '../render/incident.js';

/** GET /api/stories */
export interface StoryListResponse {
  stories: StorySummary[];
  /** Stories matching the filter (all stories when there is none). */
  total: number;
  limit: number;
  offset: number;
  q?: string;
  entity?: string;
}

/** GET /api/stories/:id */
export interface StoryResponse {
  story: Story;
  /** The story's articles, in story order. */
  articles: ArticleSummary[];
  /** Who did what to whom, from the articles' events. */
  network: ActorNetwork;
  /** What the web UI shows of the story: the same Brief the terminal brief and report.html render. */
  brief: Brief;
}

/** GET /api/articles/:id */
export interface ArticleResponse {
  article: AnalyzedArticle;
  ingestedAt: string;
  story?: { id: StoryId; title: string };
  /** The story entities this article's mentions are linked to (names for the highlights). */
  entities: { id: string; name: string; type: EntityType }[];
  /** The story's links from this article's mentions to those entities (Story.links). */
  links: { start: number; end: number; entity: string }[];
}

/** GET /api/search */
export interface SearchResponse {
  q: string;
  hits: SearchHit[];
  limit: number;
  offset: number;
}

/** POST /api/articles */
export interface IngestResponse {
  added: { id: ArticleId; origin: string; title?: string; source: Source; story?: StoryId }[];
  duplicates: { id: ArticleId; origin: string; duplicateOf?: string }[];
  storiesChanged: number;
  /** What reading and analysis said (warnings and errors; info only when asked with ?verbose=1). */
  diagnostics: Diagnostic[];
}

/** Every error. */
export interface ErrorResponse {
  error: { code: string; message: string };
}
