// npm run bench: speed and memory of each stage on a generated corpus of our own examples.
// Prints figures only; nothing here is a test. Median of several runs per stage.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AnalyzedArticle } from '../../src/core/model.js';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { buildStories } from '../../src/story/story.js';
import { createStoryContext } from '../../src/story/context.js';
import { buildCorpus } from './corpus.js';
import { benchStages, fmt, printStages, timer } from './stages.js';
import { benchStore, REGROUPS } from './store.js';
import { benchLongArticles } from './long.js';
import { benchPool } from './pool.js';
import { benchLoad, printLoad } from './load.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const MIN_BYTES = Number(process.env.BENCH_BYTES ?? 6 * 1024 * 1024);

const files = buildCorpus(resolve(REPO, 'examples'), MIN_BYTES);
// The entity model's load time: once per process, before any article.
const loadStart = process.hrtime.bigint();
const pipeline = createPipeline();
const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;

let peakRss = process.memoryUsage().rss;
const samplePeak = () => { peakRss = Math.max(peakRss, process.memoryUsage().rss); };
const time = timer(RUNS, samplePeak);

const { rows, drafts, articles, analyses, tokens: tokenCount, inputBytes } = benchStages(files, pipeline, time);
const analyzed: AnalyzedArticle[] = articles.map((a, i) => ({ ...a, ...analyses[i], diagnostics: [] }));
const storyContext = createStoryContext();
const tStories = time(() => { buildStories(analyzed, storyContext); });
const textBytes = drafts.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
// stories apart from the per-article total, listed before the model row (a part of the syntax stage) and the total
const modelRow = rows.findIndex((r) => r.stage.startsWith('tagging'));
rows.splice(modelRow >= 0 ? modelRow : rows.length - 1, 0, { stage: 'stories (group + entities)', seconds: tStories, articles: drafts.length, tokens: tokenCount, bytes: textBytes });

console.log(`corpus: ${files.length} files, ${(inputBytes / 1048576).toFixed(1)} MB input, ${drafts.length} articles, ${tokenCount.toLocaleString('en-US')} tokens; median of ${RUNS} runs; node ${process.version}`);
printStages(rows);
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
