import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { StoryId } from '../core/model.js';
import { MIGRATIONS } from './migrations.js';
import { openSqliteStore } from './sqlite.js';
import Database from 'better-sqlite3';
import { analyzed, FERRY, fixedStories, HARBOUR, LAKE, LIBRARY, storeContract, storyOf } from './store.contract.js';
import { profileFromJson } from '../story/grouping/profile-json.js';
import { FIRST_FORMAT_JSON, FIRST_FORMAT_PROFILE } from '../story/grouping/_profile-v1.js';

storeContract('sqlite', () => openSqliteStore(':memory:'));

const tempDb = () => join(mkdtempSync(join(tmpdir(), 'corroborate-store-')), 'nested', 'folder', 'test.db');

test('a file store creates its folder and keeps what was committed across reopening', async () => {
  const path = tempDb();
  const store = openSqliteStore(path);
  await store.commit({ articles: [HARBOUR], regroup: fixedStories((all) => [storyOf('S-h', all)]) });
  await store.close();
  assert.ok(existsSync(path));
  const again = openSqliteStore(path);
  assert.deepEqual(await again.counts(), { articles: 1, stories: 1, sources: 1 });
  assert.deepEqual((await again.search('crane')).map((h) => h.article.id), [HARBOUR.id]);
  await again.close();
});

test('migrations run once, in order, and a newer schema is refused', async () => {
  const path = tempDb();
  const now = () => new Date('2024-01-01T00:00:00Z');
  const known = MIGRATIONS.map((m) => m.version), next = known.length + 1;
  const first = openSqliteStore(path, { now });
  assert.deepEqual(first.schemaVersions(), known);
  await first.close();
  // Reopening applies nothing (migration 1 would fail on its existing tables if it ran again).
  const second = openSqliteStore(path, { now });
  assert.deepEqual(second.schemaVersions(), known);
  await second.close();
  // A later corroborate adds the next migration: only it runs.
  let runs = 0;
  const withNext = [...MIGRATIONS, { version: next, name: 'test column', up: (db: import('better-sqlite3').Database) => { runs++; db.exec('ALTER TABLE stories ADD COLUMN note TEXT'); } }];
  const third = openSqliteStore(path, { now, migrations: withNext });
  assert.deepEqual(third.schemaVersions(), [...known, next]);
  await third.close();
  const fourth = openSqliteStore(path, { now, migrations: withNext });
  await fourth.close();
  assert.equal(runs, 1);
  // This corroborate refuses the store that the next migration wrote.
  assert.throws(() => openSqliteStore(path, { now }), new RegExp(`schema is version ${next}, newer than this corroborate knows \\(${known.length}\\)`));
});

test('migration 2 fingerprints the articles of an existing store and links its near-copies', async () => {
  const path = tempDb();
  const copy = analyzed('copy.txt', 'Other Outlet', `${FERRY.text}\n`);
  const written = openSqliteStore(path);
  await written.commit({ articles: [FERRY, LIBRARY, copy] });
  await written.close();
  // what a store of schema 1 holds: the articles, no fingerprints
  const db = new Database(path);
  db.exec(`DROP TABLE near_copies; DROP TABLE article_bands; DROP TABLE article_fingerprints; DROP TABLE index_links; DROP TABLE index_postings;
    DROP TABLE index_articles; DROP INDEX story_entity_names_story; DROP INDEX story_aliases_story; DELETE FROM schema_migrations WHERE version >= 2`);
  db.close();
  const store = openSqliteStore(path);
  assert.deepEqual([...(await store.nearCopies([FERRY.id, LIBRARY.id, copy.id])).values()].map((c) => [c.article, c.original]), [[copy.id, FERRY.id]]);
  await store.close();
});

test('a process killed in the middle of a batch loses that batch only', () => {
  const path = tempDb();
  const here = fileURLToPath(new URL('.', import.meta.url));
  const script = join(mkdtempSync(join(tmpdir(), 'corroborate-crash-')), 'crash.mjs');
  writeFileSync(script, `
    import { openSqliteStore } from ${JSON.stringify(join(here, 'sqlite.js'))};
    import { fixedStories, storyOf, HARBOUR, LAKE } from ${JSON.stringify(join(here, 'store.contract.js'))};
    const store = openSqliteStore(process.argv[2]);
    await store.commit({ articles: [HARBOUR], regroup: fixedStories((all) => [storyOf('S-first', all)]) });
    // The second batch's articles are inserted, then the process dies before the transaction commits.
    await store.commit({ articles: [LAKE], regroup: () => process.exit(3) });
  `);
  const child = spawnSync(process.execPath, [script, path], { encoding: 'utf8' });
  assert.equal(child.status, 3, child.stderr);
  const store = openSqliteStore(path);
  return (async () => {
    assert.deepEqual(await store.counts(), { articles: 1, stories: 1, sources: 1 });
    assert.ok(await store.getArticle(HARBOUR.id));
    assert.equal(await store.getArticle(LAKE.id), undefined);
    assert.deepEqual((await store.getStory('S-first' as StoryId))?.articles, [HARBOUR.id]);
    assert.deepEqual((await store.commit({ articles: [LAKE] })).added, [LAKE.id], 'the store is usable after the crash');
    await store.close();
  })();
});

test('migration 5 rewrites stored grouping profiles in the second format, reading back the same', async () => {
  const path = tempDb();
  const written = openSqliteStore(path);
  await written.commit({ articles: [HARBOUR] });
  await written.close();
  const db = new Database(path);
  db.prepare("INSERT INTO index_articles (article_id, position, seq, profile, best) VALUES (?, 0, 1, ?, '[]')").run(HARBOUR.id, FIRST_FORMAT_JSON);
  db.exec('DELETE FROM schema_migrations WHERE version >= 5');
  db.close();
  const store = openSqliteStore(path);
  await store.close();
  const reader = new Database(path);
  const stored = reader.prepare('SELECT profile FROM index_articles').pluck().get() as string;
  reader.close();
  assert.equal((JSON.parse(stored) as { v?: number }).v, 2);
  assert.deepEqual(profileFromJson(stored), FIRST_FORMAT_PROFILE);
  assert.deepEqual([...profileFromJson(stored).calendar.keys()], ['2019', 'june'], 'terms in their order');
});
