import { existsSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { makeFolder } from '../core/folders.js';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readPaths } from '../read/index.js';
import type { AnalyzedArticle, Diagnostic } from '../core/model.js';
import { storyBuilder } from '../story/story.js';
import { createStoryContext } from '../story/context.js';
import { renderReport } from '../render/html.js';
import { buildBrief } from '../render/brief.js';
import { renderText } from '../render/text.js';
import { toJson } from './json.js';
import type { StoreCommand } from './store.js';
import { VERSION } from '../core/version.js';
import { printable } from '../core/text.js';
import { fileSystemFailure, formatDiagnostic, UsageError, type ExitCode, type Io } from './io.js';
import { defaultDeps, type Deps } from './deps.js';
import { JOBS_USAGE, parseJobs } from './jobs.js';
import { articleId } from '../core/ids.js';
import { analyzeInOrder } from '../app/index.js';
import { DEFAULT_NER_MODEL } from '../analyze/entities/index.js';

export { formatDiagnostic, UsageError, type ExitCode, type Io } from './io.js';
export { defaultDeps, type Deps } from './deps.js';


export const ANALYZE_USAGE = `corroborate analyze PATH... [--json] [--out DIR] [--verbose] [--jobs N]
    Read articles (files, folders, - for standard input: .txt, .html, .jsonl, RSS/Atom), clean and
    analyse them, group them into stories. Prints a brief, or with --json the full record
    { articles, stories }. --out DIR also writes story.json, brief.txt and report.html (a
    self-contained HTML report) there. --verbose also prints the info notes (duplicates, drops).
    ${JOBS_USAGE}; the output is the same for any N.`;

/** `eval`'s help: one line per evaluation, from the table that runs them. */
function evalUsage(): string {
  const width = Math.max(...Object.entries(EVALUATIONS).map(([k, v]) => k.length + v.arg.length));
  return `corroborate eval ${Object.keys(EVALUATIONS).join('|')} DIR_OR_FILE
    Score a part of the engine on gold data; the last line holds the figures.
${Object.entries(EVALUATIONS).map(([k, v]) => `    eval ${k} ${v.arg}${' '.repeat(width - k.length - v.arg.length + 2)}${v.what}`).join('\n')}`;
}

/** The global help: the first line of every command's own help (the store and serve commands load only for it). */
async function globalHelp(): Promise<string> {
  const { STORE_USAGE } = await import('./store.js');
  const { SERVE_USAGE } = await import('./serve.js');
  const { WORKER_USAGE } = await import('./queue.js');
  const synopsis = (usage: string) => `  ${usage.split('\n')[0]}`;
  return `corroborate ${VERSION}: turns news articles into a cross-checked, cited record.

Usage:
${[ANALYZE_USAGE, evalUsage(), ...Object.values(STORE_USAGE), SERVE_USAGE, WORKER_USAGE].map(synopsis).join('\n')}
  corroborate --help | --version
Every command answers --help with what it does and all its options (corroborate COMMAND --help).

Exit codes: 0 ok, 1 bad input (no article could be read, a path that cannot be written), 2 bad usage.
`;
}

/** The whole command line, testable: nothing here touches process.*; `deps` (a pipeline) can be shared across calls. */
export async function main(argv: readonly string[], io: Io, deps: Deps = defaultDeps()): Promise<ExitCode> {
  const [command, ...rest] = argv;
  // A bare `corroborate` is a usage mistake: the help goes to stderr, as any usage error's message does.
  if (command === undefined) { io.err(await globalHelp()); return 2; }
  if (command === '--help' || command === '-h' || command === 'help') { io.out(await globalHelp()); return 0; }
  if (command === '--version' || command === '-v') { io.out(`${VERSION}\n`); return 0; }
  try {
    if (command === 'analyze') return await analyzeCommand(rest, io, deps);
    if (command === 'eval') return await evalCommand(rest, io);
    // Store commands load lazily: analyze never pays for SQLite.
    if (STORE_COMMANDS.has(command)) return await (await import('./store.js')).storeCommand(command as StoreCommand, rest, io, deps);
    if (command === 'serve') return await (await import('./serve.js')).serveCommand(rest, io);
    if (command === 'worker') return await (await import('./queue.js')).workerCommand(rest, io, deps);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`corroborate ${command}: ${(e as Error).message}\nRun 'corroborate --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
  io.err(`corroborate: unknown command '${command}'\nRun 'corroborate --help' for usage.\n`);
  return 2;
}

const STORE_COMMANDS: ReadonlySet<string> = new Set(['ingest', 'stories', 'show', 'search', 'export', 'regroup']);

async function analyzeCommand(args: readonly string[], io: Io, deps: Deps): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { json: { type: 'boolean' }, out: { type: 'string' }, verbose: { type: 'boolean' }, jobs: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) { io.out(`${ANALYZE_USAGE}\n`); return 0; }
  if (positionals.length === 0) throw new UsageError('needs at least one PATH (a file, a folder, or - for standard input)');
  const jobs = parseJobs(values.jobs);
  // The output folder is made before any analysis: a path that cannot hold it fails at once, in one line.
  if (values.out) {
    try { makeFolder(values.out); } catch (e) { return fileSystemFailure('analyze', '--out', e, io); }
  }
  const diagnostics: Diagnostic[] = [];
  // Worker threads run the default pipeline: its NER model is there or not.
  const recognizer = jobs > 1 ? (existsSync(DEFAULT_NER_MODEL) ? 'trained' : 'heuristic') : deps.pipeline().ctx.recognizer.name;
  if (recognizer === 'heuristic') io.err('warning: models/ner.bin is missing (run npm run train); entities come from the capitalisation heuristic\n');
  const analyzed: AnalyzedArticle[] = [];
  const seen = new Map<string, string>();
  // The same text twice is analysed once (the id is the hash of the text).
  async function* fresh() {
    for await (const draft of readPaths(positionals, diagnostics, io.stdin ? { stdin: io.stdin } : {})) {
      const id = articleId(draft.text);
      const earlier = seen.get(id);
      if (earlier === undefined) { seen.set(id, draft.origin); yield draft; continue; }
      diagnostics.push({ level: 'info', source: 'analyze', rule: 'duplicate', origin: draft.origin, message: `${draft.origin}: same text as ${earlier}; analysed once` });
    }
  }
  // Each article is grouped as it comes back, in input order, while the threads analyse the next ones.
  const stories = storyBuilder(createStoryContext());
  for await (const outcome of analyzeInOrder(fresh(), { jobs, pipeline: deps.pipeline })) {
    if (outcome.ok) { analyzed.push(outcome.article); stories.add(outcome.article); }
    else diagnostics.push(outcome.diagnostic);
  }
  const problems = [...diagnostics, ...analyzed.flatMap((a) => a.diagnostics)];
  for (const d of problems) if (d.level !== 'info' || values.verbose) io.err(formatDiagnostic(d));
  if (analyzed.length === 0) {
    io.err(`corroborate analyze: no article could be read from ${positionals.join(', ')}\n`);
    return 1;
  }
  const articles = analyzed;
  const built = stories.build();
  const json = toJson(articles, built, diagnostics);
  // One Brief per story: the terminal brief and report.html render the same one.
  const briefs = built.map((story) => buildBrief(story, articles));
  const brief = renderText(briefs);
  if (values.out) {
    try {
      await writeFile(join(values.out, 'story.json'), `${JSON.stringify(json, null, 2)}\n`);
      await writeFile(join(values.out, 'brief.txt'), brief);
      await writeFile(join(values.out, 'report.html'), renderReport(briefs, articles, new Date().toISOString()));
    } catch (e) { return fileSystemFailure('analyze', '--out', e, io); }
  }
  io.out(values.json ? `${JSON.stringify(json, null, 2)}\n` : printable(brief));
  return 0;
}

/** Evaluations of DESIGN.md's contract: module under src/eval/, its exported function, what it reads. */
const EVALUATIONS: Readonly<Record<string, { fn: string; arg: 'DIR' | 'FILE'; reads: string; what: string }>> = {
  extract: { fn: 'evalExtract', arg: 'DIR', reads: 'DIR (html/<id>.html.gz + ground-truth.json)', what: 'HTML main-text extraction (article-extraction-benchmark layout)' },
  ner: { fn: 'evalNer', arg: 'FILE', reads: 'FILE (CoNLL columns)', what: 'the entity tagger on a CoNLL file' },
  parse: { fn: 'evalParse', arg: 'FILE', reads: 'FILE (CoNLL-U)', what: 'the tagger and parser on a CoNLL-U file (UPOS, UAS, LAS)' },
  stories: { fn: 'evalStories', arg: 'FILE', reads: 'FILE (JSONL with cluster)', what: 'story grouping (B-cubed) on JSONL with gold clusters' },
  incidents: { fn: 'evalIncidents', arg: 'DIR', reads: 'DIR (articles.jsonl with cluster + incidents.json)', what: 'grouping and incident records on DIR/articles.jsonl + incidents.json' },
  coref: { fn: 'evalCoref', arg: 'DIR', reads: 'DIR (ECB+ xml)', what: 'cross-document entity coreference on ECB+' },
  events: { fn: 'evalEvents', arg: 'FILE', reads: 'FILE (PLOVER gold JSON)', what: 'event coding on PLOVER gold records' },
  derivation: { fn: 'evalDerivation', arg: 'FILE', reads: 'FILE (JSONL with group and from)', what: 'copy and rewrite detection on JSONL with gold derivations' },
};

async function evalCommand(args: readonly string[], io: Io): Promise<ExitCode> {
  if (args.includes('--help') || args.includes('-h')) { io.out(`${evalUsage()}\n`); return 0; }
  const [kind, target, ...extra] = args;
  const known = Object.keys(EVALUATIONS).join('|');
  if (!kind || !target || extra.length) throw new UsageError(`usage: corroborate eval ${known} DIR_OR_FILE`);
  const spec = EVALUATIONS[kind];
  if (!spec) throw new UsageError(`unknown evaluation '${kind}' (available: ${known.replaceAll('|', ', ')})`);
  if (!existsSync(target)) { io.err(`corroborate eval ${kind}: ${target} does not exist (expected ${spec.reads})\n`); return 1; }
  const isFolder = statSync(target).isDirectory();
  if (isFolder !== (spec.arg === 'DIR')) {
    io.err(`corroborate eval ${kind}: ${target} is a ${isFolder ? 'folder' : 'file'} (expected ${spec.reads})\n`);
    return 1;
  }
  // Evaluations load lazily: analysing articles never pays for their imports.
  const mod = (await import(`../eval/${kind}.js`)) as Record<string, (target: string, out: (line: string) => void) => Promise<unknown>>;
  try {
    await mod[spec.fn]!(target, (line) => io.out(`${line}\n`));
  } catch (e) {
    // A file of another format, unreadable or truncated: name the input and what went wrong.
    io.err(`corroborate eval ${kind}: ${target}: ${e instanceof Error ? e.message : String(e)} (expected ${spec.reads})\n`);
    return 1;
  }
  return 0;
}

