import Database from 'better-sqlite3';
import { makeFolder } from '../core/folders.js';
import { dirname } from 'node:path';
import type { AnalyzedArticle, ArticleId, Story, StoryId } from '../core/model.js';
import { articleId } from '../core/ids.js';
import { MIGRATIONS, migrate, type Migration } from './migrations.js';
import { linkNearCopy, nearCopiesOf } from './near-copies.js';
import type { NearCopy } from '../analyze/copies/near-copies.js';
import { parseQuery, toFts5 } from './query.js';
import { analysisJson, highlights, MARK_END, MARK_START, page, toStored, toSummary, type ArticleRow, type SummaryRow } from './rows.js';
import type {
  ArticleSummary, Batch, CommitResult, Page, RebuildResult, Regroup, RegroupContext, SearchHit, Store, StoreCounts, StoredArticle, StorySummary, StoryUpdate,
} from './types.js';
import { SqliteIndexState } from './index-state.js';
import { ProfileCache } from '../story/grouping/index-state.js';

export interface SqliteOptions {
  /** The clock for ingest and update times (tests fix it). */
  now?: () => Date;
  /** The schema migrations to apply (tests add to them). */
  migrations?: readonly Migration[];
}

/** The embedded store: one SQLite file (WAL journal), or ':memory:'. Creates the file and its folder. */
export function openSqliteStore(path: string, options: SqliteOptions = {}): SqliteStore {
  if (path !== ':memory:' && !path.startsWith('file:')) makeFolder(dirname(path));
  const db = new Database(path);
  try {
    db.pragma('foreign_keys = ON');
    // Another process's batch (regrouping included) may hold the write lock a while: wait for it.
    db.pragma('busy_timeout = 30000');
    if (path !== ':memory:') {
      db.pragma('journal_mode = WAL');
      // FULL: a commit that returned survives a power cut too, not only a crash of this process.
      db.pragma('synchronous = FULL');
    }
    const now = options.now ?? (() => new Date());
    migrate(db, options.migrations ?? MIGRATIONS, now);
    return new SqliteStore(db, path, now);
  } catch (e) {
    db.close();
    throw e;
  }
}

const SUMMARY_COLUMNS = `a.id, a.origin, a.source, a.title, a.published, a.author, a.canonical_url, a.language,
  length(a.text) AS characters, a.ingested_at, sa.story_id`;
const ARTICLE_COLUMNS = `a.id, a.origin, a.source, a.title, a.published, a.author, a.canonical_url, a.language,
  a.text, a.segments, a.analysis, a.ingested_at, sa.story_id`;
const FROM_ARTICLES = 'articles a LEFT JOIN story_articles sa ON sa.article_id = a.id';

export class SqliteStore implements Store {
  readonly kind = 'sqlite';

  constructor(private readonly db: Database.Database, readonly location: string, private readonly now: () => Date) {}

  /** Parsed grouping profiles of this process (story/grouping/index-state.ts). */
  readonly #profiles = new ProfileCache();
  /** This connection's transactions, one after another: a batch's regroup may await, and no other batch may begin meanwhile. */
  #queue: Promise<unknown> = Promise.resolve();

  /**
   * Runs `work` in one write transaction (IMMEDIATE: the write lock is taken before reading, so a
   * concurrent ingest cannot regroup a stale view). Explicit statements rather than db.transaction,
   * which cannot await the regroup step; the store's steps answer at once, so nothing interleaves.
   */
  #transaction<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      try {
        const result = await work();
        this.db.exec('COMMIT');
        return result;
      } catch (e) {
        if (this.db.inTransaction) this.db.exec('ROLLBACK');
        throw e;
      }
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  /** What a regroup step sees of this transaction. */
  private regroupContext(added: readonly AnalyzedArticle[], lastBefore: number | null | undefined): RegroupContext {
    const index = new SqliteIndexState(this.db, this.#profiles);
    return {
      added, index,
      indexComplete: lastBefore !== undefined && index.covers(lastBefore),
      articles: (ids) => this.storedArticles(ids).map((s) => s.article),
      articleIds: () => (this.db.prepare('SELECT id FROM articles ORDER BY seq').pluck().all() as ArticleId[]),
      storyIds: () => (this.db.prepare('SELECT id FROM stories ORDER BY id').all() as { id: StoryId }[]).map((r) => r.id),
    };
  }

  commit(batch: Batch): Promise<CommitResult> {
    const exists = this.db.prepare('SELECT 1 FROM articles WHERE id = ?');
    const insert = this.db.prepare(`INSERT INTO articles
      (id, origin, source_name, source, title, published, author, canonical_url, language, text, segments, analysis, ingested_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    return this.#transaction(async () => {
      const stamp = this.now().toISOString();
      const lastBefore = (this.db.prepare('SELECT max(seq) AS s FROM articles').get() as { s: number | null }).s;
      const added: AnalyzedArticle[] = [], existing: ArticleId[] = [], nearCopies: NearCopy[] = [];
      for (const a of batch.articles) {
        if (a.id !== articleId(a.text)) throw new Error(`article ${a.id} (${a.origin}): its id is not the hash of its text; batch refused`);
        if (exists.get(a.id)) { existing.push(a.id); continue; }
        insert.run(a.id, a.origin, a.source.name, JSON.stringify(a.source), a.title ?? null, a.published ?? null, a.author ?? null,
          a.canonicalUrl ?? null, a.language, a.text, JSON.stringify(a.segments), analysisJson(a), stamp);
        added.push(a);
        const link = linkNearCopy(this.db, a);
        if (link) nearCopies.push(link);
      }
      let storiesChanged = 0;
      if (batch.regroup && added.length > 0) storiesChanged = this.applyStoryUpdate(await batch.regroup(this.regroupContext(added, lastBefore)), stamp);
      return { added: added.map((a) => a.id), existing, storiesChanged, nearCopies };
    });
  }

  rebuild(regroup: Regroup): Promise<RebuildResult> {
    const count = () => (this.db.prepare('SELECT count(*) AS n FROM stories').get() as { n: number }).n;
    return this.#transaction(async () => {
      const before = count();
      const storiesChanged = this.applyStoryUpdate(await regroup(this.regroupContext([], undefined)), this.now().toISOString());
      return { storiesBefore: before, storiesAfter: count(), storiesChanged };
    });
  }

  async nearCopies(ids: readonly ArticleId[]): Promise<Map<ArticleId, NearCopy>> {
    return nearCopiesOf(this.db, ids);
  }

  /** Writes a regroup step's result; returns how many stories were written or removed. */
  private applyStoryUpdate(update: StoryUpdate, stamp: string): number {
    const db = this.db;
    const membersOf = db.prepare('SELECT article_id FROM story_articles WHERE story_id = ? ORDER BY position');
    const bodyOf = db.prepare('SELECT body FROM stories WHERE id = ?');
    const removedMembers = new Map(update.removed.map((id) => [id, (membersOf.all(id) as { article_id: string }[]).map((r) => r.article_id)]));
    const changed = update.stories.filter((s) => (bodyOf.get(s.id) as { body: string } | undefined)?.body !== JSON.stringify(s));

    const del = db.prepare('DELETE FROM stories WHERE id = ?');
    for (const id of update.removed) del.run(id);
    for (const s of changed) del.run(s.id);

    const insertStory = db.prepare(`INSERT INTO stories (id, title, article_count, source_count, body, updated_at) VALUES (?, ?, ?, 0, ?, ?)`);
    const insertMember = db.prepare('INSERT INTO story_articles (story_id, article_id, position) VALUES (?, ?, ?)');
    const insertEntity = db.prepare('INSERT INTO story_entities (story_id, entity_id, name, type, mentions, rank) VALUES (?, ?, ?, ?, ?, ?)');
    const insertName = db.prepare('INSERT INTO story_entity_names (story_id, entity_id, name) VALUES (?, ?, ?)');
    const summarise = db.prepare(`UPDATE stories SET
      source_count = (SELECT count(DISTINCT a.source_name) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id),
      first_published = (SELECT min(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id),
      last_published = (SELECT max(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id)
      WHERE id = ?`);
    const unalias = db.prepare('DELETE FROM story_aliases WHERE old_id = ?');
    for (const s of changed) {
      insertStory.run(s.id, s.title, s.articles.length, JSON.stringify(s), stamp);
      s.articles.forEach((id, i) => insertMember.run(s.id, id, i));
      s.entities.forEach((e, i) => {
        insertEntity.run(s.id, e.id, e.name, e.type, e.count, i);
        for (const name of new Set([e.name, ...e.aliases.map((x) => x.text)].map((n) => n.toLowerCase()))) insertName.run(s.id, e.id, name);
      });
      summarise.run(s.id);
      unalias.run(s.id);
    }

    // A removed story's id leads to the story that holds its first article now (and so do older aliases of it).
    const storyOfArticle = db.prepare('SELECT story_id FROM story_articles WHERE article_id = ?');
    const alias = db.prepare('INSERT OR REPLACE INTO story_aliases (old_id, story_id) VALUES (?, ?)');
    const repoint = db.prepare('UPDATE story_aliases SET story_id = ? WHERE story_id = ?');
    for (const [id, members] of removedMembers) {
      const successor = members.map((m) => (storyOfArticle.get(m) as { story_id: string } | undefined)?.story_id).find(Boolean);
      if (!successor || successor === id) continue;
      alias.run(id, successor);
      repoint.run(successor, id);
    }

    return changed.length + update.removed.length;
  }

  async has(ids: readonly ArticleId[]): Promise<Set<ArticleId>> {
    const rows = this.db.prepare('SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { id: ArticleId }[];
    return new Set(rows.map((r) => r.id));
  }

  async getArticle(id: ArticleId): Promise<StoredArticle | undefined> {
    const row = this.articleRows('WHERE a.id = ?', [id])[0];
    return row ? toStored(row) : undefined;
  }

  async getArticles(ids?: readonly ArticleId[]): Promise<StoredArticle[]> {
    if (!ids) return this.articleRows('', []).map(toStored);
    return this.storedArticles(ids);
  }

  /** The stored articles with these ids, in the order given (unknown ids left out). */
  private storedArticles(ids: readonly ArticleId[]): StoredArticle[] {
    const rows = this.articleRows('WHERE a.id IN (SELECT value FROM json_each(?))', [JSON.stringify(ids)]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id)).filter((r): r is ArticleRow => r !== undefined).map(toStored);
  }

  private articleRows(where: string, params: unknown[]): ArticleRow[] {
    return this.db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM ${FROM_ARTICLES} ${where} ORDER BY a.seq`).all(...params) as ArticleRow[];
  }

  async listArticles(options: Page & { story?: StoryId } = {}): Promise<ArticleSummary[]> {
    const { limit, offset } = page(options);
    const rows = options.story
      ? this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM_ARTICLES} WHERE sa.story_id = ? ORDER BY sa.position LIMIT ? OFFSET ?`)
        .all(this.resolveStoryId(options.story) ?? options.story, limit, offset)
      : this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM ${FROM_ARTICLES} ORDER BY a.seq DESC LIMIT ? OFFSET ?`).all(limit, offset);
    return (rows as SummaryRow[]).map(toSummary);
  }

  /** The id itself when stored, else the story a merged-away id leads to. */
  private resolveStoryId(id: StoryId): StoryId | undefined {
    if (this.db.prepare('SELECT 1 FROM stories WHERE id = ?').get(id)) return id;
    return (this.db.prepare('SELECT story_id FROM story_aliases WHERE old_id = ?').get(id) as { story_id: StoryId } | undefined)?.story_id;
  }

  async getStory(id: StoryId): Promise<Story | undefined> {
    const resolved = this.resolveStoryId(id);
    const row = resolved && (this.db.prepare('SELECT body FROM stories WHERE id = ?').get(resolved) as { body: string } | undefined);
    return row ? (JSON.parse(row.body) as Story) : undefined;
  }

  async getStories(ids?: readonly StoryId[]): Promise<Story[]> {
    if (!ids) return (this.db.prepare(`SELECT body FROM stories ${STORY_ORDER}`).all() as { body: string }[]).map((r) => JSON.parse(r.body) as Story);
    const out: Story[] = [];
    for (const id of ids) { const s = await this.getStory(id); if (s) out.push(s); }
    return out;
  }

  async listStories(options: Page & { entity?: string } = {}): Promise<StorySummary[]> {
    const { limit, offset } = page(options);
    const filter = options.entity ? 'WHERE id IN (SELECT story_id FROM story_entity_names WHERE name = ?)' : '';
    const params: unknown[] = options.entity ? [options.entity.trim().toLowerCase(), limit, offset] : [limit, offset];
    const rows = this.db.prepare(`SELECT id, title, article_count, first_published, last_published, updated_at FROM stories
      ${filter} ${STORY_ORDER} LIMIT ? OFFSET ?`).all(...params) as
      { id: StoryId; title: string; article_count: number; first_published: string | null; last_published: string | null; updated_at: string }[];
    const sources = this.db.prepare(`SELECT a.source_name AS name, count(*) AS n FROM story_articles sa JOIN articles a ON a.id = sa.article_id
      WHERE sa.story_id = ? GROUP BY a.source_name ORDER BY n DESC, a.source_name`);
    const entities = this.db.prepare('SELECT entity_id AS id, name, type, mentions AS count FROM story_entities WHERE story_id = ? ORDER BY rank LIMIT 5');
    return rows.map((r) => {
      const s: StorySummary = {
        id: r.id, title: r.title, articles: r.article_count,
        sources: (sources.all(r.id) as { name: string }[]).map((x) => x.name),
        entities: entities.all(r.id) as StorySummary['entities'], updatedAt: r.updated_at,
      };
      if (r.first_published) s.firstPublished = r.first_published;
      if (r.last_published) s.lastPublished = r.last_published;
      return s;
    });
  }

  async search(query: string, options: Page & { story?: StoryId } = {}): Promise<SearchHit[]> {
    const terms = parseQuery(query);
    if (terms.length === 0) return [];
    const { limit, offset } = page(options);
    const story = options.story ? (this.resolveStoryId(options.story) ?? options.story) : undefined;
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, bm25(articles_fts, 5.0, 1.0) AS score,
        snippet(articles_fts, -1, '${MARK_START}', '${MARK_END}', '…', 24) AS snippet
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid LEFT JOIN story_articles sa ON sa.article_id = a.id
      WHERE articles_fts MATCH ? ${story ? 'AND sa.story_id = ?' : ''}
      ORDER BY score, a.seq LIMIT ? OFFSET ?`).all(...[toFts5(terms), ...(story ? [story] : []), limit, offset]) as
      (SummaryRow & { score: number; snippet: string })[];
    // FTS5's bm25 is negative, lower better: shown negated, a relevance where higher is better and none is below 0
    return rows.map((r) => ({ article: toSummary(r), score: Math.max(0, -r.score), ...highlights(r.snippet) }));
  }

  async counts(): Promise<StoreCounts> {
    const one = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      articles: one('SELECT count(*) AS n FROM articles'),
      stories: one('SELECT count(*) AS n FROM stories'),
      sources: one('SELECT count(DISTINCT source_name) AS n FROM articles'),
    };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  /** The versions in `schema_migrations` (for tests and diagnostics). */
  schemaVersions(): number[] {
    return (this.db.prepare('SELECT version FROM schema_migrations ORDER BY version').all() as { version: number }[]).map((r) => r.version);
  }
}

const STORY_ORDER = 'ORDER BY last_published IS NULL, last_published DESC, article_count DESC, id';
