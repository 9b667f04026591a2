import { readdir, readFile, stat } from 'node:fs/promises';
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

export interface ReadOptions {
  /** Largest file holding one article (text, HTML); larger ones are refused. */
  maxArticleBytes?: number;
  /** Largest file of many articles (JSONL, feeds). */
  maxBatchBytes?: number;
  /** Reads standard input for the path `-`. */
  stdin?: () => Promise<Uint8Array>;
}
const DEFAULTS = { maxArticleBytes: 5 * 1024 * 1024, maxBatchBytes: 512 * 1024 * 1024 };

/**
 * Every article draft in `paths` (files, folders walked recursively, `-` for standard input).
 * Problems become diagnostics in `sink` naming the input; one bad file never stops the rest.
 */
export async function* readPaths(paths: readonly string[], sink: Diagnostic[], options: ReadOptions = {}): AsyncGenerator<Draft> {
  const opts = { ...DEFAULTS, ...options };
  for (const path of paths) {
    if (path === '-') {
      if (!opts.stdin) { sink.push(err('-', 'no standard input to read', 'no-stdin')); continue; }
      yield* readBytes('-', await opts.stdin(), sink);
      continue;
    }
    for await (const file of walk(path, sink)) {
      const info = await stat(file);
      const batch = /\.(jsonl|ndjson|rss|atom|xml)(\.gz)?$/i.test(file);
      const limit = batch ? opts.maxBatchBytes : opts.maxArticleBytes;
      if (info.size > limit) {
        sink.push(err(file, `is ${mb(info.size)}, over the ${mb(limit)} limit for ${batch ? 'a batch file' : 'one article'}; skipped`, 'too-large'));
        continue;
      }
      let bytes: Uint8Array;
      try { bytes = await readFile(file); } catch (e) {
        sink.push(err(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`, 'unreadable'));
        continue;
      }
      yield* readBytes(file, bytes, sink);
    }
  }
}

/** Drafts from the bytes of one input: decode, pick a reader, read. */
export function* readBytes(origin: string, bytes: Uint8Array, sink: Diagnostic[]): Generator<Draft> {
  const decoded = decode(bytes);
  if (!decoded.ok) { sink.push(err(origin, decoded.message, decoded.rule)); return; }
  if (decoded.note) sink.push({ level: 'warning', message: `${origin}: ${decoded.note}`, source: 'decode', rule: 'not-utf8', origin });
  const content = decoded.text.replace(/\r\n?/g, '\n');
  const name = origin.replace(/\.gz$/i, '');
  // The file name decides first (sniffing with no content matches extensions only), then the content.
  const reader = SNIFF_ORDER.find((r) => r.sniff(name, '')) ?? SNIFF_ORDER.find((r) => r.sniff(name, content.slice(0, 4096))) ?? textReader;
  const report = reporter(sink, `read-${reader.format}`, origin);
  try {
    yield* reader.read({ origin, content }, report);
  } catch (e) {
    report.error(`${origin}: the ${reader.format} reader failed (${(e as Error).message})`, 'reader-failed');
  }
}

async function* walk(path: string, sink: Diagnostic[]): AsyncGenerator<string> {
  let info;
  try { info = await stat(path); } catch (e) {
    sink.push(err(path, (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'does not exist' : `cannot be read (${(e as Error).message})`, 'not-found'));
    return;
  }
  if (info.isFile()) { yield path; return; }
  if (!info.isDirectory()) { sink.push(err(path, 'is neither a file nor a folder', 'not-a-file')); return; }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* walk(full, sink);
    else if (entry.isFile() && FOLDER_FILES.test(entry.name)) yield full;
  }
}

function err(origin: string, problem: string, rule: string): Diagnostic {
  return { level: 'error', message: `${origin}: ${problem}`, source: 'read', rule, origin };
}
function mb(n: number): string {
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
