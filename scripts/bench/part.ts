// node dist/scripts/bench/part.js stages|long|load: one part of `npm run bench` alone (the whole bench takes minutes).
// stages: BENCH_BYTES (default 2 MB of generated corpus) and BENCH_RUNS (default 5), as in the whole bench.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { benchLongArticles } from './long.js';
import { benchLoad, DEFAULT_LOAD, printLoad } from './load.js';
import { buildCorpus } from './corpus.js';
import { benchStages, printStages, timer } from './stages.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SHARED_DATA = resolve(REPO, '..', 'shared', 'data');
const part = process.argv[2];

if (part === 'stages') {
  const files = buildCorpus(resolve(REPO, 'examples'), Number(process.env.BENCH_BYTES ?? 2 * 1024 * 1024));
  const { rows, drafts, tokens, inputBytes } = benchStages(files, createPipeline(), timer(Number(process.env.BENCH_RUNS ?? 5)));
  console.log(`corpus: ${files.length} files, ${(inputBytes / 1048576).toFixed(1)} MB input, ${drafts.length} articles, ${tokens.toLocaleString('en-US')} tokens`);
  printStages(rows);
} else if (part === 'long') {
  benchLongArticles(createPipeline(), SHARED_DATA, process.env.BENCH_LONG_KB?.split(',').map((kb) => Number(kb) * 1024));
} else if (part === 'load') {
  const options = { ...DEFAULT_LOAD, seconds: Number(process.env.BENCH_LOAD_SECONDS ?? DEFAULT_LOAD.seconds) };
  printLoad(await benchLoad(REPO, SHARED_DATA, options), options);
} else {
  console.error('usage: node dist/scripts/bench/part.js stages|long|load');
  process.exitCode = 2;
}
