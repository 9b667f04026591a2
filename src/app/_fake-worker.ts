import { threadId } from 'node:worker_threads';
import type { AnalyzedArticle } from '../core/model.js';
import type { ArticleId } from '../core/model.js';
import { serveTasks } from './worker-protocol.js';

// A stand-in analysis thread for the pool's tests (no models to load): the draft's text says what to
// do: 'throw', 'exit', 'hang', 'hog' (memory without end), 'busy <ms>', anything else is analysed at once. The article's source
// name is the thread that analysed it.
serveTasks((draft): AnalyzedArticle => {
  const [verb, arg] = draft.text.split(' ');
  if (verb === 'throw') throw new Error('this text breaks the analysis');
  if (verb === 'exit') process.exit(3);
  if (verb === 'hang') for (;;);
  if (verb === 'hog') { const kept: number[][] = []; for (;;) kept.push(new Array(1e5).fill(kept.length)); }
  if (verb === 'busy') { const until = Date.now() + Number(arg); while (Date.now() < until); }
  return { id: draft.text as ArticleId, origin: draft.origin, source: { name: `thread ${threadId}` }, language: 'eng', text: draft.text, segments: [], diagnostics: [] };
});
