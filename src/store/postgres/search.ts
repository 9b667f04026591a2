import type { StoryId } from '../../core/model.js';
import { toTsquery, type Term } from '../query.js';
import { highlights, MARK_END, MARK_START, toSummary, type SummaryRow } from '../rows.js';
import type { SearchHit } from '../types.js';
import { FROM_ARTICLES, SUMMARY_COLUMNS } from './articles.js';
import type { Db } from './db.js';

// Full-text search on the articles' tsvector (GIN index): the same query language as the SQLite store
// (../query.ts), ranked with a title match worth five in the text (as the SQLite store's bm25 weights),
// and a snippet of the text around the matches (of the title when only the title matches).

/** ts_rank's weights for D, C, B, A: the title (A) five times the text (D). */
const WEIGHTS = '{0.2, 0.2, 0.2, 1.0}';
/** About as long as the SQLite store's 24-token snippet. */
const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=24, MinWords=12, ShortWord=0`;

export async function searchArticles(db: Db, terms: readonly Term[], story: StoryId | undefined, limit: number | null, offset: number): Promise<SearchHit[]> {
  const rows = (await db.query<SummaryRow & { score: number; snippet: string }>(`
    WITH q AS (SELECT to_tsquery('simple', $1) AS q),
    hits AS (
      SELECT a.seq, -ts_rank('${WEIGHTS}', a.search, q.q) AS score, ts_filter(a.search, '{d}') @@ q.q AS in_text
      FROM articles a CROSS JOIN q ${story ? 'JOIN story_articles sa ON sa.article_id = a.id AND sa.story_id = $5' : ''}
      WHERE a.search @@ q.q ORDER BY score, a.seq LIMIT $2 OFFSET $3)
    SELECT ${SUMMARY_COLUMNS}, hits.score,
      ts_headline('simple', CASE WHEN hits.in_text THEN a.text ELSE coalesce(a.title, '') END, q.q, $4) AS snippet
    FROM hits JOIN ${FROM_ARTICLES} ON a.seq = hits.seq CROSS JOIN q
    ORDER BY hits.score, a.seq`, [toTsquery(terms), limit, offset, HEADLINE, ...(story ? [story] : [])])).rows;
  return rows.map((r) => ({ article: toSummary(r), score: r.score, ...highlights(r.snippet) }));
}
