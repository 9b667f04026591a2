// npm run bench:scale: what one machine sustains. For each store size N it writes N real news texts
// (../shared/data; varied past the few thousand there are) to a folder of JSONL files and times
// `corroborate ingest` of it into a fresh SQLite store as a child process (wall time, articles/s,
// peak memory, disk per article), then the cost of `ingest one.txt` into that full store (median of
// three new texts). With a PostgreSQL URL (--pg URL, or CORROBORATE_BENCH_PG) it also queues
// --pg-articles texts and times 1, 2 and 4 `corroborate worker --until-empty` processes draining them.
// Prints figures only. Sizes: --sizes 1000,10000,50000 (default 1000,10000: 50k takes most of an hour
// on two cores).
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchTexts, realTexts, type BenchText } from './real-texts.js';
import { oneMoreSeconds, runCli } from './cli.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
}

const sizes = (option('sizes') ?? '1000,10000').split(',').map(Number);
const jobs = Number(option('jobs') ?? availableParallelism());
const pgUrl = option('pg') ?? process.env.CORROBORATE_BENCH_PG;
const pgArticles = Number(option('pg-articles') ?? 1000);
const data = resolve(REPO, '..', 'shared', 'data');

function writeJsonl(file: string, texts: readonly BenchText[]): void {
  writeFileSync(file, texts.map((t) => JSON.stringify({ id: t.origin, text: t.text, ...(t.title ? { title: t.title } : {}), ...(t.published ? { published: t.published } : {}) })).join('\n') + '\n');
}

/**
 * The texts as a folder of JSONL files of 1,000 each, the way a feed arrives: ingest reads one file at
 * a time, so the input costs the memory of one file and the figure is the ingest's, not the input's.
 */
const FILE_ARTICLES = 1000;
function writeFeed(folder: string, texts: readonly BenchText[]): void {
  mkdirSync(folder);
  for (let i = 0; i < texts.length; i += FILE_ARTICLES)
    writeJsonl(join(folder, `${String(i / FILE_ARTICLES).padStart(5, '0')}.jsonl`), texts.slice(i, i + FILE_ARTICLES));
}

/** A line on standard error every 1,000 articles of a long ingest (the standard output holds the figures only). */
function progress(n: number): (line: string) => void {
  const t0 = Date.now();
  let done = 0;
  return (line) => {
    if (!/^(added|unchanged) /.test(line) || ++done % 1000 !== 0) return;
    const s = (Date.now() - t0) / 1000;
    console.error(`  ${done} of ${n} articles in ${s.toFixed(0)} s (${(done / s).toFixed(1)}/s) at ${new Date().toISOString().slice(11, 19)}`);
  };
}

const real = realTexts(data);
if (real.length === 0) {
  console.log(`scale bench: skipped (${data} is absent: it holds the real texts the bench ingests)`);
  process.exit(0);
}
const largest = Math.max(...sizes);
// One pool of texts for every size: each store holds the first N, the new articles come after them.
const texts = benchTexts(real, largest + 3);
const fresh = texts.slice(largest);
console.log(`scale bench: ${real.length} real texts in ../shared/data (varied past them); ingest --jobs ${jobs}, batches of 100; node ${process.version}`);
console.log(`${'articles'.padStart(9)} ${'ingest s'.padStart(9)} ${'articles/s'.padStart(11)} ${'per day'.padStart(12)} ${'peak MB'.padStart(8)} ${'KB/article'.padStart(11)} ${'one more s'.padStart(11)}`);
for (const n of sizes) {
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-scale-'));
  try {
    const input = join(dir, 'input'), db = join(dir, 'store.db');
    writeFeed(input, texts.slice(0, n));
    const run = await runCli(['ingest', input, '--db', db, '--jobs', String(jobs)], dir, progress(n));
    const kb = statSync(db).size / 1024 / n;
    const one = await oneMoreSeconds(db, fresh.map((t) => t.text), dir);
    const rate = n / run.seconds;
    console.log(`${String(n).padStart(9)} ${run.seconds.toFixed(1).padStart(9)} ${rate.toFixed(1).padStart(11)} ${Math.round(rate * 86400).toLocaleString('en-US').padStart(12)} ${run.peakMb.toFixed(0).padStart(8)} ${kb.toFixed(1).padStart(11)} ${one.toFixed(2).padStart(11)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (pgUrl) {
  console.log(`PostgreSQL (${pgArticles} articles queued with ingest --queue, then W 'worker --until-empty' processes at once; each a fresh schema):`);
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-scale-pg-'));
  try {
    const input = join(dir, 'input.jsonl');
    writeJsonl(input, texts.slice(0, pgArticles));
    for (const workers of [1, 2, 4]) {
      const url = `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}schema=bench_${Date.now().toString(36)}_w${workers}`;
      await runCli(['ingest', input, '--queue', '--db', url], dir);
      const t0 = process.hrtime.bigint();
      const runs = await Promise.all(Array.from({ length: workers }, () => runCli(['worker', '--db', url, '--until-empty'], dir)));
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      const rate = pgArticles / seconds;
      console.log(`  ${workers} worker${workers > 1 ? 's' : ' '} ${seconds.toFixed(1).padStart(8)} s ${rate.toFixed(1).padStart(8)} articles/s ${Math.round(rate * 86400).toLocaleString('en-US').padStart(12)} a day  peak ${Math.max(...runs.map((r) => r.peakMb)).toFixed(0)} MB per worker`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
} else {
  console.log('PostgreSQL: skipped (give --pg postgres://… or CORROBORATE_BENCH_PG; scripts/pg/test-cluster.sh start makes a throwaway one)');
}
