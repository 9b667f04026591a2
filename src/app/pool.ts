import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { Draft } from '../read/types.js';
import { failure, type AnalysisOutcome, type Analyzer } from './analyzer.js';
import type { Reply, Task } from './worker-protocol.js';

// Per-article analysis on worker threads: each thread loads the models once (analyze-worker.ts) and
// analyses the articles it is handed one after another, from a first-in first-out queue. A thread
// holds up to `depth` articles, so that it keeps working while the main thread is busy (grouping,
// a store commit) and cannot hand it the next one. Threads start when there is work for them, up
// to `jobs`; an idle thread never keeps the process alive, so a command (or `node --test`) ends even
// when a pool was left open. Failures stay local: an article that throws, kills its thread or
// overruns the time budget is reported by its origin, the thread is replaced, the articles it had
// not begun go back to the queue, and the rest of the batch goes on.

export interface PoolOptions {
  /** Threads at most (each holds its own copy of the models). */
  jobs: number;
  /** Longest one article may take, in ms: past it its thread is stopped and replaced, and the article refused. */
  budgetMs?: number;
  /** Articles handed to a thread at once (default 1: the time budget counts from when the thread is handed it). */
  depth?: number;
  /** The thread's entry: analyze-worker.js beside this file, or a stand-in in tests. */
  workerUrl?: URL;
  /** Memory limits per thread (an article that exhausts them is reported like any dead thread); default THREAD_HEAP_LIMITS. */
  resourceLimits?: ResourceLimits;
}

/**
 * A thread's heap is capped: an article that would need more fails alone, and the pool's memory is
 * bounded whatever the number of articles (uncapped, each thread's heap grows lazily between
 * collections: RSS +150 MB over 1,000 GVA articles on 2 threads; capped at 160 MB, +54 MB and none
 * failed). Well above the models and the largest article we accept.
 */
export const THREAD_HEAP_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 512 };

interface Job { id: number; draft: Draft; settle: (outcome: AnalysisOutcome) => void }
/** A thread and the articles it holds, the one it is analysing first. */
interface Slot { worker: Worker; ready: boolean; jobs: Job[]; timer?: NodeJS.Timeout; error?: string }

export const ANALYZE_WORKER = new URL('./analyze-worker.js', import.meta.url);

export function workerPool(options: PoolOptions): Analyzer {
  const jobs = Math.max(1, Math.floor(options.jobs));
  const depth = Math.max(1, Math.floor(options.depth ?? 1));
  const queue: Job[] = [];
  const slots: Slot[] = [];
  let nextId = 0;
  let closed = false;
  /** Set when a thread died before it was ready (models missing, a bad entry): no thread would ever be. */
  let broken: string | undefined;

  function spawn(): void {
    const worker = new Worker(options.workerUrl ?? ANALYZE_WORKER, { resourceLimits: options.resourceLimits ?? THREAD_HEAP_LIMITS });
    const slot: Slot = { worker, ready: false, jobs: [] };
    slots.push(slot);
    worker.on('message', (reply: Reply) => onReply(slot, reply));
    worker.on('error', (e) => { slot.error = e.message; });
    worker.on('exit', (code) => onExit(slot, code));
  }

  function onReply(slot: Slot, reply: Reply): void {
    if (reply.kind === 'ready') slot.ready = true;
    else if (slot.jobs[0]?.id === reply.id) {
      const { origin } = slot.jobs[0].draft;
      finish(slot, reply.kind === 'done' ? { ok: true, article: reply.article } : failure(origin, 'analysis-failed', `analysis failed: ${reply.error}`));
      startClock(slot);
    }
    dispatch();
  }

  function onExit(slot: Slot, code: number): void {
    const at = slots.indexOf(slot);
    if (at >= 0) slots.splice(at, 1);
    if (closed) return;
    const why = slot.error ?? `exit code ${code}`;
    if (slot.jobs[0]) {
      finish(slot, failure(slot.jobs[0].draft.origin, 'worker-died', `the analysis thread stopped (${why}) while analysing it`));
      requeue(slot);
    } else if (!slot.ready) {
      broken = `no analysis thread could start (${why})`;
      for (const job of queue.splice(0)) job.settle(failure(job.draft.origin, 'analysis-failed', broken));
    }
    dispatch();
  }

  function onTimeout(slot: Slot): void {
    finish(slot, failure(slot.jobs[0]!.draft.origin, 'time-budget', `analysis took longer than the ${seconds(options.budgetMs!)} s allowed for one article`));
    requeue(slot);
    // A thread busy in a synchronous loop cannot be interrupted: stop it; a fresh one takes the queue.
    slots.splice(slots.indexOf(slot), 1);
    void slot.worker.terminate();
    dispatch();
  }

  /** Settles the article the thread was analysing. */
  function finish(slot: Slot, outcome: AnalysisOutcome): void {
    clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.jobs.shift()!.settle(outcome);
  }

  /** The budget of the thread's next article counts from now: it begins it when it has answered the one before. */
  function startClock(slot: Slot): void {
    if (options.budgetMs !== undefined && slot.jobs.length > 0) slot.timer = setTimeout(onTimeout, options.budgetMs, slot);
  }

  /** The articles a lost thread had not begun go back to the head of the queue, in their order. */
  function requeue(slot: Slot): void {
    queue.unshift(...slot.jobs.splice(0));
  }

  /** Hands queued articles to ready idle threads, starts threads for the rest, and lets idle threads go unreferenced. */
  function dispatch(): void {
    if (closed) return;
    // One article at a time to the ready thread that holds fewest: work spreads before any thread holds two.
    while (queue.length > 0) {
      let least: Slot | undefined;
      for (const s of slots) if (s.ready && s.jobs.length < depth && (!least || s.jobs.length < least.jobs.length)) least = s;
      if (!least) break;
      const job = queue.shift()!;
      least.jobs.push(job);
      if (least.jobs.length === 1) startClock(least);
      const task: Task = { id: job.id, draft: job.draft };
      least.worker.postMessage(task);
    }
    const starting = slots.filter((s) => !s.ready).length;
    for (let n = Math.min(queue.length - starting * depth, jobs - slots.length); n > 0 && broken === undefined; n--) spawn();
    for (const s of slots) {
      if (s.jobs.length > 0 || (!s.ready && queue.length > 0)) s.worker.ref();
      else s.worker.unref();
    }
  }

  return {
    parallelism: jobs,
    analyze(draft) {
      if (closed) return Promise.resolve(failure(draft.origin, 'analyzer-closed', 'the analysis pool was closed'));
      if (broken !== undefined) return Promise.resolve(failure(draft.origin, 'analysis-failed', broken));
      return new Promise<AnalysisOutcome>((settle) => {
        queue.push({ id: nextId++, draft, settle });
        dispatch();
      });
    },
    async close() {
      closed = true;
      for (const job of queue.splice(0)) job.settle(failure(job.draft.origin, 'analyzer-closed', 'the analysis pool was closed'));
      for (const slot of slots) while (slot.jobs[0]) finish(slot, failure(slot.jobs[0].draft.origin, 'analyzer-closed', 'the analysis pool was closed'));
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}

function seconds(ms: number): string {
  return String(ms / 1000);
}
