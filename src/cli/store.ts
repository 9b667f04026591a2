import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { open } from 'node:fs/promises';
import { homedir } from 'node:os';
import { parseArgs } from 'node:util';
import { CSV_TABLES, EXPORT_FORMATS, exporterFor, isCsvTable, isExportFormat } from '../export/index.js';
import { readPaths, type Draft } from '../read/index.js';
import type { Diagnostic, Story, StoryId } from '../core/model.js';
import { defaultDbPath, isPostgresUrl, openStore, type Store } from '../store/index.js';
import { DEFAULT_BATCH_SIZE, ingest, regroupAll, type IngestEvent } from '../app/index.js';
import { createStoryContext } from '../story/context.js';
import { exportInput } from '../export/from-store.js';
import { buildBrief } from '../render/brief.js';
import { clip, plural } from '../render/format.js';
import { printable } from '../core/text.js';
import { renderText } from '../render/text.js';
import { toJson } from './json.js';
import { fileSystemFailure, formatDiagnostic, UsageError, type ExitCode, type Io } from './io.js';
import type { Deps } from './deps.js';
import { JOBS_USAGE, parseJobs } from './jobs.js';
import { progressBar } from './progress.js';

// The store commands of DESIGN.md's contract: ingest, stories, show, search, export. Each takes
// --db PATH (default: the user's data folder). Exit codes: 0 ok, 1 bad input (nothing readable, no
// store, no such story), 2 bad usage (thrown as UsageError, turned into 2 by main).

export const STORE_COMMANDS = ['ingest', 'stories', 'show', 'search', 'export', 'regroup'] as const;
export type StoreCommand = (typeof STORE_COMMANDS)[number];

export const STORE_USAGE: Readonly<Record<StoreCommand, string>> = {
  ingest: `corroborate ingest PATH... [--db PATH|postgres://…] [--batch N] [--jobs N] [--verbose] [--queue]
    Read, analyse and store articles (files, folders, - for standard input) as they are read; text
    already stored is skipped and reported. Stories are regrouped with every batch of N articles
    (default ${DEFAULT_BATCH_SIZE}), each batch one transaction.
    ${JOBS_USAGE}. --queue (PostgreSQL): only queue the articles, for 'corroborate worker's to analyse and store.`,
  stories: 'corroborate stories [--db PATH|postgres://…] [--json] [--limit N] [--entity NAME]\n    List the stored stories, latest news first.',
  show: 'corroborate show STORY [--db PATH|postgres://…] [--json]\n    The brief of one story: its id, an unambiguous id prefix, or its number in `corroborate stories`.',
  search: 'corroborate search QUERY... [--db PATH|postgres://…] [--json] [--limit N]\n    Full-text search of titles and texts: words (all must occur), "phrases", prefix*.',
  export: `corroborate export --format ${EXPORT_FORMATS.join('|')} [--table ${CSV_TABLES.join('|')}] [--story STORY] [--db PATH|postgres://…] [--out FILE]
    Write the stored stories and articles (or one story's) in a format. CSV writes one table per file:
    --table articles (the default: one row per article with its story), --table facts (one row per
    fact: story, kind, statement, status, sources, values, and its claims as article id:start-end) or
    --table incidents (one row per story with its incident record: type, date, place with
    lat/lon/admin1/country, each figure with its status, sources and other versions, participants).`,
  regroup: `corroborate regroup [--db PATH|postgres://…]
    Recompute the story index (each article's grouping profile, postings and links) and every story
    from the stored analyses, in store order, in one transaction; then say how the stories changed.
    Run it after the grouping model changes. Ingest keeps the index up to date by itself.`,
};

export async function storeCommand(command: StoreCommand, args: readonly string[], io: Io, deps: Deps): Promise<ExitCode> {
  switch (command) {
    case 'ingest': return ingestCommand(args, io, deps);
    case 'stories': return storiesCommand(args, io);
    case 'show': return showCommand(args, io);
    case 'search': return searchCommand(args, io);
    case 'export': return exportCommand(args, io);
    case 'regroup': return regroupCommand(args, io);
  }
}

const COMMON = { db: { type: 'string' }, help: { type: 'boolean', short: 'h' } } as const;

function dbPath(values: { db?: string | undefined }, io: Io): string {
  return values.db ?? defaultDbPath(io.env ?? {}, homedir());
}

/** Opens an existing store for reading; undefined (with the reason on stderr) when there is none. */
async function openExisting(command: string, path: string, io: Io): Promise<Store | undefined> {
  if (path !== ':memory:' && !isPostgresUrl(path) && !existsSync(path)) {
    io.err(`corroborate ${command}: no store at ${path} (run 'corroborate ingest PATH...' first, or pass --db PATH)\n`);
    return undefined;
  }
  return openOrSay(command, path, io);
}

/** The store, or undefined with the reason on stderr (a file that is not a store, a newer schema). */
async function openOrSay(command: string, path: string, io: Io): Promise<Store | undefined> {
  if (existsSync(path) && statSync(path).isDirectory()) {
    io.err(`corroborate ${command}: --db ${path}: is a folder, not a store file (name a file in it, such as ${join(path, 'corroborate.db')})\n`);
    return undefined;
  }
  try { return await openStore(path); } catch (e) {
    io.err(`corroborate ${command}: cannot open the store at ${path}: ${(e as Error).message}\n`);
    return undefined;
  }
}

async function withStore(command: string, path: string, io: Io, fn: (store: Store) => Promise<ExitCode>): Promise<ExitCode> {
  const store = await openExisting(command, path, io);
  if (!store) return 1;
  try { return await fn(store); } finally { await store.close(); }
}

function positiveInt(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${flag} needs a positive whole number, not '${value}'`);
  return Number(value);
}

async function ingestCommand(args: readonly string[], io: Io, deps: Deps): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { ...COMMON, batch: { type: 'string' }, jobs: { type: 'string' }, verbose: { type: 'boolean' }, queue: { type: 'boolean' } },
  });
  if (values.help) { io.out(`${STORE_USAGE.ingest}\n`); return 0; }
  if (positionals.length === 0) throw new UsageError('needs at least one PATH (a file, a folder, or - for standard input)');
  if (values.queue) return (await import('./queue.js')).enqueueCommand(positionals, dbPath(values, io), io);
  const batchSize = positiveInt(values.batch, '--batch') ?? DEFAULT_BATCH_SIZE;
  const jobs = parseJobs(values.jobs);
  const show = (d: Diagnostic) => { if (d.level !== 'info' || values.verbose) io.err(formatDiagnostic(d)); };

  // Drafts stream into the analysis as they are read: the first one is awaited here so that nothing
  // readable never creates a store.
  const readProblems: Diagnostic[] = [];
  const reading = readPaths(positionals, readProblems, io.stdin ? { stdin: io.stdin } : {})[Symbol.asyncIterator]();
  const first = await reading.next();
  if (first.done) {
    readProblems.forEach(show);
    io.err(`corroborate ingest: no article could be read from ${positionals.join(', ')}\n`);
    return 1;
  }
  let read = 0;
  async function* drafts(): AsyncGenerator<Draft> {
    read++;
    yield first.value as Draft;
    for (let r = await reading.next(); !r.done; r = await reading.next()) { read++; yield r.value; }
  }

  const path = dbPath(values, io);
  const store = await openOrSay('ingest', path, io);
  if (!store) { await reading.return?.(undefined); return 1; }
  try {
    const bar = io.tty ? progressBar((s) => io.err(s)) : undefined;
    // Streamed: only what is printed at the end is kept (the duplicates under a bar, the diagnostics shown).
    const duplicates: IngestEvent[] = [], shown: Diagnostic[] = [];
    const summary = await ingest(store, drafts(), {
      pipeline: deps.pipeline,
      jobs,
      batchSize,
      stream: true,
      onDiagnostic: (d) => { if (d.level !== 'info' || values.verbose) shown.push(d); },
      ...(bar
        ? { onProgress: (done: number, origin: string) => bar.update(done, read, origin), onArticle: (e: IngestEvent) => { if (e.status === 'duplicate') duplicates.push(e); } }
        : { onArticle: (e: IngestEvent) => io.out(articleLine(e)) }),
    });
    bar?.finish();
    duplicates.forEach((e) => io.out(articleLine(e)));
    readProblems.forEach(show);
    shown.forEach(show);
    const counts = await store.counts();
    const { added, duplicates: stored, failed } = summary.counts;
    io.out(`${added} added, ${stored} already stored${failed ? `, ${failed} not analysed` : ''}; `
      + `${plural(summary.storiesChanged, 'story', 'stories')} new or changed. `
      + `The store at ${store.location} holds ${plural(counts.articles, 'article')} in ${plural(counts.stories, 'story', 'stories')}.\n`);
  } finally {
    await store.close();
  }
  return 0;
}

function articleLine(e: IngestEvent): string {
  return printable(e.status === 'added' ? `added      ${e.id}  ${e.origin}${e.copyOf ? ` (near-copy of ${e.copyOf}: one source with it)` : ''}\n` : `unchanged  ${e.id}  ${e.origin} (same text as ${e.duplicateOf})\n`);
}

async function regroupCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({ args: [...args], allowPositionals: false, strict: true, options: { ...COMMON } });
  if (values.help) { io.out(`${STORE_USAGE.regroup}\n`); return 0; }
  return withStore('regroup', dbPath(values, io), io, async (store) => {
    const r = await store.rebuild(regroupAll(createStoryContext()));
    const { articles } = await store.counts();
    io.out(`Regrouped ${plural(articles, 'article')}: ${plural(r.storiesBefore, 'story', 'stories')} before, ${r.storiesAfter} after; `
      + `${plural(r.storiesChanged, 'story', 'stories')} written or removed. The store at ${store.location}.\n`);
    return 0;
  });
}

async function storiesCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args], allowPositionals: false, strict: true,
    options: { ...COMMON, json: { type: 'boolean' }, limit: { type: 'string' }, entity: { type: 'string' } },
  });
  if (values.help) { io.out(`${STORE_USAGE.stories}\n`); return 0; }
  const limit = positiveInt(values.limit, '--limit');
  const path = dbPath(values, io);
  return withStore('stories', path, io, async (store) => {
    const list = await store.listStories({ ...(limit ? { limit } : {}), ...(values.entity ? { entity: values.entity } : {}) });
    if (values.json) { io.out(`${JSON.stringify(list, null, 2)}\n`); return 0; }
    if (list.length === 0) { io.out(`No stories in ${store.location}${values.entity ? ` naming '${values.entity}'` : ''}.\n`); return 0; }
    list.forEach((s, i) => {
      const dates = s.firstPublished ? (s.firstPublished === s.lastPublished ? s.firstPublished : `${s.firstPublished} – ${s.lastPublished}`) : 'undated';
      // titles, sources and names are article data: printable() keeps their escape sequences off the terminal
      io.out(printable(`${String(i + 1).padStart(3)}  ${s.id}  ${s.title}\n`));
      io.out(printable(`     ${plural(s.articles, 'article')} from ${s.sources.join(', ')}; ${dates}`
        + `${s.entities.length ? `; ${s.entities.slice(0, 3).map((e) => e.name).join(', ')}` : ''}\n`));
    });
    return 0;
  });
}

/** A story named by its id (or an id it had before a merge), an unambiguous id prefix, or its number in `stories`. */
async function resolveStory(store: Store, ref: string): Promise<Story | string> {
  if (/^\d+$/.test(ref)) {
    const [s] = await store.listStories({ limit: 1, offset: Number(ref) - 1 });
    if (s && Number(ref) >= 1) return (await store.getStory(s.id)) ?? `story number ${ref} is gone`;
  }
  const exact = await store.getStory(ref as StoryId);
  if (exact) return exact;
  const matches = (await store.listStories()).filter((s) => s.id.toLowerCase().startsWith(ref.toLowerCase()));
  if (matches.length === 1) return (await store.getStory(matches[0]!.id))!;
  if (matches.length > 1) return `'${ref}' could be ${matches.slice(0, 5).map((s) => s.id).join(', ')}${matches.length > 5 ? ', ...' : ''}`;
  return `no story '${ref}' (list them with 'corroborate stories')`;
}

async function showCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({ args: [...args], allowPositionals: true, strict: true, options: { ...COMMON, json: { type: 'boolean' } } });
  if (values.help) { io.out(`${STORE_USAGE.show}\n`); return 0; }
  if (positionals.length !== 1) throw new UsageError('needs one STORY (an id, an id prefix, or a number from corroborate stories)');
  return withStore('show', dbPath(values, io), io, async (store) => {
    const story = await resolveStory(store, positionals[0]!);
    if (typeof story === 'string') { io.err(`corroborate show: ${story}\n`); return 1; }
    const articles = (await store.getArticles(story.articles)).map((s) => s.article);
    io.out(values.json ? `${JSON.stringify(toJson(articles, [story], []), null, 2)}\n` : printable(renderText([buildBrief(story, articles)])));
    return 0;
  });
}

async function searchCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { ...COMMON, json: { type: 'boolean' }, limit: { type: 'string' } },
  });
  if (values.help) { io.out(`${STORE_USAGE.search}\n`); return 0; }
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('needs a QUERY (words, "phrases", prefix*)');
  const limit = positiveInt(values.limit, '--limit') ?? 20;
  return withStore('search', dbPath(values, io), io, async (store) => {
    const hits = await store.search(query, { limit });
    if (values.json) { io.out(`${JSON.stringify(hits, null, 2)}\n`); return 0; }
    if (hits.length === 0) { io.out(`No article matches ${JSON.stringify(query)}.\n`); return 0; }
    const [open, close] = io.tty ? ['\x1b[1m', '\x1b[22m'] : ['[', ']'];
    io.out(`${plural(hits.length, 'article')} ${hits.length === 1 ? 'matches' : 'match'} ${JSON.stringify(query)}${hits.length === limit ? ` (first ${limit})` : ''}:\n`);
    for (const h of hits) {
      const a = h.article;
      io.out(printable(`  ${a.source.name}, ${a.published ?? 'undated'}: ${a.title ? `"${clip(a.title, 70)}"` : a.origin}  [${a.id}${a.story ? `, story ${a.story}` : ''}]\n`));
      // the snippet is cleaned piece by piece: the highlight marks are ours, and they may be escape sequences
      let marked = '', at = 0;
      for (const [s, e] of h.highlights) { marked += `${printable(h.snippet.slice(at, s))}${open}${printable(h.snippet.slice(s, e))}${close}`; at = e; }
      io.out(`      ${marked}${printable(h.snippet.slice(at))}\n`);
    }
    return 0;
  });
}

async function exportCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  const { values } = parseArgs({
    args: [...args], allowPositionals: false, strict: true,
    options: { ...COMMON, format: { type: 'string' }, table: { type: 'string' }, story: { type: 'string' }, out: { type: 'string' } },
  });
  if (values.help) { io.out(`${STORE_USAGE.export}\n`); return 0; }
  const { format, table } = values;
  if (!format || !isExportFormat(format)) throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? ` (not '${format}')` : ''}`);
  if (table !== undefined && format !== 'csv') throw new UsageError('--table goes with --format csv only');
  if (table !== undefined && !isCsvTable(table)) throw new UsageError(`--table must be one of ${CSV_TABLES.join(', ')} (not '${table}')`);
  const exporter = exporterFor(format, table);
  return withStore('export', dbPath(values, io), io, async (store) => {
    let storyId: StoryId | undefined;
    if (values.story) {
      const story = await resolveStory(store, values.story);
      if (typeof story === 'string') { io.err(`corroborate export: ${story}\n`); return 1; }
      storyId = story.id;
    }
    const input = (await exportInput(store, storyId))!;
    const chunks = exporter.write(input);
    if (!values.out) { for (const chunk of chunks) io.out(chunk); return 0; }
    let bytes = 0;
    try {
      const file = await open(values.out, 'w');
      try { for (const chunk of chunks) bytes += (await file.write(chunk)).bytesWritten; } finally { await file.close(); }
    } catch (e) { return fileSystemFailure('export', '--out', e, io); }
    io.err(`corroborate export: ${format}${table ? ` ${table}` : ''}, ${plural(input.articles.length, 'article')} in ${plural(input.stories.length, 'story', 'stories')}, ${bytes} bytes to ${values.out}\n`);
    return 0;
  });
}
