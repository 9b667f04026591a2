// The store's ingest path: commits in batches, each regrouping its stories. Incremental regrouping
// (the store's story index) against regrouping every stored article after each batch; and the cost of
// one new article as the store grows (benchOneArticle).
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedArticle } from '../../src/core/model.js';
import { openSqliteStore, type Regroup } from '../../src/store/index.js';
import { incrementalRegroup, regroupAll } from '../../src/app/index.js';
import { createStoryContext } from '../../src/story/context.js';

export interface StoreFigure {
  regroup: string;
  articles: number;
  seconds: number;
  /** Seconds of the last batch: what one more batch costs once the store is full. */
  lastBatch: number;
  stories: number;
}

/** Commits `articles` in batches of `batchSize` into a fresh SQLite file and times it. */
export async function benchStore(articles: readonly AnalyzedArticle[], name: string, regroup: Regroup, batchSize = 100): Promise<StoreFigure> {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-bench-'));
  const store = openSqliteStore(join(dir, 'bench.db'));
  try {
    const t0 = process.hrtime.bigint();
    let lastBatch = 0;
    for (let i = 0; i < articles.length; i += batchSize) {
      const b0 = process.hrtime.bigint();
      await store.commit({ articles: articles.slice(i, i + batchSize), regroup });
      lastBatch = Number(process.hrtime.bigint() - b0) / 1e9;
    }
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    return { regroup: name, articles: articles.length, seconds, lastBatch, stories: (await store.counts()).stories };
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export const REGROUPS = { incremental: () => incrementalRegroup(createStoryContext()), 'regroup all': () => regroupAll(createStoryContext()) } as const;

/** The cost of ingesting one new article into stores of each size: the CLI's wall time, median of `runs`. */
export interface OneArticleFigure {
  stored: number;
  seconds: number;
}

/**
 * Times `corroborate ingest one.txt` into SQLite stores of each size in `sizes`, built once from
 * `texts` (real articles, one JSONL line each) with `corroborate ingest` and kept at
 * `cacheDir/store-N.db` for later runs; each timed ingest goes into a fresh copy of the store.
 */
export function benchOneArticle(cli: string, texts: readonly string[], sizes: readonly number[], cacheDir: string, runs = 3): OneArticleFigure[] {
  const one = texts[Math.max(...sizes)];
  if (one === undefined) throw new Error(`benchOneArticle: needs ${Math.max(...sizes) + 1} texts, has ${texts.length}`);
  mkdirSync(cacheDir, { recursive: true });
  const onePath = join(cacheDir, 'one.txt');
  writeFileSync(onePath, one);
  const ingest = (path: string, db: string) => {
    const r = spawnSync(process.execPath, [cli, 'ingest', path, '--db', db], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (r.status !== 0) throw new Error(`ingest ${path} into ${db} failed: ${r.stderr.slice(-2000)}`);
  };
  return sizes.map((stored) => {
    const db = join(cacheDir, `store-${stored}.db`);
    if (!existsSync(db)) {
      const lines = join(cacheDir, `texts-${stored}.jsonl`);
      writeFileSync(lines, texts.slice(0, stored).map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n') + '\n');
      ingest(lines, db);
    }
    const times: number[] = [];
    for (let r = 0; r < runs; r++) {
      const copy = join(cacheDir, `copy-${stored}.db`);
      copyFileSync(db, copy);
      const t0 = process.hrtime.bigint();
      ingest(onePath, copy);
      times.push(Number(process.hrtime.bigint() - t0) / 1e9);
      for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
    }
    return { stored, seconds: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]! };
  });
}
