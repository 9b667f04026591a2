// The API under load: `corroborate serve` as a child process over a new SQLite store in a temporary
// folder (examples/ ingested first, so the GETs have stories to answer), then for a bounded time 50
// clients loop over GET requests while one more client POSTs real articles (../shared/data/gva,
// read there, never copied; examples/ when it is absent) in small batches. Prints the GET latency
// percentiles, the GET errors and how much the ingest stored meanwhile.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface LoadOptions { clients: number; seconds: number; jobs: number; batch: number }
export const DEFAULT_LOAD: LoadOptions = { clients: 50, seconds: 20, jobs: 1, batch: 5 };

export interface LoadFigures {
  gets: number; getErrors: number; p50: number; p99: number; max: number;
  posts: number; postErrors: number; stored: number; postP50: number;
}

/** Records for POST /api/articles: GVA report lines as they are, else our examples as text records. */
function articleRecords(repo: string, sharedData: string): { records: object[]; from: string } {
  const jsonl = join(sharedData, 'gva', 'articles.jsonl');
  if (existsSync(jsonl)) {
    const records = readFileSync(jsonl, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as object);
    return { records, from: jsonl };
  }
  const examples = join(repo, 'examples');
  const records = readdirSync(examples, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.txt'))
    .map((f) => ({ id: f, text: readFileSync(join(examples, f), 'utf8') }));
  return { records, from: `${examples} (${jsonl} is absent)` };
}

/** The server's child process, and its URL once it says where it listens. */
async function startServe(cli: string, db: string, jobs: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--db', db, '--jobs', String(jobs)], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '', err = '';
  child.stderr.on('data', (b: Buffer) => { err += b.toString(); });
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (b: Buffer) => { out += b.toString(); const m = /serve: (http:\/\/\S+)\//.exec(out); if (m) resolve(m[1]!); });
    child.once('exit', (code) => reject(new Error(`serve ended (${code}) before listening: ${err}`)));
  });
  const stop = () => new Promise<void>((resolve) => { child.once('exit', () => resolve()); child.kill('SIGINT'); });
  return { url, stop };
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? NaN;

export async function benchLoad(repo: string, sharedData: string, options: LoadOptions = DEFAULT_LOAD): Promise<LoadFigures & { from: string }> {
  const cli = join(repo, 'dist', 'bin', 'corroborate.js');
  const dir = mkdtempSync(join(tmpdir(), 'corroborate-load-'));
  const db = join(dir, 'store.db');
  const seeded = spawnSync(process.execPath, [cli, 'ingest', join(repo, 'examples'), '--db', db], { encoding: 'utf8' });
  if (seeded.status !== 0) throw new Error(`ingest of examples/ failed: ${seeded.stderr}`);
  const { records, from } = articleRecords(repo, sharedData);
  const server = await startServe(cli, db, options.jobs);
  try {
    const stories = (await (await fetch(`${server.url}/api/stories?limit=50`)).json()) as { stories: { id: string; articles?: { id: string }[] }[] };
    const storyIds = stories.stories.map((s) => s.id);
    const article = (await (await fetch(`${server.url}/api/stories/${storyIds[0]}`)).json()) as { story: { articles: string[] } };
    const paths = ['/api/stories', '/api/search?q=police', ...storyIds.slice(0, 5).map((id) => `/api/stories/${id}`),
      ...article.story.articles.slice(0, 3).map((id) => `/api/articles/${id}`)];
    const until = performance.now() + options.seconds * 1000;
    const latencies: number[] = [], postTimes: number[] = [];
    let getErrors = 0, posts = 0, postErrors = 0, stored = 0;

    const getter = async (client: number) => {
      for (let i = client; performance.now() < until; i++) {
        const t0 = performance.now();
        try {
          const r = await fetch(`${server.url}${paths[i % paths.length]}`);
          await r.arrayBuffer();
          if (r.status !== 200) getErrors++;
        } catch { getErrors++; }
        latencies.push(performance.now() - t0);
      }
    };
    const poster = async () => {
      for (let at = 0; performance.now() < until && at < records.length; at += options.batch) {
        const t0 = performance.now();
        try {
          const r = await fetch(`${server.url}/api/articles`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(records.slice(at, at + options.batch)) });
          const body = (await r.json()) as { added?: unknown[] };
          if (r.status >= 400) postErrors++;
          stored += body.added?.length ?? 0;
        } catch { postErrors++; }
        posts++;
        postTimes.push(performance.now() - t0);
      }
    };
    await Promise.all([poster(), ...Array.from({ length: options.clients }, (_, c) => getter(c))]);
    latencies.sort((a, b) => a - b);
    postTimes.sort((a, b) => a - b);
    return { gets: latencies.length, getErrors, p50: percentile(latencies, 0.5), p99: percentile(latencies, 0.99), max: latencies.at(-1) ?? NaN,
      posts, postErrors, stored, postP50: percentile(postTimes, 0.5), from };
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function printLoad(f: LoadFigures & { from: string }, options: LoadOptions = DEFAULT_LOAD): void {
  console.log(`API under load (serve --jobs ${options.jobs} as a child, SQLite; ${options.clients} GET clients for ${options.seconds} s while POSTs of ${options.batch} articles from ${f.from} run):`);
  console.log(`  GET  ${f.gets} requests (${(f.gets / options.seconds).toFixed(0)}/s), ${f.getErrors} errors; latency p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, max ${f.max.toFixed(1)} ms`);
  console.log(`  POST ${f.posts} requests, ${f.postErrors} errors, ${f.stored} articles stored; p50 ${(f.postP50 / 1000).toFixed(2)} s per batch`);
}
