import type { AnalyzedArticle, ArticleId, Source, Story, StoryId } from '../core/model.js';
import type { NearCopy } from '../analyze/copies/near-copies.js';
import type { IndexState } from '../story/grouping/index-state.js';
import type { MaybePromise } from '../story/grouping/drive.js';

// The Store: articles (content-addressed: the id is a hash of the text), their analyses, the stories
// they form, and full-text search. One interface, several backends (SQLite now, PostgreSQL later),
// one contract test (./store.contract.ts). Every method is async so a networked backend fits.

/** An article as stored: the analysed article, when it entered the store, its current story. */
export interface StoredArticle {
  article: AnalyzedArticle;
  /** ISO timestamp of the commit that stored it. */
  ingestedAt: string;
  story?: StoryId;
}

/** What lists show of an article (no text, no layers). */
export interface ArticleSummary {
  id: ArticleId;
  origin: string;
  source: Source;
  title?: string;
  published?: string;
  language: string;
  canonicalUrl?: string;
  /** Length of the text, in characters. */
  characters: number;
  ingestedAt: string;
  story?: StoryId;
}

/** What lists show of a story. */
export interface StorySummary {
  id: StoryId;
  title: string;
  articles: number;
  /** Source names, most articles first. */
  sources: string[];
  firstPublished?: string;
  lastPublished?: string;
  /** The story's most mentioned entities (at most 5). */
  entities: { id: string; name: string; type: string; count: number }[];
  /** ISO timestamp of the commit that last changed the story. */
  updatedAt: string;
}

export interface SearchHit {
  article: ArticleSummary;
  /** Relevance, 0 or more, higher is better (BM25). Comparable within one result list only. */
  score: number;
  /** A short passage of the text around the matches, plain text (render it as text, never as markup). */
  snippet: string;
  /** [start, end) ranges of the matched words within `snippet`. */
  highlights: [number, number][];
}

export interface Page {
  limit?: number;
  offset?: number;
}

/**
 * What a regroup step sees: the batch's new articles, the story index over the batch's transaction
 * (its writes are kept or rolled back with the batch), and the stored articles it asks for by id.
 * Nothing here reads the whole store except `articleIds` and `storyIds`, which only a rebuild calls.
 */
export interface RegroupContext {
  added: readonly AnalyzedArticle[];
  /** The persistent story index: profiles, postings, links, best scores; story membership is the store's. */
  index: IndexState;
  /** Whether the index holds every article stored before this batch (false: a store made before it, or written without regrouping). */
  indexComplete: boolean;
  /** The stored articles with these ids, in the order given (the batch's included). */
  articles(ids: readonly ArticleId[]): MaybePromise<readonly AnalyzedArticle[]>;
  /** Ids of every stored article in the order they were stored, the batch's last (for a rebuild). */
  articleIds(): MaybePromise<readonly ArticleId[]>;
  /** Every stored story (for a rebuild). */
  storyIds(): MaybePromise<readonly StoryId[]>;
}

/** What a regroup step decides. */
export interface StoryUpdate {
  /** Stories to write whole (new or changed). */
  stories: readonly Story[];
  /** Stories that no longer exist (merged into others); their ids keep leading to their successor. */
  removed: readonly StoryId[];
}

/** Decides stories after a batch; runs inside the batch's transaction. It writes stories only: stored articles never change. */
export type Regroup = (ctx: RegroupContext) => MaybePromise<StoryUpdate>;

export interface Batch {
  articles: readonly AnalyzedArticle[];
  /** Runs when the batch adds at least one article. */
  regroup?: Regroup;
}

export interface CommitResult {
  /** Articles stored by this batch. */
  added: ArticleId[];
  /** Articles of the batch that were already stored (same text): left as they were. */
  existing: ArticleId[];
  /** Stories written or removed by the regroup step. */
  storiesChanged: number;
  /** Added articles that copy an article stored before them (linked to its original: one source, not two). */
  nearCopies?: NearCopy[];
}

/** What a rebuild of the story index did. */
export interface RebuildResult {
  storiesBefore: number;
  storiesAfter: number;
  /** Stories written or removed. */
  storiesChanged: number;
}

export interface StoreCounts {
  articles: number;
  stories: number;
  sources: number;
}

export interface Store {
  /** 'sqlite', 'postgres': for messages. */
  readonly kind: string;
  /** Where it lives (a file path, ':memory:', a connection string without credentials). */
  readonly location: string;

  /**
   * Stores a batch in one transaction: new articles, then the regroup step's stories. All or nothing:
   * when anything throws, nothing of the batch is kept and earlier batches are untouched. An article
   * whose id is not the hash of its text is refused (the whole batch fails).
   */
  commit(batch: Batch): Promise<CommitResult>;
  /**
   * Recomputes the story index and every story from the stored analyses, in one transaction: the
   * step is called with an empty `added` and `indexComplete` false (`corroborate regroup`).
   */
  rebuild(regroup: Regroup): Promise<RebuildResult>;
  /** Which of these ids are stored (to skip analysing text already there). */
  has(ids: readonly ArticleId[]): Promise<Set<ArticleId>>;

  getArticle(id: ArticleId): Promise<StoredArticle | undefined>;
  /** The near-copy links of these articles: each that copies a stored article, with that article's original. */
  nearCopies(ids: readonly ArticleId[]): Promise<Map<ArticleId, NearCopy>>;
  /** The stored articles with these ids, in that order (unknown ids skipped); all articles when omitted. */
  getArticles(ids?: readonly ArticleId[]): Promise<StoredArticle[]>;
  /** Newest first (ingest order), optionally only one story's, in story order. */
  listArticles(options?: Page & { story?: StoryId }): Promise<ArticleSummary[]>;

  /** A story by id; the id of a story merged away since leads to the story that holds its articles now. */
  getStory(id: StoryId): Promise<Story | undefined>;
  /** Whole stories with these ids (all when omitted), in listStories order when omitted. */
  getStories(ids?: readonly StoryId[]): Promise<Story[]>;
  /** Latest news first (last published, then most articles); `entity` keeps stories naming it (any spelling, case-insensitive). */
  listStories(options?: Page & { entity?: string }): Promise<StorySummary[]>;

  /**
   * Full-text search over article titles and texts, best first. The query is words (all must occur),
   * "quoted phrases", and word* prefixes; any other punctuation is ignored, so no query is an error.
   */
  search(query: string, options?: Page & { story?: StoryId }): Promise<SearchHit[]>;

  counts(): Promise<StoreCounts>;
  close(): Promise<void>;
}
