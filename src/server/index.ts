import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism } from 'node:os';
import { workerPool, type Analyzer } from '../app/index.js';
import type { Store } from '../store/index.js';
import { apiRouter } from './api.js';
import { HttpError, SECURITY_HEADERS, sendError } from './http.js';
import { sendStatic, uiFiles, type StaticFile } from './static.js';

// `corroborate serve`: the JSON API under /api/ and the web UI at /, on loopback unless told otherwise.
// Every response carries the security headers; a browser page on another site can neither read the
// API (no CORS headers) nor write to it (POST from another origin is refused), and a DNS-rebound
// name cannot reach a loopback server (only loopback names are accepted in Host).

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8787;
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
/** The longest one POSTed article may be analysed: past it the article is refused (and its thread replaced). */
export const DEFAULT_ANALYSIS_BUDGET_MS = 60_000;

export interface ServerOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest request body (413 past it). */
  maxBodyBytes?: number;
  /**
   * What analyses POSTed articles. Default: a pool of `jobs` worker threads, started on the first POST
   * and stopped by close(): analysis never runs on the event loop, so GETs answer while a POST is analysed.
   */
  analyzer?: Analyzer;
  /** Threads of the default pool (default: the number of cores). */
  jobs?: number;
  /** Per-article time budget of the default pool, in ms (default DEFAULT_ANALYSIS_BUDGET_MS). */
  budgetMs?: number;
  /** Where unexpected errors are told (they answer 500 without details). */
  log?: (line: string) => void;
}

export interface RunningServer {
  readonly server: Server;
  readonly host: string;
  readonly port: number;
  /** http://host:port (no trailing slash). */
  readonly url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const host = options.host ?? DEFAULT_HOST;
  const own = options.analyzer ? undefined : workerPool({ jobs: options.jobs ?? availableParallelism(), budgetMs: options.budgetMs ?? DEFAULT_ANALYSIS_BUDGET_MS });
  const analyzer = options.analyzer ?? own!;
  const server = createServer(requestHandler({ ...options, host, analyzer }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server, host, port, url: `http://${shown}:${port}`,
    close: async () => {
      await new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      });
      await own?.close();
    },
  };
}

export function requestHandler(options: ServerOptions & { host: string; analyzer: Analyzer }): (req: IncomingMessage, res: ServerResponse) => void {
  const api = apiRouter({
    store: options.store,
    analyzer: options.analyzer,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
  });
  const files = uiFiles();
  const loopbackOnly = isLoopback(options.host);
  const log = options.log ?? (() => undefined);

  return (req, res) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
    handle(req, res).catch((e: unknown) => {
      if (!(e instanceof HttpError)) log(`${req.method} ${req.url}: ${(e as Error).stack ?? String(e)}`);
      if (res.headersSent) { res.destroy(); return; }
      sendError(res, e instanceof HttpError ? e : new HttpError(500, 'internal', 'the server failed to answer; see its log'));
    });
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const host = req.headers.host;
    if (!host) throw new HttpError(400, 'bad-request', 'a Host header is needed');
    if (loopbackOnly && !isLoopback(hostname(host))) throw new HttpError(403, 'forbidden-host', `this server answers to loopback names only, not '${host}'`);
    const target = req.url ?? '';
    if (!target.startsWith('/')) throw new HttpError(400, 'bad-request', 'the request target must be a path');
    // A fixed base: the Host header never decides how the path parses. The parser resolves dot segments
    // (also %2e%2e), so /ui/../x is /x, which the static table does not hold.
    const url = new URL(`http://server${target}`);

    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      if (req.method === 'POST') checkSameOrigin(req, host);
      const match = api.match(req.method ?? 'GET', url.pathname);
      if (match.kind === 'not-found') throw new HttpError(404, 'not-found', `no API route ${url.pathname}`);
      if (match.kind === 'method-not-allowed') {
        const allow = match.allowed.includes('GET') ? [...match.allowed, 'HEAD'] : match.allowed;
        throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed on ${url.pathname} (allowed: ${allow.join(', ')})`, { Allow: allow.join(', ') });
      }
      await match.handler({ req, res, url, params: match.params });
      return;
    }

    const file: StaticFile | undefined = files.get(url.pathname);
    if (!file) throw new HttpError(404, 'not-found', `no such page: ${url.pathname}`);
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new HttpError(405, 'method-not-allowed', `${req.method} is not allowed here`, { Allow: 'GET, HEAD' });
    sendStatic(res, file);
  }
}

/** A browser always sends Origin on a cross-site POST: refuse any that is not this server. */
function checkSameOrigin(req: IncomingMessage, host: string): void {
  const origin = req.headers.origin;
  if (origin === undefined) return; // curl and scripts: not a browser page acting for someone else
  let originHost: string | undefined;
  try { originHost = new URL(origin).host; } catch { /* "null" or garbage */ }
  if (originHost !== host) throw new HttpError(403, 'cross-origin', `POST from another origin (${origin}) is refused`);
}

export function isLoopback(name: string): boolean {
  const n = name.toLowerCase().replace(/^\[|\]$/g, '');
  return n === 'localhost' || n.endsWith('.localhost') || n === '::1' || /^127(\.\d{1,3}){3}$/.test(n) || n === '::ffff:127.0.0.1';
}

/** The name part of a Host header (`[::1]:8787` → `::1`). */
function hostname(host: string): string {
  const m = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (m) return m[1]!;
  return host.replace(/:\d+$/, '');
}
