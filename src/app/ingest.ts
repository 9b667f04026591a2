import type { Draft } from '../read/types.js';
import type { AnalyzedArticle, ArticleId, Diagnostic } from '../core/model.js';
import type { Pipeline } from '../analyze/pipeline.js';
import { articleId } from '../core/ids.js';
import { incrementalRegroup } from './regroup.js';
import { createStoryContext, type StoryContext } from '../story/context.js';
import type { CommitResult, Regroup, Store } from '../store/types.js';
import type { Analyzer } from './analyzer.js';
import { analyzeInOrder } from './stream.js';

// Drafts into the store: analyse each new text once (text already stored is skipped before analysis:
// the id is the hash of the text), on worker threads when `jobs` > 1 (streaming, in input order: the
// stories come out the same), commit in batches (each batch one transaction, its stories
// regrouped inside it), and say what happened to every input. Shared by `corroborate ingest` and the
// HTTP API's POST /api/articles.

export interface IngestEvent {
  id: ArticleId;
  origin: string;
  status: 'added' | 'duplicate';
  /** For a duplicate: the origin of the text already stored (or read earlier in this run). */
  duplicateOf?: string;
  /** For an added near-copy (same report, other headline, boilerplate or ending): the original it is linked to. */
  copyOf?: ArticleId;
}

export interface IngestOptions {
  /** The pipeline of this thread (jobs 1, a single draft), or its factory (called only if needed); the default one when omitted. */
  pipeline?: Pipeline | (() => Pipeline);
  /** Worker threads for analysis; 1 (the default) analyses on this thread. */
  jobs?: number;
  /** A pool kept by the caller across calls (the server's): every draft is analysed there. */
  pool?: Analyzer;
  /** Per-article time budget of the threads, in ms: an article over it is refused (a diagnostic). */
  budgetMs?: number;
  /** The regroup step; keep one per store across calls (its index follows the store). Default: a new incremental one. */
  regroup?: Regroup;
  /** Models and tables for building stories, when `regroup` is not given. Default: createStoryContext(). */
  story?: StoryContext;
  /** Articles per transaction: what a crash can lose at most. */
  batchSize?: number;
  /** After each draft is analysed or found to be a duplicate (`done` counts drafts so far). */
  onProgress?: (done: number, origin: string) => void;
  /** After each article is committed (added) or skipped (duplicate). */
  onArticle?: (event: IngestEvent) => void;
  /** Each diagnostic of an added article (after its commit) and of a draft that could not be analysed, in summary order. */
  onDiagnostic?: (diagnostic: Diagnostic) => void;
  /**
   * Events, failures and diagnostics go to the callbacks only: the summary keeps its counts and its
   * lists stay empty, so a long stream holds nothing per article (the CLI's ingest of any size).
   */
  stream?: boolean;
  onCommit?: (result: CommitResult) => void;
}

export interface IngestSummary {
  /** Drafts added, found already stored, and not analysed: kept whether or not the lists below are (`stream`). */
  counts: { added: number; duplicates: number; failed: number };
  added: IngestEvent[];
  duplicates: IngestEvent[];
  /** Drafts that could not be analysed (an error, a dead thread, over the time budget): each has its diagnostic. */
  failed: { origin: string; diagnostic: Diagnostic }[];
  batches: number;
  storiesChanged: number;
  /** What the analysis said about the added articles (also stored with each article), and why the failed ones failed. */
  diagnostics: Diagnostic[];
}

export const DEFAULT_BATCH_SIZE = 100;

export async function ingest(store: Store, drafts: Iterable<Draft> | AsyncIterable<Draft>, options: IngestOptions = {}): Promise<IngestSummary> {
  const batchSize = Math.max(1, options.batchSize ?? DEFAULT_BATCH_SIZE);
  const regroup = options.regroup ?? incrementalRegroup(options.story ?? createStoryContext());
  const summary: IngestSummary = { counts: { added: 0, duplicates: 0, failed: 0 }, added: [], duplicates: [], failed: [], batches: 0, storiesChanged: 0, diagnostics: [] };
  const keep = !options.stream;
  // Drafts of this run not yet found in the store (their ids, with the origin a later copy is a duplicate of).
  const seen = new Map<ArticleId, string>();
  let pending: AnalyzedArticle[] = [];
  let done = 0;

  const diagnose = (d: Diagnostic) => { if (keep) summary.diagnostics.push(d); options.onDiagnostic?.(d); };
  const skip = (event: IngestEvent) => { summary.counts.duplicates++; if (keep) summary.duplicates.push(event); options.onArticle?.(event); };
  const add = (event: IngestEvent, diagnostics: readonly Diagnostic[]) => {
    summary.counts.added++;
    if (keep) summary.added.push(event);
    diagnostics.forEach(diagnose);
    options.onArticle?.(event);
  };
  const flush = async () => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    const result = await store.commit({ articles: batch, regroup });
    summary.batches++;
    summary.storiesChanged += result.storiesChanged;
    options.onCommit?.(result);
    const existing = new Set(result.existing);
    const copies = new Map((result.nearCopies ?? []).map((c) => [c.article, c.original]));
    for (const a of batch) {
      const event: IngestEvent = existing.has(a.id)
        ? { id: a.id, origin: a.origin, status: 'duplicate', duplicateOf: 'an article stored meanwhile' }
        : { id: a.id, origin: a.origin, status: 'added', ...(copies.has(a.id) ? { copyOf: copies.get(a.id)! } : {}) };
      if (event.status === 'added') {
        add(event, a.diagnostics);
        // The store answers for it now, with the same origin: `seen` stays as small as a batch.
        seen.delete(a.id);
      } else skip(event);
    }
  };

  // Duplicates are found before analysis, in read order; only new texts go to the analyzer.
  async function* fresh(): AsyncGenerator<Draft> {
    for await (const draft of drafts) {
      const id = articleId(draft.text);
      const earlier = seen.get(id) ?? (await storedOrigin(store, id));
      if (earlier === undefined) {
        seen.set(id, draft.origin);
        yield draft;
        continue;
      }
      skip({ id, origin: draft.origin, status: 'duplicate', duplicateOf: earlier });
      options.onProgress?.(++done, draft.origin);
    }
  }

  const given = options.pipeline;
  const jobs = options.jobs ?? 1;
  const analysis = analyzeInOrder(fresh(), {
    jobs,
    // Threads hold a batch's worth of drafts: they analyse the next batch while this thread commits one.
    ...(jobs > 1 && !options.pool ? { window: Math.max(8 * jobs, batchSize) } : {}),
    ...(given ? { pipeline: typeof given === 'function' ? given : () => given } : {}),
    ...(options.pool ? { pool: options.pool } : {}),
    ...(options.budgetMs !== undefined ? { budgetMs: options.budgetMs } : {}),
  });
  for await (const outcome of analysis) {
    if (outcome.ok) pending.push(outcome.article);
    else {
      summary.counts.failed++;
      if (keep) summary.failed.push({ origin: outcome.origin, diagnostic: outcome.diagnostic });
      diagnose(outcome.diagnostic);
    }
    options.onProgress?.(++done, outcome.ok ? outcome.article.origin : outcome.origin);
    if (pending.length >= batchSize) await flush();
  }
  await flush();
  return summary;
}

async function storedOrigin(store: Store, id: ArticleId): Promise<string | undefined> {
  if (!(await store.has([id])).has(id)) return undefined;
  return (await store.getArticle(id))?.article.origin ?? 'an article already stored';
}
