import type { IncomingMessage, ServerResponse } from 'node:http';

// What every response shares: the security headers, JSON bodies, errors as `{ error: { code, message } }`,
// and reading a request body under a cap.

/** A failure with an HTTP status and a stable code; the handler turns it into a JSON error response. */
export class HttpError extends Error {
  constructor(readonly status: number, readonly code: string, message: string, readonly headers: Readonly<Record<string, string>> = {}) {
    super(message);
  }
}

/**
 * Sent with every response. The UI loads its script and stylesheet as files from this server, so the
 * policy needs no 'unsafe-inline' anywhere: injected markup could not run or style anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Readonly<Record<string, string>> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: HttpError): void {
  sendJson(res, error.status, { error: { code: error.code, message: error.message } }, error.headers);
}

/** A permanent redirect to a canonical API address (a story id that changed), with the same JSON shape as errors. */
export function sendRedirect(res: ServerResponse, location: string): void {
  sendJson(res, 301, { redirect: location }, { Location: location });
}

/**
 * The whole request body, refused with 413 past `maxBytes`: at once when Content-Length says so,
 * else as soon as the count passes the cap. What the client keeps sending is read and dropped (so it
 * can read the answer), up to a bound past which the connection is cut.
 */
export async function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const tooLarge = () => new HttpError(413, 'payload-too-large', `the request body is over the ${formatBytes(maxBytes)} limit`, { Connection: 'close' });
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    discard(req, maxBytes);
    throw tooLarge();
  }
  // Listeners, not `for await`: leaving that loop early would destroy the socket before the 413 is sent.
  return new Promise<Buffer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) { chunks.push(chunk); return; }
      req.off('data', onData).off('end', onEnd);
      chunks.length = 0;
      discard(req, maxBytes);
      reject(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    // A client that goes away mid-body: nothing to answer, but the handler must not wait forever.
    const onClose = () => { if (!req.complete) reject(new HttpError(400, 'bad-request', 'the request body was cut off')); };
    req.on('data', onData).on('end', onEnd).on('error', reject).on('close', onClose);
  });
}

/** Drains a refused body so the client reads the 413; cuts the connection after `4 × cap` more bytes. */
function discard(req: IncomingMessage, maxBytes: number): void {
  let dropped = 0;
  req.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > 4 * maxBytes) req.socket.destroy();
  });
  req.resume();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} kB`;
  return `${n} bytes`;
}
