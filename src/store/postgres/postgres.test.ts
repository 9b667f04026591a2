import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import type { StoryId } from '../../core/model.js';
import type { Regroup } from '../types.js';
import { analyzed, FERRY, fixedStories, HARBOUR, LAKE, LIBRARY, storeContract, storyOf } from '../store.contract.js';
import { dropTestSchemas, freshSchema, PG_SKIP, TEST_PG } from './_test-server.js';
import { PG_MIGRATIONS, type PgMigration } from './migrations.js';
import { openPostgresStore } from './store.js';
import { FIRST_FORMAT_JSON, FIRST_FORMAT_PROFILE } from '../../story/grouping/_profile-v1.js';
import { profileFromJson } from '../../story/grouping/profile-json.js';

// The Store contract and the PostgreSQL store's own guarantees, against the server CORROBORATE_TEST_PG
// names (skipped, with the reason, when none is). Each store is a fresh schema, dropped at the end.

after(dropTestSchemas);

if (PG_SKIP) {
  test('Store contract: postgres', { skip: PG_SKIP }, () => {});
} else {
  storeContract('postgres', () => openPostgresStore(TEST_PG!, { schema: freshSchema() }));

  describe('PostgreSQL store', () => {
    test('a store keeps what was committed across reopening; its location hides the password', async () => {
      const schema = freshSchema();
      const store = await openPostgresStore(TEST_PG!, { schema });
      await store.commit({ articles: [HARBOUR], regroup: fixedStories((all) => [storyOf('S-h', all)]) });
      await store.close();
      const url = new URL(TEST_PG!);
      if (!url.password) url.password = 'secret';   // a trust-auth test server ignores it
      url.searchParams.set('schema', schema);
      const again = await openPostgresStore(url.toString());
      assert.ok(!again.location.includes(url.password) && again.location.includes(schema), again.location);
      assert.deepEqual(await again.counts(), { articles: 1, stories: 1, sources: 1 });
      assert.deepEqual((await again.search('crane')).map((h) => h.article.id), [HARBOUR.id]);
      await again.close();
    });

    test('migrations run once, in order, and a newer schema is refused', async () => {
      const schema = freshSchema();
      const now = () => new Date('2024-01-01T00:00:00Z');
      const known = PG_MIGRATIONS.map((m) => m.version), next = known.length + 1;
      const first = await openPostgresStore(TEST_PG!, { schema, now });
      assert.deepEqual(await first.schemaVersions(), known);
      await first.close();
      let runs = 0;
      const withNext: PgMigration[] = [...PG_MIGRATIONS, { version: next, name: 'test column', up: async (db) => { runs++; await db.query('ALTER TABLE stories ADD COLUMN note TEXT'); } }];
      for (let i = 0; i < 2; i++) await (await openPostgresStore(TEST_PG!, { schema, now, migrations: withNext })).close();
      assert.equal(runs, 1);
      await assert.rejects(openPostgresStore(TEST_PG!, { schema, now }), new RegExp(`schema is version ${next}, newer than this corroborate knows \\(${known.length}\\)`));
    });

    test('two processes opening a new store at once migrate it once', async () => {
      const schema = freshSchema();
      const stores = await Promise.all([1, 2, 3].map(() => openPostgresStore(TEST_PG!, { schema })));
      assert.deepEqual(await stores[0]!.schemaVersions(), PG_MIGRATIONS.map((m) => m.version));
      await Promise.all(stores.map((s) => s.close()));
    });

    test('migration 2 fingerprints the articles of an existing store and links its near-copies', async () => {
      const schema = freshSchema();
      const copy = analyzed('copy.txt', 'Other Outlet', `${FERRY.text}\n`);
      const written = await openPostgresStore(TEST_PG!, { schema });
      await written.commit({ articles: [FERRY, LIBRARY, copy] });
      await written.close();
      const client = new pg.Client({ connectionString: TEST_PG!, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query(`DROP TABLE near_copies; DROP TABLE article_bands; DROP TABLE article_fingerprints; DROP TABLE index_links; DROP TABLE index_postings;
        DROP TABLE index_articles; DROP INDEX story_entity_names_story; DROP INDEX story_aliases_story; DELETE FROM schema_migrations WHERE version >= 2`);
      await client.end();
      const store = await openPostgresStore(TEST_PG!, { schema });
      assert.deepEqual([...(await store.nearCopies([FERRY.id, LIBRARY.id, copy.id])).values()].map((c) => [c.article, c.original]), [[copy.id, FERRY.id]]);
      await store.close();
    });

    test('migration 5 rewrites stored grouping profiles in the second format, reading back the same', async () => {
      const schema = freshSchema();
      const written = await openPostgresStore(TEST_PG!, { schema });
      await written.commit({ articles: [HARBOUR] });
      await written.close();
      const client = new pg.Client({ connectionString: TEST_PG!, options: `-c search_path=${schema}` });
      await client.connect();
      await client.query("INSERT INTO index_articles (article_id, position, seq, profile, best) SELECT id, 0, seq, $1, '[]' FROM articles WHERE id = $2", [FIRST_FORMAT_JSON, HARBOUR.id]);
      await client.query('DELETE FROM schema_migrations WHERE version >= 5');
      const store = await openPostgresStore(TEST_PG!, { schema });
      await store.close();
      const stored = (await client.query<{ profile: string }>('SELECT profile FROM index_articles')).rows[0]!.profile;
      await client.end();
      assert.equal((JSON.parse(stored) as { v?: number }).v, 2);
      assert.deepEqual(profileFromJson(stored), FIRST_FORMAT_PROFILE);
    });

    test('concurrent writers: batches commit one at a time, each regroup sees every batch before it', async () => {
      const schema = freshSchema();
      const writers = await Promise.all([1, 2, 3].map(() => openPostgresStore(TEST_PG!, { schema })));
      // Each regroup puts every stored article into one story: it can only be right if it saw all earlier batches.
      const seen: number[] = [];
      const regroup = fixedStories((all) => { seen.push(all.length); return [storyOf(`S-${all.length}`, all)]; });
      await Promise.all([HARBOUR, LAKE, LIBRARY].map((a, i) => writers[i]!.commit({ articles: [a], regroup })));
      assert.deepEqual(seen.sort(), [1, 2, 3]);
      const [story] = await writers[0]!.getStories();
      assert.equal(story?.articles.length, 3);
      assert.equal((await writers[0]!.getStory('S-1' as StoryId))?.id, 'S-3', 'merged-away ids lead on');
      await Promise.all(writers.map((w) => w.close()));
    });

    test('a store that reads the store order once still sees what other writers and its own rolled-back batches did', async () => {
      const schema = freshSchema();
      const [a, b] = await Promise.all([openPostgresStore(TEST_PG!, { schema }), openPostgresStore(TEST_PG!, { schema })]);
      const seen: string[][] = [];
      const regroup: Regroup = async (ctx) => {
        const ids = await ctx.articleIds();
        seen.push([...ids]);
        assert.equal((await ctx.articles(ids)).length, ids.length);
        return { stories: [], removed: [] };
      };
      await a.commit({ articles: [HARBOUR], regroup });
      await assert.rejects(a.commit({ articles: [FERRY], regroup: async (ctx) => { await regroup(ctx); throw new Error('rolled back'); } }));
      await b.commit({ articles: [LAKE], regroup });
      await a.commit({ articles: [LIBRARY], regroup });
      assert.deepEqual(seen, [[HARBOUR.id], [HARBOUR.id, FERRY.id], [HARBOUR.id, LAKE.id], [HARBOUR.id, LAKE.id, LIBRARY.id]]);
      await Promise.all([a.close(), b.close()]);
    });

    test('a schema name that is not a plain identifier is refused', async () => {
      await assert.rejects(openPostgresStore(TEST_PG!, { schema: 'x; DROP TABLE articles' }), /not a plain schema name/);
    });
  });
}
