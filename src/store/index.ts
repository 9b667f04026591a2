// The store's public surface: one interface, its SQLite and PostgreSQL implementations, and the default location.
import { openSqliteStore, type SqliteOptions } from './sqlite.js';
import { isPostgresUrl, openPostgresStore, type PostgresOptions } from './postgres/store.js';
import type { Store } from './types.js';

export type {
  ArticleSummary, Batch, CommitResult, Page, Regroup, RegroupContext, SearchHit, Store, StoreCounts, StoredArticle, StorySummary, StoryUpdate,
} from './types.js';
export { openSqliteStore, SqliteStore, type SqliteOptions } from './sqlite.js';
export { connectPostgres, isPostgresUrl, openPostgresStore, PostgresStore, type PostgresOptions } from './postgres/store.js';
export { lockKey } from './postgres/db.js';
export { defaultDbPath } from './path.js';
export { parseQuery, type Term } from './query.js';

/** Opens the store at `location`: a SQLite file path or ':memory:', or a postgres:// URL (`?schema=NAME` optional). */
export async function openStore(location: string, options: SqliteOptions & PostgresOptions = {}): Promise<Store> {
  if (isPostgresUrl(location)) return openPostgresStore(location, options);
  return openSqliteStore(location, options as SqliteOptions);
}
