import { createPipeline } from '../analyze/pipeline.js';
import { serveTasks } from './worker-protocol.js';

// The entry of an analysis worker thread (pool.ts): the default pipeline, its models loaded once
// per thread, then one article per task.
const pipeline = createPipeline();
serveTasks((draft) => pipeline.analyze(draft));
