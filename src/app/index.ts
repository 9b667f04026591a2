// What runs the flow over a store: analysis into it (on worker threads), and the regrouping that follows.
export { ingest, DEFAULT_BATCH_SIZE, type IngestEvent, type IngestOptions, type IngestSummary } from './ingest.js';
export { incrementalRegroup, regroupAll } from './regroup.js';
export { inlineAnalyzer, type AnalysisOutcome, type Analyzer } from './analyzer.js';
export { workerPool, type PoolOptions } from './pool.js';
export { analyzeInOrder, type AnalyzeOptions } from './stream.js';
export { IngestQueue, type DrainResult } from './queue.js';
export { runWorker, type WorkerOptions } from './worker.js';
