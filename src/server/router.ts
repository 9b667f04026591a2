import type { IncomingMessage, ServerResponse } from 'node:http';

// A small router in the style of hono's: routes are (method, pattern, handler) with `:name` segments;
// `match` gives the handler and its decoded params, or the methods the path does allow (for 405).

export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  params: Readonly<Record<string, string>>;
}
export type Handler = (c: RequestContext) => Promise<void> | void;
export type Method = 'GET' | 'POST';

interface Route {
  method: Method;
  segments: readonly string[];
  handler: Handler;
}

export type Match =
  | { kind: 'found'; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: Method[] }
  | { kind: 'not-found' };

export class Router {
  private readonly routes: Route[] = [];

  get(pattern: string, handler: Handler): this { return this.add('GET', pattern, handler); }
  post(pattern: string, handler: Handler): this { return this.add('POST', pattern, handler); }

  add(method: Method, pattern: string, handler: Handler): this {
    this.routes.push({ method, segments: split(pattern), handler });
    return this;
  }

  /** HEAD is answered by the GET route (Node leaves the body out). A segment that does not decode matches nothing. */
  match(method: string, pathname: string): Match {
    const path = split(pathname);
    const want = method === 'HEAD' ? 'GET' : method;
    const allowed: Method[] = [];
    for (const route of this.routes) {
      const params = matchSegments(route.segments, path);
      if (!params) continue;
      if (route.method === want) return { kind: 'found', handler: route.handler, params };
      if (!allowed.includes(route.method)) allowed.push(route.method);
    }
    return allowed.length ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
  }
}

function split(path: string): string[] {
  return path.split('/').filter((s) => s !== '');
}

function matchSegments(pattern: readonly string[], path: readonly string[]): Record<string, string> | undefined {
  if (pattern.length !== path.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i++) {
    const p = pattern[i]!, s = path[i]!;
    if (p.startsWith(':')) {
      try { params[p.slice(1)] = decodeURIComponent(s); } catch { return undefined; }
    } else if (p !== s) return undefined;
  }
  return params;
}
