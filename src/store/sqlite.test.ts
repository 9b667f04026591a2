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
import { fixedStories, HARBOUR, LAKE, storeContract, storyOf } from './store.contract.js';

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
  const first = openSqliteStore(path, { now });
  assert.deepEqual(first.schemaVersions(), [1]);
  await first.close();
  // Reopening applies nothing (migration 1 would fail on its existing tables if it ran again).
  const second = openSqliteStore(path, { now });
  assert.deepEqual(second.schemaVersions(), [1]);
  await second.close();
  // A later corroborate adds migration 2: only it runs.
  let runs = 0;
  const withTwo = [...MIGRATIONS, { version: 2, name: 'test column', up: (db: import('better-sqlite3').Database) => { runs++; db.exec('ALTER TABLE stories ADD COLUMN note TEXT'); } }];
  const third = openSqliteStore(path, { now, migrations: withTwo });
  assert.deepEqual(third.schemaVersions(), [1, 2]);
  await third.close();
  const fourth = openSqliteStore(path, { now, migrations: withTwo });
  await fourth.close();
  assert.equal(runs, 1);
  // This corroborate (migration 1 only) refuses the store that migration 2 wrote.
  assert.throws(() => openSqliteStore(path, { now }), /schema is version 2, newer than this corroborate knows \(1\)/);
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
