import type { AnalyzedArticle, ArticleId, StoryId } from '../../core/model.js';
import { searchWords } from '../query.js';
import { toRow, toStored, toSummary, type ArticleRow, type SummaryRow } from '../rows.js';
import type { ArticleSummary, StoredArticle } from '../types.js';
import type { Db } from './db.js';

// Articles in the PostgreSQL store: content-addressed inserts and reads, rows as the SQLite store's (../rows.ts).

export const SUMMARY_COLUMNS = `a.id, a.origin, a.source, a.title, a.published, a.author, a.canonical_url, a.language,
  length(a.text)::int AS characters, a.ingested_at, sa.story_id`;
const ARTICLE_COLUMNS = `a.id, a.origin, a.source, a.title, a.published, a.author, a.canonical_url, a.language,
  a.text, a.segments, a.analysis, a.ingested_at, sa.story_id`;
export const FROM_ARTICLES = 'articles a LEFT JOIN story_articles sa ON sa.article_id = a.id';

/** Stores an article unless its text is stored already (same id); true when this call stored it. */
export async function insertArticle(db: Db, a: AnalyzedArticle, stamp: string): Promise<boolean> {
  const r = toRow(a, stamp);
  const inserted = await db.query(`INSERT INTO articles
    (id, origin, source_name, source, title, published, author, canonical_url, language, text, segments, analysis, ingested_at, search)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13,
      setweight(to_tsvector('simple', $14), 'A') || setweight(to_tsvector('simple', $15), 'D')) ON CONFLICT (id) DO NOTHING`,
  [r.id, r.origin, a.source.name, r.source, r.title, r.published, r.author, r.canonical_url, r.language, r.text, r.segments, r.analysis, r.ingested_at,
    searchWords(a.title ?? ''), searchWords(a.text)]);
  return inserted.rowCount === 1;
}

export async function storedIds(db: Db, ids: readonly ArticleId[]): Promise<Set<ArticleId>> {
  return new Set((await db.query<{ id: ArticleId }>('SELECT id FROM articles WHERE id = ANY($1)', [ids])).rows.map((r) => r.id));
}

/** Stored articles in store order: all, or those with these ids (in the order given, unknown ids left out). */
export async function storedArticles(db: Db, ids?: readonly ArticleId[]): Promise<StoredArticle[]> {
  if (!ids) return (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM ${FROM_ARTICLES} ORDER BY a.seq`)).rows.map(toStored);
  const rows = (await db.query<ArticleRow>(`SELECT ${ARTICLE_COLUMNS} FROM ${FROM_ARTICLES} WHERE a.id = ANY($1)`, [ids])).rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is ArticleRow => r !== undefined).map(toStored);
}

/** Newest first, or one story's in story order; limit null: all. */
export async function articleSummaries(db: Db, story: StoryId | undefined, limit: number | null, offset: number): Promise<ArticleSummary[]> {
  const rows = story
    ? await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM_ARTICLES} WHERE sa.story_id = $1 ORDER BY sa.position LIMIT $2 OFFSET $3`, [story, limit, offset])
    : await db.query<SummaryRow>(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM_ARTICLES} ORDER BY a.seq DESC LIMIT $1 OFFSET $2`, [limit, offset]);
  return rows.rows.map(toSummary);
}

/** The stored form of an article of this batch (what a read gives back), without asking the server. */
export function asStored(a: AnalyzedArticle, stamp: string): AnalyzedArticle {
  return toStored({ ...toRow(a, stamp), story_id: null }).article;
}
