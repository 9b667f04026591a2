// The cost of one new article as the store grows: `corroborate ingest one.txt` into SQLite stores of
// 500 and 10,000 real articles (../shared/data: GVA, ECB+, the extraction benchmark; past those, each
// text again with its paragraphs in another order, so every text is new). The stores are built once
// (minutes) and kept in BENCH_STORE_CACHE (default: the system's temporary folder).
// Run: npm run build && nice node dist/scripts/bench/one-article.js
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchOneArticle } from './store.js';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
const DATA = resolve(REPO, '..', 'shared', 'data');
const SIZES = (process.env.BENCH_ONE_SIZES ?? '500,10000').split(',').map(Number);

function realTexts(): string[] {
  const out: string[] = [];
  for (const file of [join(DATA, 'gva', 'articles.jsonl'), join(DATA, 'ecbplus', 'dev.jsonl')]) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  }
  const html = join(DATA, 'extraction', 'html');
  if (existsSync(html)) for (const f of readdirSync(html).sort()) {
    // Tags stripped roughly: a text for the timing, not an extraction.
    const text = gunzipSync(readFileSync(join(html, f))).toString('utf8').replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ').replace(/<[^>]+>/g, '\n').replace(/\n\s*\n+/g, '\n\n').trim();
    if (text) out.push(text);
  }
  return out;
}

/** The real texts, then each again with its paragraphs rotated (the title kept first) until there are `n`. */
function varied(texts: readonly string[], n: number): string[] {
  const out = [...texts];
  for (let round = 1; out.length < n; round++) for (const t of texts) {
    if (out.length >= n) break;
    const paras = t.split('\n\n');
    const body = paras.slice(1);
    out.push([paras[0], ...body.map((_, k) => body[(k + round) % body.length])].join('\n\n') + `\n\n(${round})`);
  }
  return out;
}

const real = realTexts();
if (real.length === 0) { console.log(`skipped: no data in ${DATA}`); process.exit(0); }
const texts = varied(real, Math.max(...SIZES) + 1);
const cache = process.env.BENCH_STORE_CACHE ?? join(tmpdir(), 'corroborate-bench-one');
console.log(`ingest of one article (CLI wall time, median of 3; ${real.length} real texts, varied past them; stores in ${cache}):`);
const figures = benchOneArticle(join(REPO, 'dist', 'bin', 'corroborate.js'), texts, SIZES, cache);
for (const f of figures) console.log(`  into ${String(f.stored).padStart(6)} articles: ${f.seconds.toFixed(2)} s`);
if (figures.length > 1) console.log(`  ratio ${(figures.at(-1)!.seconds / figures[0]!.seconds).toFixed(2)} (${figures.at(-1)!.stored} vs ${figures[0]!.stored})`);
