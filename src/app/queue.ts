import type pg from 'pg';
import type { AnalyzedArticle, ArticleId } from '../core/model.js';
import { articleId } from '../core/ids.js';
import type { Draft } from '../read/types.js';
import { connectPostgres, lockKey } from '../store/index.js';
import type { CommitResult, Regroup, Store } from '../store/types.js';
import type { AnalysisOutcome, Analyzer } from './analyzer.js';

// The ingest queue of a PostgreSQL store: `ingest --queue` adds drafts, `worker`s anywhere analyse them
// in parallel, and the analysed articles enter the store in the order they were queued, so any number
// of workers give the stories one process gives.
//
// One table in the store's database is the queue. A worker claims a draft with FOR UPDATE SKIP LOCKED
// and holds that row lock while it analyses: when the worker dies, its connection drops and the row is
// free again at once (no lease to expire), so nothing is lost; the analysis is written to the row. Any
// worker then drains: under an advisory lock it commits the longest run of analysed drafts at the head
// of the queue (one store commit per article, regrouped: what `ingest --batch 1` does) and deletes them. A drain that dies after its commit leaves
// rows whose articles are stored: the next drain commits them again, which is a no-op (content-addressed).

const TABLE = `CREATE TABLE IF NOT EXISTS ingest_queue (
  seq      BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- the order articles enter the store in
  id       TEXT COLLATE "C" NOT NULL UNIQUE,                  -- the draft's article id: a text is queued once
  draft    TEXT NOT NULL,                                     -- JSON Draft
  analysed TEXT,                                              -- JSON AnalyzedArticle, once analysed
  failure  TEXT                                               -- JSON Diagnostic, when it cannot be analysed
)`;

/** Most articles one drain commits in one batch. */
const DRAIN_BATCH = 100;

export interface DrainResult {
  commits: CommitResult[];
  /** Drafts that could not be analysed (removed from the queue): their diagnostics. */
  failed: AnalysisOutcome[];
}

export class IngestQueue {
  private constructor(private readonly pool: pg.Pool) {}

  /** The queue of the store at `url` (opened, so migrated, before: the queue lives in its schema). */
  static async open(url: string): Promise<IngestQueue> {
    const { pool } = connectPostgres(url, { maxConnections: 3 });
    const client = await pool.connect();
    try {
      await client.query(`SELECT pg_advisory_lock(${lockKey('queue-table')})`);
      await client.query(TABLE);
      await client.query(`SELECT pg_advisory_unlock(${lockKey('queue-table')})`);
    } catch (e) {
      client.release();
      await pool.end();
      throw e;
    }
    client.release();
    return new IngestQueue(pool);
  }

  /** Queues drafts in this order; a text already queued is left out. Returns the ids queued now. */
  async enqueue(drafts: readonly Draft[]): Promise<ArticleId[]> {
    const queued: ArticleId[] = [];
    for (const d of drafts) {
      const id = articleId(d.text);
      const r = await this.pool.query('INSERT INTO ingest_queue (id, draft) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING', [id, JSON.stringify(d)]);
      if (r.rowCount === 1) queued.push(id);
    }
    return queued;
  }

  /** Drafts waiting (analysed or not) to enter the store. */
  async size(): Promise<number> {
    return (await this.pool.query<{ n: number }>('SELECT count(*)::int AS n FROM ingest_queue')).rows[0]!.n;
  }

  /**
   * Claims the first draft no other worker holds, analyses it and writes the outcome, all in one
   * transaction that holds the row. Returns the outcome, or undefined when no draft is waiting.
   */
  async analyseNext(analyzer: Analyzer, onClaim?: (draft: Draft) => void): Promise<AnalysisOutcome | undefined> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const row = (await client.query<{ seq: string; draft: string }>(`SELECT seq, draft FROM ingest_queue
        WHERE analysed IS NULL AND failure IS NULL ORDER BY seq LIMIT 1 FOR UPDATE SKIP LOCKED`)).rows[0];
      if (!row) { await client.query('COMMIT'); return undefined; }
      const draft = JSON.parse(row.draft) as Draft;
      onClaim?.(draft);
      const outcome = await analyzer.analyze(draft);
      await client.query('UPDATE ingest_queue SET analysed = $2, failure = $3 WHERE seq = $1',
        [row.seq, outcome.ok ? JSON.stringify(outcome.article) : null, outcome.ok ? null : JSON.stringify(outcome)]);
      await client.query('COMMIT');
      return outcome;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  /**
   * Commits the analysed drafts at the head of the queue, in queue order, until one is not analysed yet;
   * nothing when another worker is draining (every worker drains after each article and before it stops).
   */
  async drain(store: Store, regroup: Regroup): Promise<DrainResult> {
    const result: DrainResult = { commits: [], failed: [] };
    const client = await this.pool.connect();
    try {
      // Another worker draining commits what is ready (and whoever finds the lock free next, the rest):
      // waiting for it would only make this worker read the same articles into its own story index.
      const { locked } = (await client.query<{ locked: boolean }>(`SELECT pg_try_advisory_lock(${lockKey('queue-drain')}) AS locked`)).rows[0]!;
      if (!locked) return result;
      try {
        for (;;) {
          const rows = (await client.query<{ seq: string; analysed: string | null; failure: string | null }>(
            'SELECT seq, analysed, failure FROM ingest_queue ORDER BY seq LIMIT $1', [DRAIN_BATCH])).rows;
          const ready = rows.slice(0, firstUnready(rows));
          if (ready.length === 0) break;
          const articles = ready.flatMap((r) => (r.analysed ? [JSON.parse(r.analysed) as AnalyzedArticle] : []));
          result.failed.push(...ready.flatMap((r) => (r.failure ? [JSON.parse(r.failure) as AnalysisOutcome] : [])));
          // One commit per article: a story built now reads the new article whole (syntax included)
          // and the earlier ones as stored, so the stories do not depend on how many were ready at once.
          for (const a of articles) result.commits.push(await store.commit({ articles: [a], regroup }));
          await client.query('DELETE FROM ingest_queue WHERE seq = ANY($1::bigint[])', [ready.map((r) => r.seq)]);
          if (ready.length < rows.length || rows.length < DRAIN_BATCH) break;
        }
      } finally {
        await client.query(`SELECT pg_advisory_unlock(${lockKey('queue-drain')})`);
      }
    } finally {
      client.release();
    }
    return result;
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }
}

/** Index of the first row that is neither analysed nor failed (rows.length when all are). */
function firstUnready(rows: readonly { analysed: string | null; failure: string | null }[]): number {
  const i = rows.findIndex((r) => r.analysed === null && r.failure === null);
  return i < 0 ? rows.length : i;
}
