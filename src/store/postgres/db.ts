import type { QueryResult, QueryResultRow } from 'pg';

// What the PostgreSQL store's modules need of a connection: a pool (one statement, autocommit) or the
// client that holds a transaction. Each concern (articles, stories, search, near-copies) takes one.

export interface Db {
  query<R extends QueryResultRow = QueryResultRow>(text: string, values?: unknown[]): Promise<QueryResult<R>>;
}

/** A key for pg_advisory_*lock: one per purpose and schema, so stores in other schemas of the database never wait on each other. */
export const lockKey = (purpose: string) => `hashtext('corroborate.${purpose}:' || current_schema())`;
