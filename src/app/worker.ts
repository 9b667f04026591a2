import type { Draft } from '../read/types.js';
import { createStoryContext, type StoryContext } from '../story/context.js';
import type { Store } from '../store/types.js';
import type { AnalysisOutcome, Analyzer } from './analyzer.js';
import type { IngestQueue } from './queue.js';
import { incrementalRegroup } from './regroup.js';

// A worker of a PostgreSQL store's ingest queue (`corroborate worker`): analyse the next free draft,
// drain what is ready into the store, again, until stopped (or, with `untilEmpty`, until the queue is
// empty). Run any number, on any machines: the queue orders the commits, the store serialises them.

export interface WorkerOptions {
  analyzer: Analyzer;
  story?: StoryContext;
  /** Stop when the queue is empty instead of waiting for more. */
  untilEmpty?: boolean;
  /** How long to wait before looking again when no draft is free. */
  pollMs?: number;
  /** Stops the loop after the current step (a signal handler sets it). */
  stopped?: () => boolean;
  onClaim?: (draft: Draft) => void;
  onAnalysed?: (outcome: AnalysisOutcome) => void;
  onCommitted?: (added: number, existing: number, failed: number) => void;
}

export async function runWorker(store: Store, queue: IngestQueue, options: WorkerOptions): Promise<{ analysed: number; committed: number }> {
  const regroup = incrementalRegroup(options.story ?? createStoryContext());
  const counts = { analysed: 0, committed: 0 };
  while (!options.stopped?.()) {
    const outcome = await queue.analyseNext(options.analyzer, options.onClaim);
    if (outcome) { counts.analysed++; options.onAnalysed?.(outcome); }
    const drained = await queue.drain(store, regroup);
    const added = drained.commits.reduce((n, c) => n + c.added.length, 0);
    counts.committed += added;
    if (drained.commits.length || drained.failed.length) options.onCommitted?.(added, drained.commits.reduce((n, c) => n + c.existing.length, 0), drained.failed.length);
    if (outcome) continue;
    if (options.untilEmpty && (await queue.size()) === 0) break;
    // Drafts are waiting but held by other workers (or the queue is empty): look again shortly.
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 500));
  }
  return counts;
}
