import { gunzipSync } from 'node:zlib';
import { decode } from '../read/decode.js';
import { DEFAULT_LIMITS, readers, withinLimit, type Draft, type Format, type Reader } from '../read/index.js';
import { normaliseDate } from '../read/text.js';
import { sourceNameFromUrl } from '../read/source.js';
import type { Diagnostic } from '../core/model.js';
import { reporter } from '../core/report.js';
import { HttpError } from './http.js';

// The body of POST /api/articles into article drafts. The media type picks the reader (never the
// content, so a text/plain body that looks like HTML is read as text). JSON is one record or an array
// of records in the JSONL reader's shape ({ text | html, title?, url?, published?, source? }).

type BodyKind = Format | 'json';

/** Accepted media types (parameters such as charset aside). */
export const UPLOAD_TYPES: Readonly<Record<string, BodyKind>> = {
  'text/plain': 'text',
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'application/json': 'json',
  'application/x-ndjson': 'jsonl',
  'application/jsonl': 'jsonl',
  'application/x-jsonlines': 'jsonl',
  'application/rss+xml': 'feed',
  'application/atom+xml': 'feed',
  'application/xml': 'feed',
  'text/xml': 'feed',
};

/** Metadata for a text or HTML body, from the query string; it wins over what the reader found. */
export interface UploadMeta {
  origin?: string;
  source?: string;
  title?: string;
  published?: string;
  url?: string;
}

export interface UploadOptions {
  /** Largest body once gunzipped (a small gzip can expand a thousandfold). */
  maxDecodedBytes: number;
  /** Largest article (its decoded text, and each record of a JSON, JSONL or feed body). Default: the readers' cap. */
  maxArticleBytes?: number;
}

/** A JSON body deeper than this is no record of ours (they are flat objects): refused before parsing. */
export const MAX_JSON_DEPTH = 32;
/** Records in one JSON array body: more are refused with 413 before any is read. */
export const MAX_JSON_RECORDS = 10_000;

/** Drafts from a request body; problems with the content go to `sink`, a bad request throws HttpError. */
export function draftsFromBody(body: Buffer, contentType: string | undefined, meta: UploadMeta, sink: Diagnostic[], options: UploadOptions): Draft[] {
  const { type, charset } = parseContentType(contentType);
  const kind = type ? UPLOAD_TYPES[type] : undefined;
  if (!kind) {
    const accepted = Object.keys(UPLOAD_TYPES).join(', ');
    throw new HttpError(415, 'unsupported-media-type', type ? `'${type}' is not accepted; send one of ${accepted}` : `a Content-Type is needed: one of ${accepted}`);
  }
  const origin = meta.origin?.trim() || 'upload';
  const content = decodeBody(gunzipIfNeeded(body, options.maxDecodedBytes), charset, origin, sink, kind === 'jsonl');
  if (content === undefined) return [];

  const maxArticleBytes = options.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const report = reporter(sink, `read-${kind === 'json' ? 'jsonl' : kind}`, origin);
  const read = (reader: Reader, text: string) => [...reader.read({ origin, content: text, maxArticleBytes }, report)].filter((d) => withinLimit(d, maxArticleBytes, sink));
  if (kind === 'json') return read(readers.jsonl, jsonToLines(content));
  const drafts = read(readers[kind], content);
  if (kind === 'text' || kind === 'html') for (const d of drafts) applyMeta(d, meta, sink, origin);
  return drafts;
}

function parseContentType(header: string | undefined): { type?: string; charset?: string } {
  if (!header) return {};
  const [type, ...params] = header.split(';').map((s) => s.trim());
  const charset = params.map((p) => /^charset\s*=\s*"?([^";]+)"?$/i.exec(p)?.[1]).find(Boolean);
  return { ...(type ? { type: type.toLowerCase() } : {}), ...(charset ? { charset: charset.toLowerCase() } : {}) };
}

function gunzipIfNeeded(body: Buffer, maxDecodedBytes: number): Buffer {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxDecodedBytes });
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new HttpError(413, 'payload-too-large', `the gzipped body expands past ${maxDecodedBytes} bytes`);
    }
    throw new HttpError(400, 'bad-request', `the body looks gzipped but does not decompress (${(e as Error).message})`);
  }
}

/** A declared charset decides; without one, the readers' own decoding (BOM, UTF-8, declared, Windows-1252). */
function decodeBody(body: Buffer, charset: string | undefined, origin: string, sink: Diagnostic[], lineRecords: boolean): string | undefined {
  let text: string;
  if (charset && !/^utf-?8$/.test(charset)) {
    let decoder: TextDecoder;
    try { decoder = new TextDecoder(charset); } catch {
      throw new HttpError(415, 'unsupported-media-type', `charset '${charset}' is not one this server decodes`);
    }
    text = decoder.decode(body);
  } else {
    // JSONL is judged line by line: one binary or non-UTF-8 line is reported and skipped, not the body
    const decoded = decode(body, { lineRecords });
    if (!decoded.ok) {
      sink.push({ level: 'error', message: `${origin}: ${decoded.message}`, source: 'read', rule: decoded.rule, origin });
      return undefined;
    }
    if (decoded.note) sink.push({ level: 'warning', message: `${origin}: ${decoded.note}`, source: 'decode', rule: decoded.rule ?? 'not-utf8', origin });
    for (const bad of decoded.badLines ?? []) {
      sink.push({ level: 'error', message: `${origin}#${bad.line}: line ${bad.line} ${bad.problem}; skipped`, source: 'read', rule: bad.rule, origin: `${origin}#${bad.line}` });
    }
    text = decoded.text;
  }
  return text.replace(/\r\n?/g, '\n');
}

/** One JSON record or an array of them, as JSONL lines for the JSONL reader. */
function jsonToLines(content: string): string {
  const depth = jsonDepth(content);
  if (depth > MAX_JSON_DEPTH) throw new HttpError(400, 'bad-request', `the JSON body is nested ${depth} deep; records are flat objects (at most ${MAX_JSON_DEPTH} deep)`);
  let value: unknown;
  try { value = JSON.parse(content); } catch (e) {
    throw new HttpError(400, 'bad-request', `the body is not JSON (${(e as Error).message})`);
  }
  const records = Array.isArray(value) ? value : [value];
  if (records.length > MAX_JSON_RECORDS) throw new HttpError(413, 'payload-too-large', `the JSON body holds ${records.length} records; send at most ${MAX_JSON_RECORDS} at a time`);
  return records.map((r) => JSON.stringify(r)).join('\n');
}

/** How deep brackets nest in JSON text (those inside strings aside): one pass, no recursion. */
export function jsonDepth(content: string): number {
  let depth = 0, max = 0, inString = false;
  for (let i = 0; i < content.length; i++) {
    const c = content.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;                 // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) { if (++depth > max) max = depth; }
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

function applyMeta(draft: Draft, meta: UploadMeta, sink: Diagnostic[], origin: string): void {
  if (meta.source?.trim()) draft.source = { ...draft.source, name: meta.source.trim() };
  if (meta.title?.trim()) draft.title = meta.title.trim();
  if (meta.url?.trim()) {
    const url = meta.url.trim();
    draft.canonicalUrl = url;
    draft.source = { ...draft.source, url, name: draft.source.name || (sourceNameFromUrl(url) ?? '') };
  }
  if (meta.published?.trim()) {
    const day = normaliseDate(meta.published);
    if (day) draft.published = day;
    else sink.push({ level: 'warning', message: `${origin}: published=${meta.published} is not a date; left unknown`, source: 'read', rule: 'bad-published', origin });
  }
}
