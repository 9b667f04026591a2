import pg from 'pg';
import type { AnalyzedArticle, ArticleId, Story, StoryId } from '../../core/model.js';
import { articleId } from '../../core/ids.js';
import type { NearCopy } from '../../analyze/copies/near-copies.js';
import { parseQuery } from '../query.js';
import { page } from '../rows.js';
import type { ArticleSummary, Batch, CommitResult, Page, RebuildResult, Regroup, SearchHit, Store, StoreCounts, StoredArticle, StorySummary } from '../types.js';
import { articleSummaries, asStored, insertArticle, storedArticles, storedIds } from './articles.js';
import { lockKey } from './db.js';
import { migratePg, PG_MIGRATIONS, type PgMigration } from './migrations.js';
import { linkNearCopy, nearCopiesOf } from './near-copies.js';
import { readRegroupContext, type KnownArticles } from './regroup-context.js';
import { searchArticles } from './search.js';
import { ProfileCache } from '../../story/grouping/index-state.js';
import { applyStoryUpdate, resolveStoryId, storyBodies, storySummaries } from './stories.js';

// The Store on PostgreSQL: for stores that several processes or machines share. The same schema as
// the SQLite store (numbered migrations), full-text search on a tsvector, one transaction per batch.
// Batches commit one at a time (an advisory lock, as SQLite's write lock): a regroup step always sees
// every batch before its own, so any number of writers give the stories one writer gives.

export interface PostgresOptions {
  /** The clock for ingest and update times (tests fix it). */
  now?: () => Date;
  /** The schema migrations to apply (tests add to them). */
  migrations?: readonly PgMigration[];
  /** The schema the store lives in (created when missing); default: the URL's `?schema=`, else the server's search_path. */
  schema?: string;
  /** Most connections the store opens at once. */
  maxConnections?: number;
}

/** Whether a --db value names a PostgreSQL store rather than a SQLite file. */
export const isPostgresUrl = (location: string) => /^postgres(ql)?:\/\//i.test(location);

/** Opens (and migrates) the store at a postgres:// URL: `postgres://user@host:port/db?schema=name`. */
export async function openPostgresStore(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
  const { pool, schema, location } = connectPostgres(url, options);
  const now = options.now ?? (() => new Date());
  try {
    await migratePg(() => pool.connect(), options.migrations ?? PG_MIGRATIONS, now, schema);
  } catch (e) {
    await pool.end();
    throw e;
  }
  return new PostgresStore(pool, location, now);
}

/**
 * A pool on the store at `url` (its schema from options or `?schema=`, which must be a plain name), and
 * where it is without the password. For the store, and for what shares its database (the ingest queue).
 */
export function connectPostgres(url: string, options: Pick<PostgresOptions, 'schema' | 'maxConnections'> = {}): { pool: pg.Pool; schema?: string; location: string } {
  const parsed = new URL(url);
  const schema = options.schema ?? (parsed.searchParams.get('schema') || undefined);
  parsed.searchParams.delete('schema');
  if (schema !== undefined && !/^[a-z_][a-z0-9_]*$/i.test(schema)) throw new Error(`'${schema}' is not a plain schema name (letters, digits, _)`);
  const pool = new pg.Pool({
    connectionString: parsed.toString(), max: options.maxConnections ?? 4,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its server (a restart) must not take the process down.
  pool.on('error', () => {});
  parsed.password = '';
  if (schema) parsed.searchParams.set('schema', schema);
  return { pool, ...(schema ? { schema } : {}), location: parsed.toString() };
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  /** Stored articles read or committed by this process (they never change): each is read from the server once. */
  private readonly known: KnownArticles = new Map();
  /** Parsed grouping profiles of this process (story/grouping/index-state.ts). */
  private readonly profiles = new ProfileCache();

  constructor(private readonly pool: pg.Pool, readonly location: string, private readonly now: () => Date) {}

  async commit(batch: Batch): Promise<CommitResult> {
    for (const a of batch.articles) if (a.id !== articleId(a.text)) throw new Error(`article ${a.id} (${a.origin}): its id is not the hash of its text; batch refused`);
    const stamp = this.now().toISOString();
    const db = await this.pool.connect();
    try {
      await db.query('BEGIN');
      // One batch at a time per store: the regroup step reads a view no other batch changes under it.
      await db.query(`SELECT pg_advisory_xact_lock(${lockKey('commit')})`);
      const lastBefore = (await db.query<{ s: string | null }>('SELECT max(seq)::text AS s FROM articles')).rows[0]?.s ?? null;
      const added: AnalyzedArticle[] = [], existing: ArticleId[] = [], nearCopies: NearCopy[] = [];
      for (const a of batch.articles) {
        if (!(await insertArticle(db, a, stamp))) { existing.push(a.id); continue; }
        added.push(a);
        const link = await linkNearCopy(db, a);
        if (link) nearCopies.push(link);
      }
      const addedStored = new Map(added.map((a) => [a.id, asStored(a, stamp)]));
      let storiesChanged = 0;
      if (batch.regroup && added.length > 0) {
        const update = await batch.regroup(await readRegroupContext(db, added, addedStored, this.known, lastBefore, this.profiles));
        storiesChanged = await applyStoryUpdate(db, update, stamp);
      }
      await db.query('COMMIT');
      for (const [id, a] of addedStored) this.known.set(id, a);
      return { added: added.map((a) => a.id), existing, storiesChanged, nearCopies };
    } catch (e) {
      await db.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      db.release();
    }
  }

  async rebuild(regroup: Regroup): Promise<RebuildResult> {
    const db = await this.pool.connect();
    const count = async () => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM stories')).rows[0]!.n;
    try {
      await db.query('BEGIN');
      await db.query(`SELECT pg_advisory_xact_lock(${lockKey('commit')})`);
      const before = await count();
      const storiesChanged = await applyStoryUpdate(db, await regroup(await readRegroupContext(db, [], new Map(), this.known, undefined, this.profiles)), this.now().toISOString());
      const after = await count();
      await db.query('COMMIT');
      return { storiesBefore: before, storiesAfter: after, storiesChanged };
    } catch (e) {
      await db.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      db.release();
    }
  }

  async has(ids: readonly ArticleId[]): Promise<Set<ArticleId>> {
    return storedIds(this.pool, ids);
  }

  async getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
    return (await storedArticles(this.pool, [id]))[0];
  }

  async nearCopies(ids: readonly ArticleId[]): Promise<Map<ArticleId, NearCopy>> {
    return nearCopiesOf(this.pool, ids);
  }

  async getArticles(ids?: readonly ArticleId[]): Promise<StoredArticle[]> {
    return storedArticles(this.pool, ids);
  }

  async listArticles(options: Page & { story?: StoryId } = {}): Promise<ArticleSummary[]> {
    const { limit, offset } = pgPage(options);
    const story = options.story ? ((await resolveStoryId(this.pool, options.story)) ?? options.story) : undefined;
    return articleSummaries(this.pool, story, limit, offset);
  }

  async getStory(id: StoryId): Promise<Story | undefined> {
    return (await storyBodies(this.pool, [id]))[0];
  }

  async getStories(ids?: readonly StoryId[]): Promise<Story[]> {
    return storyBodies(this.pool, ids);
  }

  async listStories(options: Page & { entity?: string } = {}): Promise<StorySummary[]> {
    const { limit, offset } = pgPage(options);
    return storySummaries(this.pool, options.entity, limit, offset);
  }

  async search(query: string, options: Page & { story?: StoryId } = {}): Promise<SearchHit[]> {
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const { limit, offset } = pgPage(options);
    const story = options.story ? ((await resolveStoryId(this.pool, options.story)) ?? options.story) : undefined;
    return searchArticles(this.pool, terms, story, limit, offset);
  }

  async counts(): Promise<StoreCounts> {
    const r = (await this.pool.query<StoreCounts>(`SELECT (SELECT count(*) FROM articles)::int AS articles, (SELECT count(*) FROM stories)::int AS stories,
      (SELECT count(DISTINCT source_name) FROM articles)::int AS sources`)).rows[0]!;
    return { articles: r.articles, stories: r.stories, sources: r.sources };
  }

  async close(): Promise<void> {
    if (!this.pool.ended) await this.pool.end();
  }

  /** The versions in `schema_migrations` (for tests and diagnostics). */
  async schemaVersions(): Promise<number[]> {
    return (await this.pool.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')).rows.map((r) => r.version);
  }
}

/** LIMIT NULL is no limit in PostgreSQL (SQLite's is -1). */
function pgPage(p: Page): { limit: number | null; offset: number } {
  const { limit, offset } = page(p);
  return { limit: limit < 0 ? null : limit, offset };
}
