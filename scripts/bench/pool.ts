// Per-article analysis on one core (this thread) and on all cores (the worker-thread pool of
// src/app/pool.ts): tokens per second of wall time over the same drafts, in input order as the CLI
// takes them. Each thread first analyses WARM_UP drafts (its models loaded, its code compiled), so the
// figure is the steady rate; that start-up is printed apart. On a busy machine the threads share
// the cores with everything else: the all-cores figure needs idle cores to mean anything.
import { availableParallelism } from 'node:os';
import type { Draft } from '../../src/read/index.js';
import type { Pipeline } from '../../src/analyze/pipeline.js';
import { analyzeInOrder, inlineAnalyzer, workerPool, type Analyzer } from '../../src/app/index.js';

export interface PoolFigure { label: string; threads: number; articles: number; tokens: number; seconds: number; startSeconds: number; failed: number }

async function timeRun(label: string, analyzer: Analyzer, drafts: readonly Draft[], warmUp: readonly Draft[]): Promise<PoolFigure> {
  const s0 = process.hrtime.bigint();
  await Promise.all(warmUp.map((d) => analyzer.analyze(d)));
  const startSeconds = Number(process.hrtime.bigint() - s0) / 1e9;
  let tokens = 0, articles = 0, failed = 0;
  const t0 = process.hrtime.bigint();
  for await (const o of analyzeInOrder(drafts, { pool: analyzer })) {
    if (o.ok) { tokens += o.article.tokens?.length ?? 0; articles++; } else failed++;
  }
  return { label, threads: analyzer.parallelism, articles, tokens, seconds: Number(process.hrtime.bigint() - t0) / 1e9, startSeconds, failed };
}

/** Drafts each thread analyses before the clock starts. */
const WARM_UP = 20;

/** One core with `pipeline` (loaded and warm from the stage timings), then a pool of every core. */
export async function benchPool(pipeline: Pipeline, drafts: readonly Draft[], jobs = availableParallelism()): Promise<PoolFigure[]> {
  const warmUp = drafts.slice(0, WARM_UP * jobs);
  const rest = drafts.slice(WARM_UP * jobs);
  const one = await timeRun('one core (this thread)', inlineAnalyzer(pipeline), rest, warmUp.slice(0, WARM_UP));
  const pool = workerPool({ jobs, depth: 8 });
  try {
    return [one, await timeRun(`all cores (${jobs} threads)`, pool, rest, warmUp)];
  } finally {
    await pool.close();
  }
}
