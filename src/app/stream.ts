import { createPipeline, type Pipeline } from '../analyze/pipeline.js';
import type { Draft } from '../read/types.js';
import { inlineAnalyzer, type AnalysisOutcome, type Analyzer } from './analyzer.js';
import { workerPool } from './pool.js';

// Drafts in, outcomes out, in input order, with a bounded number in flight: memory stays flat in the
// number of articles, and the caller (story passes, store commits) sees the same sequence whatever
// thread analysed each article.

export interface AnalyzeOptions {
  /** Threads: 1 analyses on this thread with `pipeline`, as does a single draft (a pool would only add start-up). */
  jobs?: number;
  /** The pipeline for this thread; the default one when omitted. Worker threads always run the default pipeline. */
  pipeline?: () => Pipeline;
  /** A pool the caller keeps across calls (the server's): used for every draft, and left open. */
  pool?: Analyzer;
  /** Per-article time budget of a pool started here, in ms. */
  budgetMs?: number;
  /** Drafts in flight at most; default 8 per thread. A pool started here is handed them all at once, so its
   *  threads keep working while this thread is busy between two outcomes (grouping, a store commit). */
  window?: number;
}

export async function* analyzeInOrder(drafts: Iterable<Draft> | AsyncIterable<Draft>, options: AnalyzeOptions = {}): AsyncGenerator<AnalysisOutcome> {
  const source = toAsyncIterator(drafts);
  // Peek at two drafts: one alone is analysed here, more go to a pool.
  const head: Draft[] = [];
  let exhausted = false;
  while (head.length < 2 && !exhausted) {
    const r = await source.next();
    if (r.done) exhausted = true;
    else head.push(r.value);
  }
  const jobs = options.jobs ?? 1;
  const window = (threads: number) => Math.max(1, options.window ?? 8 * threads);
  const own = !options.pool && head.length > 1 && jobs > 1
    ? workerPool({ jobs, depth: Math.ceil(window(jobs) / jobs), ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}) })
    : undefined;
  const analyzer = options.pool ?? own ?? inlineAnalyzer((options.pipeline ?? createPipeline)());
  const inFlightMax = window(analyzer.parallelism);
  const inFlight: Promise<AnalysisOutcome>[] = [];
  try {
    let next = 0;
    while (true) {
      while (inFlight.length < inFlightMax) {
        let draft: Draft | undefined = head[next++];
        if (draft === undefined && !exhausted) {
          const r = await source.next();
          if (r.done) exhausted = true;
          else draft = r.value;
        }
        if (draft === undefined) break;
        inFlight.push(analyzer.analyze(draft));
      }
      const first = inFlight.shift();
      if (!first) return;
      yield await first;
    }
  } finally {
    await own?.close();
    if (!exhausted) await source.return?.();
  }
}

function toAsyncIterator<T>(items: Iterable<T> | AsyncIterable<T>): AsyncIterator<T> {
  if (Symbol.asyncIterator in items) return items[Symbol.asyncIterator]();
  const it = items[Symbol.iterator]();
  return { next: async () => it.next(), return: async () => it.return?.() ?? { done: true, value: undefined } };
}
