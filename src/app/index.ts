// What runs the flow over a store: analysis into it, and the regrouping that follows.
export { ingest, DEFAULT_BATCH_SIZE, type IngestEvent, type IngestOptions, type IngestSummary } from './ingest.js';
export { incrementalRegroup, regroupAll } from './regroup.js';
