import type { Dirent } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Diagnostic } from '../core/model.js';
import { reporter } from '../core/report.js';
import { decode } from './decode.js';
import { feedReader } from './feed.js';
import { htmlReader } from './html/index.js';
import { jsonlReader } from './jsonl.js';
import { textReader } from './text.js';
import type { Draft, Format, Reader } from './types.js';

export type { Draft, Format, Input, Reader } from './types.js';

/** The one place a format is named. Sniffing tries them in this order; text is the fallback. */
export const readers: Readonly<Record<Format, Reader>> = { feed: feedReader, html: htmlReader, jsonl: jsonlReader, text: textReader };
const SNIFF_ORDER: readonly Reader[] = [feedReader, htmlReader, jsonlReader, textReader];

/** Files a folder walk picks up (explicitly named files are always read). */
const FOLDER_FILES = /\.(txt|text|html?|xhtml|jsonl|ndjson|rss|atom|xml)(\.gz)?$/i;

export interface ReadOptions extends Limits {
  /** Reads standard input for the path `-`. */
  stdin?: () => Promise<Uint8Array>;
}

/** Caps on what one input may hold once decoded: they hold after decompression and for every record of a batch. */
export interface Limits {
  /** Largest article (its decoded text, or the decoded file holding one article: text, HTML); larger ones are refused. */
  maxArticleBytes?: number;
  /** Largest decoded file of many articles (JSONL, feeds). */
  maxBatchBytes?: number;
}
export const DEFAULT_LIMITS: Required<Limits> = { maxArticleBytes: 5 * 1024 * 1024, maxBatchBytes: 512 * 1024 * 1024 };

/**
 * Every article draft in `paths` (files, folders walked recursively, `-` for standard input).
 * Problems become diagnostics in `sink` naming the input; one bad file never stops the rest.
 */
export async function* readPaths(paths: readonly string[], sink: Diagnostic[], options: ReadOptions = {}): AsyncGenerator<Draft> {
  const limits = { maxArticleBytes: options.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes, maxBatchBytes: options.maxBatchBytes ?? DEFAULT_LIMITS.maxBatchBytes };
  for (const path of paths) {
    if (path === '-') {
      if (!options.stdin) { sink.push(err('-', 'no standard input to read', 'no-stdin')); continue; }
      yield* readBytes('-', await options.stdin(), sink, limits);
      continue;
    }
    for await (const file of walk(path, sink)) {
      let info;
      try { info = await stat(file); } catch (e) {
        sink.push(err(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'unreadable'));
        continue;
      }
      const batch = isBatchName(file);
      const limit = batch ? limits.maxBatchBytes : limits.maxArticleBytes;
      if (info.size > limit) {
        sink.push(err(file, `is ${mb(info.size)}, over the ${mb(limit)} limit for ${batch ? 'a batch file' : 'one article'}; skipped`, 'too-large'));
        continue;
      }
      let bytes: Uint8Array;
      try { bytes = await readFile(file); } catch (e) {
        sink.push(err(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'unreadable'));
        continue;
      }
      yield* readBytes(file, bytes, sink, limits);
    }
  }
}

const isBatchName = (name: string) => /\.(jsonl|ndjson|rss|atom|xml)(\.gz)?$/i.test(name);

/**
 * Drafts from the bytes of one input: decode (gzip unpacked only up to the cap), pick a reader, read, and
 * refuse any article over the cap. Never throws: a failure is a diagnostic naming the input.
 */
export function* readBytes(origin: string, bytes: Uint8Array, sink: Diagnostic[], limits: Limits = DEFAULT_LIMITS): Generator<Draft> {
  const maxArticleBytes = limits.maxArticleBytes ?? DEFAULT_LIMITS.maxArticleBytes;
  const maxBatchBytes = limits.maxBatchBytes ?? DEFAULT_LIMITS.maxBatchBytes;
  const name = origin.replace(/\.gz$/i, '');
  // The file name decides first (sniffing with no content matches extensions only), then the content.
  const named = SNIFF_ORDER.find((r) => r.sniff(name, ''));
  const single = named?.format === 'text' || named?.format === 'html';
  const decoded = decode(bytes, { maxBytes: single ? maxArticleBytes : Math.max(maxArticleBytes, maxBatchBytes), lineRecords: named?.format === 'jsonl' });
  if (!decoded.ok) { sink.push(err(origin, decoded.message, decoded.rule)); return; }
  if (decoded.note) sink.push({ level: 'warning', message: `${origin}: ${decoded.note}`, source: 'decode', rule: decoded.rule ?? 'not-utf8', origin });
  for (const bad of decoded.badLines ?? []) sink.push(err(`${origin}#${bad.line}`, `line ${bad.line} ${bad.problem}; skipped`, bad.rule));
  const content = decoded.text.replace(/\r\n?/g, '\n');
  const reader = named ?? SNIFF_ORDER.find((r) => r.sniff(name, content.slice(0, 4096))) ?? textReader;
  if (!named && (reader.format === 'text' || reader.format === 'html') && Buffer.byteLength(content) > maxArticleBytes) {
    sink.push(err(origin, `is one article of ${mb(Buffer.byteLength(content))}, over the ${mb(maxArticleBytes)} limit; skipped`, 'too-large'));
    return;
  }
  const report = reporter(sink, `read-${reader.format}`, origin);
  try {
    for (const draft of reader.read({ origin, content, maxArticleBytes }, report)) {
      if (withinLimit(draft, maxArticleBytes, sink)) yield draft;
    }
  } catch (e) {
    report.error(`${origin}: the ${reader.format} reader failed (${(e as Error).message})`, 'reader-failed');
  }
}

/** Whether an article's text is within the cap; one over it is reported by its origin (the rest of its batch goes on). */
export function withinLimit(draft: Draft, maxArticleBytes: number, sink: Diagnostic[]): boolean {
  const size = Buffer.byteLength(draft.text);
  if (size <= maxArticleBytes) return true;
  sink.push(err(draft.origin, `is an article of ${mb(size)}, over the ${mb(maxArticleBytes)} limit for one article; skipped`, 'too-large'));
  return false;
}

/** Files under `path`. Symbolic links are followed; a folder already walked (a link loop) is reported and not walked again. */
async function* walk(path: string, sink: Diagnostic[], walked: Set<string> = new Set()): AsyncGenerator<string> {
  let info;
  try { info = await stat(path); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    sink.push(err(path, code === 'ENOENT' ? 'does not exist' : code === 'ELOOP' ? 'is a symbolic link that loops' : `cannot be read (${(e as Error).message})`, 'not-found'));
    return;
  }
  if (info.isFile()) { yield path; return; }
  if (!info.isDirectory()) { sink.push(err(path, 'is neither a file nor a folder', 'not-a-file')); return; }
  let real: string, entries: Dirent[];
  try {
    real = await realpath(path);
    entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  } catch (e) {
    sink.push(err(path, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'unreadable'));
    return;
  }
  if (walked.has(real)) {
    sink.push({ level: 'warning', message: `${path}: a link to the folder ${real}, which is already read; not read again`, source: 'read', rule: 'link-loop', origin: path });
    return;
  }
  walked.add(real);
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(full, sink, walked);
    else if (entry.isFile() && FOLDER_FILES.test(entry.name)) yield full;
    else if (entry.isSymbolicLink()) yield* followLink(full, entry.name, sink, walked);
  }
}

/** A link inside a folder: its folder is walked, its file read when the link's name is one a walk picks up; a broken link is reported. */
async function* followLink(full: string, name: string, sink: Diagnostic[], walked: Set<string>): AsyncGenerator<string> {
  let target;
  try { target = await stat(full); } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    sink.push({ level: 'warning', message: `${full}: ${code === 'ELOOP' ? 'a symbolic link that loops' : 'a symbolic link to nothing'}; skipped`, source: 'read', rule: 'broken-link', origin: full });
    return;
  }
  if (target.isDirectory()) yield* walk(full, sink, walked);
  else if (target.isFile() && FOLDER_FILES.test(name)) yield full;
}

function err(origin: string, problem: string, rule: string): Diagnostic {
  return { level: 'error', message: `${origin}: ${problem}`, source: 'read', rule, origin };
}
function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
