import type { Pipeline } from '../analyze/pipeline.js';
import type { AnalyzedArticle, Diagnostic } from '../core/model.js';
import type { Draft } from '../read/types.js';

// What analyses drafts for the app: on this thread (a Pipeline) or on worker threads (pool.ts).
// Either way a draft that cannot be analysed becomes a diagnostic naming it, never an exception
// that loses the rest of the batch.

/** One draft's result: its analysis, or why there is none. */
export type AnalysisOutcome =
  | { ok: true; article: AnalyzedArticle }
  | { ok: false; origin: string; diagnostic: Diagnostic };

export interface Analyzer {
  /** How many drafts it analyses at once. */
  readonly parallelism: number;
  /** Never rejects: a failure is an outcome with a diagnostic. */
  analyze(draft: Draft): Promise<AnalysisOutcome>;
  /** Stops its threads (if any); drafts still waiting become failures. */
  close(): Promise<void>;
}

/** Why a draft has no analysis: the stable codes of the failure diagnostics. */
export type FailureRule = 'analysis-failed' | 'worker-died' | 'time-budget' | 'analyzer-closed';

export function failure(origin: string, rule: FailureRule, why: string): AnalysisOutcome {
  return { ok: false, origin, diagnostic: { level: 'error', source: 'analyze', rule, origin, message: `${origin}: ${why}; the article is skipped` } };
}

/** Analysis on the calling thread: the path of --jobs 1, of a single article, and of tests. */
export function inlineAnalyzer(pipeline: Pipeline): Analyzer {
  return {
    parallelism: 1,
    async analyze(draft) {
      try { return { ok: true, article: pipeline.analyze(draft) }; } catch (e) {
        return failure(draft.origin, 'analysis-failed', `analysis failed: ${(e as Error).stack ?? String(e)}`);
      }
    },
    async close() { /* nothing runs beside this thread */ },
  };
}
