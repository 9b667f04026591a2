// The cost of one new article as the store grows: `corroborate ingest one.txt` into SQLite stores of
// 500 and 10,000 real articles (real-texts.ts: the texts of ../shared/data the scale bench ingests,
// varied past them, so every text is new). The stores are built once
// (minutes) and kept in BENCH_STORE_CACHE (default: the system's temporary folder).
// Run: npm run build && nice node dist/scripts/bench/one-article.js
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOneArticle } from './store.js';
import { benchTexts, realTexts } from './real-texts.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const DATA = resolve(REPO, '..', 'shared', 'data');
const SIZES = (process.env.BENCH_ONE_SIZES ?? '500,10000').split(',').map(Number);

const real = realTexts(DATA);
if (real.length === 0) { console.log(`skipped: no data in ${DATA}`); process.exit(0); }
const texts = benchTexts(real, Math.max(...SIZES) + 1).map((t) => t.text);
const cache = process.env.BENCH_STORE_CACHE ?? join(tmpdir(), 'corroborate-bench-one-texts2');
console.log(`ingest of one article (CLI wall time, median of 3; ${real.length} real texts, varied past them; stores in ${cache}):`);
const figures = await benchOneArticle(texts, SIZES, cache);
for (const f of figures) console.log(`  into ${String(f.stored).padStart(6)} articles: ${f.seconds.toFixed(2)} s`);
if (figures.length > 1) console.log(`  ratio ${(figures.at(-1)!.seconds / figures[0]!.seconds).toFixed(2)} (${figures.at(-1)!.stored} vs ${figures[0]!.stored})`);
