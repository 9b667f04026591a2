// npm run bench:part -- long|load: one part of `npm run bench` alone (the whole bench takes minutes).
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPipeline } from '../../src/analyze/pipeline.js';
import { benchLongArticles } from './long.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const SHARED_DATA = resolve(REPO, '..', 'shared', 'data');
const part = process.argv[2];

if (part === 'long') {
  benchLongArticles(createPipeline(), SHARED_DATA, process.env.BENCH_LONG_KB?.split(',').map((kb) => Number(kb) * 1024));
} else {
  console.error('usage: node dist/scripts/bench/part.js long');
  process.exitCode = 2;
}
