import { parentPort } from 'node:worker_threads';
import type { AnalyzedArticle } from '../core/model.js';
import type { Draft } from '../read/types.js';

// The messages between the pool (pool.ts) and a worker thread. A worker says `ready` once its models
// are loaded (the time budget of an article starts when it is handed to a ready worker), then
// answers each task with the article or the error it threw.

export interface Task { id: number; draft: Draft }
export type Reply =
  | { kind: 'ready' }
  | { kind: 'done'; id: number; article: AnalyzedArticle }
  | { kind: 'failed'; id: number; error: string };

/** Runs in a worker thread: answers the pool's tasks with `analyze`, built once by the caller. */
export function serveTasks(analyze: (draft: Draft) => AnalyzedArticle): void {
  const port = parentPort;
  if (!port) throw new Error('serveTasks runs in a worker thread (started by the analysis pool)');
  const reply = (r: Reply) => port.postMessage(r);
  port.on('message', ({ id, draft }: Task) => {
    let article: AnalyzedArticle;
    try { article = analyze(draft); } catch (e) {
      reply({ kind: 'failed', id, error: (e as Error).stack ?? String(e) });
      return;
    }
    reply({ kind: 'done', id, article });
  });
  reply({ kind: 'ready' });
}
