import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createPipeline, type Pipeline } from '../analyze/pipeline.js';
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

export interface ServerOptions {
  store: Store;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest request body (413 past it). */
  maxBodyBytes?: number;
  /** The analysis pipeline for ingest, or a factory called on first use; the default one, built on first use, when omitted. */
  pipeline?: Pipeline | (() => Pipeline);
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
  const server = createServer(requestHandler({ ...options, host }));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, host, () => { server.off('error', reject); resolve(); });
  });
  const port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server, host, port, url: `http://${shown}:${port}`,
    close: () => new Promise<void>((resolve, reject) => {
      server.close((e) => (e ? reject(e) : resolve()));
      server.closeAllConnections();
    }),
  };
}

export function requestHandler(options: ServerOptions & { host: string }): (req: IncomingMessage, res: ServerResponse) => void {
  const given = options.pipeline;
  let pipeline: Pipeline | undefined;
  const api = apiRouter({
    store: options.store,
    pipeline: () => (pipeline ??= typeof given === 'function' ? given() : given ?? createPipeline()),
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
