import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { DEFAULT_ANALYSIS_BUDGET_MS, DEFAULT_HOST, DEFAULT_PORT, DEFAULT_MAX_BODY_BYTES, isLoopback, startServer } from '../server/index.js';
import { defaultDbPath, isPostgresUrl, openStore } from '../store/index.js';
import { UsageError, type ExitCode, type Io } from './io.js';
import { JOBS_USAGE, parseJobs } from './jobs.js';

// `corroborate serve`: the HTTP API and the web UI over a store, until the user stops it (Ctrl-C).

export const SERVE_USAGE = `corroborate serve [--port N] [--host ${DEFAULT_HOST}] [--db PATH|postgres://…] [--max-body MB] [--jobs N] [--budget S]
    Serve the JSON API under /api/ and the web UI at / (default http://${DEFAULT_HOST}:${DEFAULT_PORT}/).
    Loopback only unless --host says otherwise; request bodies over --max-body (default ${DEFAULT_MAX_BODY_BYTES / 1024 / 1024} MB) are refused.
    POSTed articles are analysed on worker threads, never on the thread that answers requests;
    ${JOBS_USAGE.replace('; 1 analyses on the main thread', '')}. An article whose analysis takes
    over --budget seconds (default ${DEFAULT_ANALYSIS_BUDGET_MS / 1000}) is refused with a message naming it.`;

export async function serveCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args], allowPositionals: false, strict: true,
    options: { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'max-body': { type: 'string' }, jobs: { type: 'string' }, budget: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(`${SERVE_USAGE}\n`); return 0; }
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!/^\d+$/.test(values.port ?? '0') || port > 65535) throw new UsageError(`--port needs a port number 0-65535, not '${values.port}'`);
  const maxBody = values['max-body'] === undefined ? DEFAULT_MAX_BODY_BYTES : Number(values['max-body']) * 1024 * 1024;
  if (!(maxBody > 0)) throw new UsageError(`--max-body needs a size in MB, not '${values['max-body']}'`);
  const host = values.host ?? DEFAULT_HOST;
  const jobs = parseJobs(values.jobs);
  const budgetMs = values.budget === undefined ? DEFAULT_ANALYSIS_BUDGET_MS : Number(values.budget) * 1000;
  if (!(budgetMs > 0)) throw new UsageError(`--budget needs a number of seconds, not '${values.budget}'`);
  const path = values.db ?? defaultDbPath(io.env ?? {}, homedir());

  const fresh = path !== ':memory:' && !isPostgresUrl(path) && !existsSync(path);
  let store;
  try { store = await openStore(path); } catch (e) {
    io.err(`corroborate serve: cannot open the store at ${path}: ${(e as Error).message}\n`);
    return 1;
  }
  let server;
  try {
    server = await startServer({ store, host, port, maxBodyBytes: maxBody, jobs, budgetMs, log: (line) => io.err(`${line}\n`) });
  } catch (e) {
    await store.close();
    const code = (e as NodeJS.ErrnoException).code;
    io.err(`corroborate serve: cannot listen on ${host}:${port}: ${code === 'EADDRINUSE' ? 'the port is in use (try --port N)' : (e as Error).message}\n`);
    return 1;
  }
  const counts = await store.counts();
  io.out(`corroborate serve: ${server.url}/ (API under ${server.url}/api/)\n`
    + `  store ${store.location}${fresh ? ' (new, empty)' : ''}: ${counts.articles} articles in ${counts.stories} stories\n`
    + (isLoopback(host) ? '' : `  warning: listening on ${host}, reachable from other machines; the API has no authentication\n`)
    + '  Ctrl-C stops it.\n');
  const reason = await (io.waitForStop ? io.waitForStop() : new Promise<string>(() => undefined));
  io.err(`corroborate serve: stopping (${reason})\n`);
  await server.close();
  await store.close();
  return 0;
}
