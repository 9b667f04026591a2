// The store's ingest path: commits in batches, each regrouping its stories. Incremental regrouping
// (one index that follows the store) against regrouping every stored article after each batch.
import { mkdtempSync, rmSync } from 'node:fs';
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
