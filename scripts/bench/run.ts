// npm run bench: speed and memory of each stage on a generated corpus of our own examples.
// Prints figures only; nothing here is a test. Median of several runs per stage.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { segment } from '../../src/clean/index.js';
import { readBytes, type Draft } from '../../src/read/index.js';
import type { AnalyzedArticle, Article, Analysis, Diagnostic } from '../../src/core/model.js';
import { identifyLanguage } from '../../src/clean/language.js';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { prepareArticle } from '../../src/clean/prepare.js';
import { buildStories } from '../../src/story/story.js';
import { createStoryContext } from '../../src/story/context.js';
import { reporter } from '../../src/core/report.js';
import type { Layer } from '../../src/core/model.js';
import { buildCorpus } from './corpus.js';
import { benchStore, REGROUPS } from './store.js';
import { benchLongArticles } from './long.js';
import { benchPool } from './pool.js';
import { benchLoad, printLoad } from './load.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MIN_BYTES = Number(process.env.BENCH_BYTES ?? 6 * 1024 * 1024);

const files = buildCorpus(resolve(REPO, 'examples'), MIN_BYTES);
const inputBytes = files.reduce((n, f) => n + f.bytes.length, 0);
const sink: Diagnostic[] = [];
let drafts: Draft[] = [];
// The entity model's load time: once per process, before any article.
const loadStart = process.hrtime.bigint();
const pipeline = createPipeline();
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

let peakRss = process.memoryUsage().rss;
const samplePeak = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}
function time(fn: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const t0 = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    samplePeak();
  }
  return median(times);
}

const rows: { stage: string; seconds: number; articles: number; tokens: number; bytes: number }[] = [];
function row(stage: string, seconds: number, articles: number, tokens: number, bytes: number) {
  rows.push({ stage, seconds, articles, tokens, bytes });
}

// read: decode, pick a reader, parse (HTML extraction included)
const tRead = time(() => { drafts = files.flatMap((f) => [...readBytes(f.origin, f.bytes, sink)]); });
const textBytes = drafts.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
let articles: Article[] = [];
const tClean = time(() => { for (const d of drafts) segment(d); });
const tLang = time(() => { for (const d of drafts) identifyLanguage(d.text, segment(d)); }) - tClean;
articles = drafts.map((d) => prepareArticle(d, []));
const analyses: Analysis[] = articles.map(() => ({}));
const stageTimes: [string, number][] = [];
for (const stage of pipeline.stages) {
  const t = time(() => {
    articles.forEach((a, i) => {
      (analyses[i] as Record<Layer, unknown>)[stage.assigns] = stage.run(a, analyses[i]!, pipeline.ctx, reporter([], stage.name));
    });
  });
  stageTimes.push([stage.name, t]);
}
const tokenCount = analyses.reduce((n, a) => n + (a.tokens?.length ?? 0), 0);
const analyzed: AnalyzedArticle[] = articles.map((a, i) => ({ ...a, ...analyses[i], diagnostics: [] }));
const storyContext = createStoryContext();
const tStories = time(() => { buildStories(analyzed, storyContext); });

row('read (decode + parse)', tRead, drafts.length, tokenCount, inputBytes);
row('clean (segments)', tClean, drafts.length, tokenCount, textBytes);
row('language', Math.max(tLang, 1e-9), drafts.length, tokenCount, textBytes);
for (const [name, t] of stageTimes) row(`stage ${name}`, t, drafts.length, tokenCount, textBytes);
row('stories (group + entities)', tStories, drafts.length, tokenCount, textBytes);
// The trained tagger + parser alone (models/syntax.bin), sentence by sentence: its share of the syntax stage
const syntaxModel = pipeline.ctx.syntax;
if (syntaxModel) {
  const sentences = articles.flatMap((a, i) => (analyses[i]!.sentences ?? []).map((s) => analyses[i]!.tokens!.slice(s.tokenStart, s.tokenEnd).map((t) => t.text)));
  const tParse = time(() => { for (const words of sentences) syntaxModel.analyze(words); });
  row('tagging + parsing (model)', tParse, drafts.length, tokenCount, textBytes);
}
const perArticle = rows.slice(1).filter((r) => !r.stage.startsWith('stories') && !r.stage.startsWith('tagging')).reduce((n, r) => n + r.seconds, 0);
row('analyze total (read..stages)', rows[0]!.seconds + perArticle, drafts.length, tokenCount, inputBytes);

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toFixed(1));
console.log(`corpus: ${files.length} files, ${(inputBytes / 1048576).toFixed(1)} MB input, ${drafts.length} articles, ${tokenCount.toLocaleString('en-US')} tokens; median of ${RUNS} runs; node ${process.version}`);
// share: of the per-article total (stories apart; the model row is a part of the syntax stage)
const analyzeTotal = rows[rows.length - 1]!.seconds;
console.log(`${'stage'.padEnd(30)} ${'articles/s'.padStart(12)} ${'tokens/s'.padStart(14)} ${'MB/s'.padStart(8)} ${'seconds'.padStart(8)} ${'share'.padStart(6)}`);
for (const r of rows)
  console.log(`${r.stage.padEnd(30)} ${fmt(r.articles / r.seconds).padStart(12)} ${fmt(r.tokens / r.seconds).padStart(14)} ${fmt(r.bytes / 1048576 / r.seconds).padStart(8)} ${r.seconds.toFixed(3).padStart(8)} ${`${((100 * r.seconds) / analyzeTotal).toFixed(1)}%`.padStart(6)}`);
console.log(`pipeline start-up (entity model '${pipeline.ctx.recognizer.name}', syntax model ${pipeline.ctx.syntax ? `'${pipeline.ctx.syntax.name}'` : 'absent (rules)'} loaded): ${loadMs.toFixed(0)} ms`);

// Per-article analysis on one core and on all cores (worker threads), over the same drafts.
const POOL_ARTICLES = Math.min(drafts.length, Number(process.env.BENCH_POOL_ARTICLES ?? 600));
console.log(`per-article analysis, ${POOL_ARTICLES} articles in input order (wall time; thread start-up apart):`);
for (const f of await benchPool(pipeline, drafts.slice(0, POOL_ARTICLES))) {
  samplePeak();
  console.log(`  ${f.label.padEnd(26)} ${fmt(f.tokens / f.seconds).padStart(9)} tokens/s  ${fmt(f.articles / f.seconds).padStart(7)} articles/s  ${f.seconds.toFixed(1).padStart(6)} s  start-up ${f.startSeconds.toFixed(1)} s${f.failed ? `  ${f.failed} failed` : ''}`);
}

// The store: ingest in batches of 100 (the CLI's default), once each (a store run is long).
const STORE_ARTICLES = Math.min(analyzed.length, Number(process.env.BENCH_STORE_ARTICLES ?? 1000));
console.log(`store ingest (SQLite file, batches of 100, ${STORE_ARTICLES} articles, one run each):`);
for (const [name, make] of Object.entries(REGROUPS)) {
  const f = await benchStore(analyzed.slice(0, STORE_ARTICLES), name, make());
  samplePeak();
  console.log(`  ${name.padEnd(12)} ${fmt(f.articles / f.seconds).padStart(8)} articles/s  ${f.seconds.toFixed(1).padStart(6)} s  last batch ${f.lastBatch.toFixed(2)} s  ${f.stories} stories`);
}
samplePeak();
console.log(`peak memory: rss ${(peakRss / 1048576).toFixed(0)} MB (max resident ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`);

// Time per article must grow with its length, not its square: BENCH_LONG_KB=50,200 picks other sizes.
benchLongArticles(pipeline, resolve(REPO, '..', 'shared', 'data'), process.env.BENCH_LONG_KB?.split(',').map((kb) => Number(kb) * 1024));

// The API's GET latency under 50 clients while articles are POSTed (a server child over a new store).
printLoad(await benchLoad(REPO, resolve(REPO, '..', 'shared', 'data')));
