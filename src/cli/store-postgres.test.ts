import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EXAMPLES } from '../core/_test/paths.js';
import type { Story } from '../core/model.js';
import { dropTestSchemas, freshStoreUrl, PG_SKIP } from '../store/postgres/_test-server.js';
import { defaultDeps, main } from './main.js';

// The store commands on `--db postgres://…`, end to end: examples/ ingested into a PostgreSQL store and
// into a SQLite one give the same stories, facts and search results. Needs CORROBORATE_TEST_PG (skips without).
const deps = defaultDeps();

async function run(argv: string[]) {
  let out = '', err = '';
  const code = await main(argv, { out: (s) => { out += s; }, err: (s) => { err += s; } }, deps);
  return { code, out, err };
}

after(dropTestSchemas);

test('every store command on PostgreSQL gives what it gives on SQLite', { skip: PG_SKIP }, async () => {
  const sqlite = join(mkdtempSync(join(tmpdir(), 'corroborate-cli-pg-')), 'store.db');
  const postgres = freshStoreUrl();
  for (const db of [sqlite, postgres]) {
    const r = await run(['ingest', EXAMPLES, '--db', db]);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /4 added, 0 already stored; 1 story new or changed/);
  }
  const again = await run(['ingest', EXAMPLES, '--db', postgres]);
  assert.match(again.out, /0 added, 4 already stored; 0 stories new or changed/);

  const both = async (argv: string[]) => {
    const [a, b] = [await run([...argv, '--db', sqlite]), await run([...argv, '--db', postgres])];
    assert.equal(a.code, 0, a.err);
    assert.equal(b.code, 0, b.err);
    return [a.out, b.out] as const;
  };
  const [storiesSqlite, storiesPg] = (await both(['export', '--format', 'json'])).map((out) => (JSON.parse(out) as { stories: Story[] }).stories);
  assert.ok(storiesSqlite!.length > 0 && storiesSqlite![0]!.facts.length > 0);
  assert.deepEqual(storiesPg, storiesSqlite, 'the same stories, facts and incident records');

  const ids = (out: string) => (JSON.parse(out) as { article: { id: string } }[]).map((h) => h.article.id);
  for (const q of ['ferry', '"harbour authority"', 'capsiz*']) {
    const [a, b] = await both(['search', q, '--json']);
    assert.deepEqual(new Set(ids(b)), new Set(ids(a)), q);
  }
  const [listA, listB] = await both(['stories', '--json']);
  const strip = (out: string) => (JSON.parse(out) as { updatedAt?: string }[]).map(({ updatedAt: _u, ...rest }) => rest);
  assert.deepEqual(strip(listB), strip(listA));
  const [showA, showB] = await both(['show', '1']);
  assert.equal(showB, showA);
});
