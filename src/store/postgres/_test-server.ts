import pg from 'pg';
import { randomBytes } from 'node:crypto';

// Tests against a real PostgreSQL server: CORROBORATE_TEST_PG names one (a connection URL;
// scripts/pg/test-cluster.sh starts a throwaway one, and CI does). The tests start nothing themselves:
// each store they open lives in a fresh schema of its own, and `dropTestSchemas` removes them all.

export const TEST_PG = process.env['CORROBORATE_TEST_PG'] || undefined;

/** Why PostgreSQL tests skip (test(name, { skip: PG_SKIP }, ...)); false when a server is named. */
export const PG_SKIP: string | false = TEST_PG ? false
  : 'PostgreSQL tests skipped: CORROBORATE_TEST_PG is not set (url=$(scripts/pg/test-cluster.sh start) and export CORROBORATE_TEST_PG=$url)';

const run = `t${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
let made = 0;

/** A schema name no other run or test uses (the store creates it). */
export function freshSchema(): string {
  return `corroborate_${run}_${++made}`;
}

/** The URL of a fresh, empty store. */
export function freshStoreUrl(): string {
  const url = new URL(TEST_PG!);
  url.searchParams.set('schema', freshSchema());
  return url.toString();
}

/** Drops every schema this run made (call from after()). */
export async function dropTestSchemas(): Promise<void> {
  if (!TEST_PG) return;
  const client = new pg.Client({ connectionString: TEST_PG });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>('SELECT nspname AS name FROM pg_namespace WHERE nspname LIKE $1', [`corroborate_${run}_%`]);
    for (const r of rows) await client.query(`DROP SCHEMA ${r.name} CASCADE`);
  } finally {
    await client.end();
  }
}
