// The store's public surface: one interface, its SQLite implementation, ingest and the default location.
import { openSqliteStore, type SqliteOptions } from './sqlite.js';
import type { Store } from './types.js';

export type {
  ArticleSummary, Batch, CommitResult, Page, Regroup, RegroupContext, SearchHit, Store, StoreCounts, StoredArticle, StorySummary, StoryUpdate,
} from './types.js';
export { openSqliteStore, SqliteStore, type SqliteOptions } from './sqlite.js';
export { defaultDbPath } from './path.js';
export { parseQuery, type Term } from './query.js';

/** Opens the store at `location`: a SQLite file path or ':memory:' (a PostgreSQL URL, later). */
export async function openStore(location: string, options: SqliteOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//i.test(location)) throw new Error('PostgreSQL stores are not implemented yet; use a SQLite file path');
  return openSqliteStore(location, options);
}
