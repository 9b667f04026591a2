// The store's ingest path: commits in batches, each regrouping its stories. Incremental regrouping
// (the store's story index) against regrouping every stored article after each batch; and the cost of
// one new article as the store grows (benchOneArticle).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AnalyzedArticle } from '../../src/core/model.js';
import { openSqliteStore, type Regroup } from '../../src/store/index.js';
import { incrementalRegroup, regroupAll } from '../../src/app/index.js';
import { createStoryContext } from '../../src/story/context.js';
import { oneMoreSeconds, runCli } from './cli.js';

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
 * `cacheDir/store-N.db` for later runs; each timed ingest (the first text past the largest store,
 * `runs` times) goes into a fresh copy of the store (cli.ts: bench:scale's "one more" column).
 */
export async function benchOneArticle(texts: readonly string[], sizes: readonly number[], cacheDir: string, runs = 3): Promise<OneArticleFigure[]> {
  const one = texts[Math.max(...sizes)];
  if (one === undefined) throw new Error(`benchOneArticle: needs ${Math.max(...sizes) + 1} texts, has ${texts.length}`);
  mkdirSync(cacheDir, { recursive: true });
  const figures: OneArticleFigure[] = [];
  for (const stored of sizes) {
    const db = join(cacheDir, `store-${stored}.db`);
    if (!existsSync(db)) {
      const lines = join(cacheDir, `texts-${stored}.jsonl`);
      writeFileSync(lines, texts.slice(0, stored).map((text, i) => JSON.stringify({ id: `t${i}`, text })).join('\n') + '\n');
      await runCli(['ingest', lines, '--db', db], cacheDir);
    }
    figures.push({ stored, seconds: await oneMoreSeconds(db, Array.from({ length: runs }, () => one), cacheDir, { copies: true }) });
  }
  return figures;
}
