import type { Database } from 'better-sqlite3';
import type { ArticleId } from '../core/model.js';
import { linkNearCopy, NEAR_COPY_TABLES } from './near-copies.js';
import { profileFromJson, profileToJson } from '../story/grouping/profile-json.js';

// Versioned schema migrations for the SQLite store. Each migration has a number and runs once, in its
// own transaction together with its row in `schema_migrations`; a store written by a newer
// corroborate (a version we do not know) is refused rather than misread. Never edit a migration that
// has shipped: add the next number. Analyses are JSON (`articles.analysis`), so a new layer needs no
// migration; columns exist only for what is listed, filtered, joined or searched.

export interface Migration {
  version: number;
  name: string;
  up(db: Database): void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles, full-text search, stories',
    up: (db) => db.exec(`
      CREATE TABLE articles (
        seq           INTEGER PRIMARY KEY,           -- stable rowid: the full-text index points at it
        id            TEXT NOT NULL UNIQUE,          -- content address: hash of the text
        origin        TEXT NOT NULL,
        source_name   TEXT NOT NULL,
        source        TEXT NOT NULL,                 -- JSON Source
        title         TEXT,
        published     TEXT,
        author        TEXT,
        canonical_url TEXT,
        language      TEXT NOT NULL,
        text          TEXT NOT NULL,
        segments      TEXT NOT NULL,                 -- JSON Segment[]
        analysis      TEXT NOT NULL,                 -- JSON: every layer, diagnostics, any newer field
        ingested_at   TEXT NOT NULL
      );
      CREATE INDEX articles_published ON articles(published);
      CREATE INDEX articles_source ON articles(source_name);

      CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
      );
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;
      CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
      END;
      CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, text ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
      END;

      CREATE TABLE stories (
        id              TEXT PRIMARY KEY,
        title           TEXT NOT NULL,
        article_count   INTEGER NOT NULL,
        source_count    INTEGER NOT NULL,
        first_published TEXT,
        last_published  TEXT,
        body            TEXT NOT NULL,               -- JSON Story
        updated_at      TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories(last_published, article_count);

      CREATE TABLE story_articles (
        story_id   TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        article_id TEXT NOT NULL UNIQUE REFERENCES articles(id),   -- an article is in one story
        position   INTEGER NOT NULL,
        PRIMARY KEY (story_id, article_id)
      );

      CREATE TABLE story_entities (
        story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        name      TEXT NOT NULL,
        type      TEXT NOT NULL,
        mentions  INTEGER NOT NULL,
        rank      INTEGER NOT NULL,
        PRIMARY KEY (story_id, entity_id)
      );
      CREATE TABLE story_entity_names (                   -- every spelling, lower-cased: stories naming X
        story_id  TEXT NOT NULL REFERENCES stories(id) ON DELETE CASCADE,
        entity_id TEXT NOT NULL,
        name      TEXT NOT NULL
      );
      CREATE INDEX story_entity_names_name ON story_entity_names(name);

      CREATE TABLE story_aliases (                        -- ids of stories merged away → where their articles went
        old_id   TEXT PRIMARY KEY,
        story_id TEXT NOT NULL
      );
    `),
  },
  {
    version: 2,
    name: 'near-copies: fingerprints, their LSH bands, and each copy\'s original',
    up: (db) => {
      db.exec(NEAR_COPY_TABLES);
      // existing stores: fingerprint every stored article in the order it was stored, linking copies as ingest would have
      const rows = db.prepare('SELECT id, text, segments, published FROM articles ORDER BY seq').all() as { id: string; text: string; segments: string; published: string | null }[];
      for (const r of rows) linkNearCopy(db, { id: r.id as ArticleId, text: r.text, segments: JSON.parse(r.segments), ...(r.published ? { published: r.published } : {}) });
    },
  },
  {
    version: 3,
    name: 'story index: profiles, postings, links and best scores of each article',
    // Empty on an existing store: its first regrouped batch (or `corroborate regroup`) indexes every stored article.
    up: (db) => db.exec(STORY_INDEX_TABLES),
  },
  {
    version: 4,
    name: 'indexes for rewriting stories: entity names and aliases by story, best scores without the profile',
    up: (db) => db.exec(`
      -- deleting a story (ON DELETE CASCADE, and the foreign-key check) found its names by scanning every story's
      CREATE INDEX story_entity_names_story ON story_entity_names(story_id);
      -- a merge re-points the aliases of the story merged away: found by scanning every alias
      CREATE INDEX story_aliases_story ON story_aliases(story_id);
      -- best follows the profile (about 12 KB) in the row: read from here, it skips the profile's overflow pages
      CREATE INDEX index_articles_best ON index_articles(article_id, best);
    `),
  },
  {
    version: 5,
    name: 'grouping profiles in their second format (half the JSON, parsed twice as fast)',
    up: (db) => {
      // One row at a time (a connection cannot write while it iterates): the profiles of a large store are gigabytes parsed.
      const read = db.prepare('SELECT profile FROM index_articles WHERE article_id = ?').pluck();
      const rewrite = db.prepare('UPDATE index_articles SET profile = ? WHERE article_id = ?');
      for (const id of db.prepare('SELECT article_id FROM index_articles').pluck().all() as string[])
        rewrite.run(profileToJson(profileFromJson(read.get(id) as string)), id);
    },
  },
];

/** The story index (story/grouping/index-state.ts); membership is story_articles. */
const STORY_INDEX_TABLES = `
  CREATE TABLE index_articles (
    article_id TEXT PRIMARY KEY REFERENCES articles(id),
    position   INTEGER NOT NULL UNIQUE,    -- index order: 0, 1, 2, ...
    seq        INTEGER NOT NULL,           -- the article's store order: the index covers the store up to max(seq)
    profile    TEXT NOT NULL,              -- JSON grouping profile (profile-json.ts)
    best       TEXT NOT NULL               -- JSON: its best related link scores, highest first
  );
  CREATE INDEX index_articles_seq ON index_articles(seq);
  CREATE TABLE index_postings (            -- key term -> its latest articles (capped per term)
    term       TEXT NOT NULL,
    position   INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (term, position)
  ) WITHOUT ROWID;
  CREATE TABLE index_links (               -- both directions: (a, b) and (b, a)
    a     TEXT NOT NULL,
    b     TEXT NOT NULL,
    score REAL NOT NULL,
    PRIMARY KEY (a, b)
  ) WITHOUT ROWID;
`;

/** Applies the migrations `db` lacks, each in its own transaction; returns the versions applied. */
export function migrate(db: Database, migrations: readonly Migration[], now: () => Date): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const known = Math.max(0, ...migrations.map((m) => m.version));
  const current = (db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number | null }).v ?? 0;
  if (current > known) throw new Error(`the store's schema is version ${current}, newer than this corroborate knows (${known}); upgrade corroborate to open it`);
  const applied: number[] = [];
  const has = db.prepare('SELECT 1 FROM schema_migrations WHERE version = ?');
  const record = db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)');
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (m.version <= current) continue;
    // IMMEDIATE: two processes opening the same new store migrate one after the other, not twice.
    db.transaction(() => {
      if (has.get(m.version)) return;
      m.up(db);
      record.run(m.version, m.name, now().toISOString());
      applied.push(m.version);
    }).immediate();
  }
  return applied;
}
