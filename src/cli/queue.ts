import { parseArgs } from 'node:util';
import { readPaths } from '../read/index.js';
import type { Diagnostic } from '../core/model.js';
import { articleId } from '../core/ids.js';
import { isPostgresUrl, openStore, type Store } from '../store/index.js';
import { IngestQueue, inlineAnalyzer, runWorker } from '../app/index.js';
import { plural } from '../render/format.js';
import { formatDiagnostic, UsageError, type ExitCode, type Io } from './io.js';
import type { Deps } from './deps.js';

// The PostgreSQL ingest queue from the command line: `ingest --queue` adds drafts, `worker` analyses
// and stores them (app/queue.ts says how the order and crash safety are kept).

export const WORKER_USAGE = `corroborate worker --db postgres://… [--until-empty] [--poll S]
    Analyse the articles that 'corroborate ingest --queue' queued and store them, in queue order, until
    stopped (Ctrl-C, or any kill: the article in hand goes back to the queue) or, with --until-empty, until the queue is empty.
    Run any number of workers, on any machines: they give the stories one 'corroborate ingest' gives.`;

/** Queues the drafts read from `paths` (as they are read) for the workers of the store at `url`. */
export async function enqueueCommand(paths: readonly string[], url: string, io: Io): Promise<ExitCode> {
  if (!isPostgresUrl(url)) throw new UsageError('--queue needs a PostgreSQL store (--db postgres://…)');
  const problems: Diagnostic[] = [];
  const show = () => { problems.splice(0).forEach((d) => { if (d.level !== 'info') io.err(formatDiagnostic(d)); }); };
  let opened: { store: Store; queue: IngestQueue } | undefined;
  let read = 0, queued = 0;
  try {
    for await (const d of readPaths(paths, problems, io.stdin ? { stdin: io.stdin } : {})) {
      read++;
      // Opened on the first draft: nothing readable creates no store.
      opened ??= await openBoth(url);
      const id = articleId(d.text);
      if (!(await opened.store.has([id])).has(id)) queued += (await opened.queue.enqueue([d])).length;
    }
    show();
    if (!opened) { io.err(`corroborate ingest: no article could be read from ${paths.join(', ')}\n`); return 1; }
    io.out(`${plural(queued, 'article')} queued, ${read - queued} already stored or queued; `
      + `${plural(await opened.queue.size(), 'article')} waiting for 'corroborate worker --db …' at ${opened.store.location}.\n`);
    return 0;
  } finally {
    await opened?.queue.close();
    await opened?.store.close();
  }
}

async function openBoth(url: string): Promise<{ store: Store; queue: IngestQueue }> {
  const store = await openStore(url);
  try { return { store, queue: await IngestQueue.open(url) }; } catch (e) { await store.close(); throw e; }
}

export async function workerCommand(args: readonly string[], io: Io, deps: Deps): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args], allowPositionals: false, strict: true,
    options: { db: { type: 'string' }, 'until-empty': { type: 'boolean' }, poll: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(`${WORKER_USAGE}\n`); return 0; }
  if (!values.db || !isPostgresUrl(values.db)) throw new UsageError('worker needs a PostgreSQL store: --db postgres://…');
  const pollMs = values.poll === undefined ? 500 : Number(values.poll) * 1000;
  if (!(pollMs > 0)) throw new UsageError(`--poll needs a number of seconds, not '${values.poll}'`);
  let store, queue;
  try {
    store = await openStore(values.db);
    queue = await IngestQueue.open(values.db);
  } catch (e) {
    await store?.close();
    io.err(`corroborate worker: cannot open the store at ${values.db}: ${(e as Error).message}\n`);
    return 1;
  }
  try {
    const counts = await runWorker(store, queue, {
      analyzer: inlineAnalyzer(deps.pipeline()), untilEmpty: values['until-empty'] ?? false, pollMs,
      onClaim: (d) => io.out(`analysing  ${d.origin}\n`),
      onAnalysed: (o) => { if (!o.ok) io.err(formatDiagnostic(o.diagnostic)); },
      onCommitted: (added, existing, failed) => io.out(`committed  ${added} added, ${existing} already stored, ${failed} not analysed\n`),
    });
    io.out(`corroborate worker: ${plural(counts.analysed, 'article')} analysed, ${counts.committed} committed by this worker.\n`);
    return 0;
  } finally {
    await queue.close();
    await store.close();
  }
}
