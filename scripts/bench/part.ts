// node dist/scripts/bench/part.js long|load: one part of `npm run bench` alone (the whole bench takes minutes).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { benchLongArticles } from './long.js';
import { benchLoad, DEFAULT_LOAD, printLoad } from './load.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SHARED_DATA = resolve(REPO, '..', 'shared', 'data');
const part = process.argv[2];

if (part === 'long') {
  benchLongArticles(createPipeline(), SHARED_DATA, process.env.BENCH_LONG_KB?.split(',').map((kb) => Number(kb) * 1024));
} else if (part === 'load') {
  const options = { ...DEFAULT_LOAD, seconds: Number(process.env.BENCH_LOAD_SECONDS ?? DEFAULT_LOAD.seconds) };
  printLoad(await benchLoad(REPO, SHARED_DATA, options), options);
} else {
  console.error('usage: node dist/scripts/bench/part.js long|load');
  process.exitCode = 2;
}
