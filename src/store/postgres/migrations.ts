import type { ArticleId } from '../../core/model.js';
import type { Db } from './db.js';
import { linkNearCopy, NEAR_COPY_TABLES } from './near-copies.js';
import { profileFromJson, profileToJson } from '../../story/grouping/profile-json.js';

// Versioned schema migrations for the PostgreSQL store, numbered as the SQLite store's
// (../migrations.ts): each runs once, in its own transaction with its row in `schema_migrations`; a
// schema newer than this corroborate knows is refused. An advisory lock makes two processes that open
// a new store migrate one after the other. Never edit a migration that has shipped: add the next number.
// Identifiers and dates that are sorted use the "C" collation: the same order as SQLite, on any server.

export interface PgMigration {
  version: number;
  name: string;
  up(db: Db): Promise<void>;
}

export const PG_MIGRATIONS: readonly PgMigration[] = [
  {
    version: 1,
    name: 'articles, full-text search, stories',
    up: async (db) => { await db.query(`
      CREATE TABLE articles (
        seq           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,   -- store order
        id            TEXT COLLATE "C" NOT NULL UNIQUE,                  -- content address: hash of the text
        origin        TEXT NOT NULL,
        source_name   TEXT COLLATE "C" NOT NULL,
        source        TEXT NOT NULL,                                     -- JSON Source
        title         TEXT,
        published     TEXT COLLATE "C",
        author        TEXT,
        canonical_url TEXT,
        language      TEXT NOT NULL,
        text          TEXT NOT NULL,
        segments      TEXT NOT NULL,                                     -- JSON Segment[]
        analysis      TEXT NOT NULL,                                     -- JSON: every layer, diagnostics, any newer field (text, not jsonb: kept byte for byte)
        ingested_at   TEXT NOT NULL,
        -- full text: title (weight A) and text (D), as words the query parser splits (searchWords in ../query.ts, computed on insert):
        -- no stemming, accents folded, like the SQLite store's unicode61 tokenizer
        search        tsvector NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_source ON articles(source_name);
      CREATE INDEX articles_search ON articles USING GIN (search);

      CREATE TABLE stories (
        id              TEXT COLLATE "C" PRIMARY KEY,
        title           TEXT NOT NULL,
        article_count   INTEGER NOT NULL,
        source_count    INTEGER NOT NULL,
        first_published TEXT COLLATE "C",
        last_published  TEXT COLLATE "C",
        body            TEXT NOT NULL,                                   -- JSON Story
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories(last_published, article_count);

      CREATE TABLE story_articles (
        story_id   TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT COLLATE "C" NOT NULL UNIQUE REFERENCES articles(id),   -- an article is in one story
        position   INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
      );

      CREATE TABLE story_entities (
        story_id  TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        name      TEXT NOT NULL,
        type      TEXT NOT NULL,
        mentions  INTEGER NOT NULL,
        rank      INTEGER NOT NULL,
        PRIMARY KEY (story_id, entity_id)
      );
      CREATE TABLE story_entity_names (                                  -- every spelling, lower-cased: stories naming X
        story_id  TEXT COLLATE "C" NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        name      TEXT NOT NULL
      );
      CREATE INDEX story_entity_names_name ON story_entity_names(name);

      CREATE TABLE story_aliases (                                       -- ids of stories merged away → where their articles went
        old_id   TEXT COLLATE "C" PRIMARY KEY,
        story_id TEXT COLLATE "C" NOT NULL
      );
    `); },
  },
  {
    version: 2,
    name: 'near-copies: fingerprints, their LSH bands, and each copy\'s original',
    up: async (db) => {
      await db.query(NEAR_COPY_TABLES);
      // existing stores: fingerprint every stored article in the order it was stored, linking copies as ingest would have
      const rows = (await db.query<{ id: ArticleId; text: string; segments: string; published: string | null }>(
        'SELECT id, text, segments, published FROM articles ORDER BY seq')).rows;
      for (const r of rows) await linkNearCopy(db, { id: r.id, text: r.text, segments: JSON.parse(r.segments), ...(r.published ? { published: r.published } : {}) });
    },
  },
  {
    version: 3,
    name: 'story index: profiles, postings, links and best scores of each article',
    // Empty on an existing store: its first regrouped batch (or `corroborate regroup`) indexes every stored article.
    up: async (db) => { await db.query(`
      CREATE TABLE index_articles (
        article_id TEXT COLLATE "C" PRIMARY KEY REFERENCES articles(id),
        position   INTEGER NOT NULL UNIQUE,    -- index order: 0, 1, 2, ...
        seq        BIGINT NOT NULL,            -- the article's store order: the index covers the store up to max(seq)
        profile    TEXT NOT NULL,              -- JSON grouping profile (profile-json.ts)
        best       TEXT NOT NULL               -- JSON: its best related link scores, highest first
      );
      CREATE INDEX index_articles_seq ON index_articles(seq);
      CREATE TABLE index_postings (            -- key term -> its latest articles (capped per term)
        term       TEXT COLLATE "C" NOT NULL,
        position   INTEGER NOT NULL,
        article_id TEXT COLLATE "C" NOT NULL,
        PRIMARY KEY (term, position)
      );
      CREATE TABLE index_links (               -- both directions: (a, b) and (b, a)
        a     TEXT COLLATE "C" NOT NULL,
        b     TEXT COLLATE "C" NOT NULL,
        score DOUBLE PRECISION NOT NULL,
        PRIMARY KEY (a, b)
      );
    `); },
  },
  {
    version: 4,
    name: 'indexes for rewriting stories: entity names and aliases by story',
    // Deleting a story (ON DELETE CASCADE) and re-pointing the aliases of a story merged away found their rows by scanning every story's.
    up: async (db) => { await db.query(`
      CREATE INDEX story_entity_names_story ON story_entity_names(story_id);
      CREATE INDEX story_aliases_story ON story_aliases(story_id);
    `); },
  },
  {
    version: 5,
    name: 'grouping profiles in their second format (half the JSON, parsed twice as fast)',
    up: async (db) => {
      // A page at a time, in id order: a large store's profiles are gigabytes parsed.
      for (let after = ''; ;) {
        const rows = (await db.query<{ article_id: string; profile: string }>(
          'SELECT article_id, profile FROM index_articles WHERE article_id > $1 ORDER BY article_id LIMIT 1000', [after])).rows;
        if (rows.length === 0) break;
        for (const r of rows) await db.query('UPDATE index_articles SET profile = $1 WHERE article_id = $2', [profileToJson(profileFromJson(r.profile)), r.article_id]);
        after = rows[rows.length - 1]!.article_id;
      }
    },
  },
];

/** A pool's client: what migrations run on (one connection, so the session lock and transactions hold). */
export interface Connection extends Db { release(): void }

/** Creates the schema when named and missing, and applies the migrations it lacks, each in its own transaction; returns the versions applied. */
export async function migratePg(connect: () => Promise<Connection>, migrations: readonly PgMigration[], now: () => Date, schema?: string): Promise<number[]> {
  const db = await connect();
  const applied: number[] = [];
  // Keyed by the schema's name: it may not exist yet (current_schema() is null until it does).
  const lock = `hashtext('corroborate.migrate:' || coalesce($1::text, current_schema(), ''))`;
  try {
    await db.query(`SELECT pg_advisory_lock(${lock})`, [schema ?? null]);
    try {
      if (schema) await db.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
      await db.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
      const known = Math.max(0, ...migrations.map((m) => m.version));
      const current = (await db.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows[0]?.v ?? 0;
      if (current > known) throw new Error(`the store's schema is version ${current}, newer than this corroborate knows (${known}); upgrade corroborate to open it`);
      for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
        if (m.version <= current) continue;
        await db.query('BEGIN');
        try {
          await m.up(db);
          await db.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [m.version, m.name, now().toISOString()]);
          await db.query('COMMIT');
        } catch (e) {
          await db.query('ROLLBACK');
          throw e;
        }
        applied.push(m.version);
      }
    } finally {
      await db.query(`SELECT pg_advisory_unlock(${lock})`, [schema ?? null]);
    }
  } finally {
    db.release();
  }
  return applied;
}
