// The CLI as the benches time it: a child process (its wall time and peak resident memory, worker
// threads included), and the cost of one more article, `corroborate ingest one.txt` into a full store
// (bench:scale's last column, one-article.ts).
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(fileURLToPath(new URL('../../..', import.meta.url)));
export const CLI = join(REPO, 'dist', 'bin', 'corroborate.js');
const RSS = join(REPO, 'dist', 'scripts', 'bench', 'report-rss.js');

export interface Run { seconds: number; peakMb: number; out: string }

/** Runs the CLI in `dir` (its scratch files go there). `onLine`: each line of its standard output, then not kept in `out`. */
export function runCli(args: readonly string[], dir: string, onLine?: (line: string) => void): Promise<Run> {
  const rssFile = join(dir, `rss-${Date.now()}-${Math.random().toString(36).slice(2)}`);
  return new Promise((done, fail) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', RSS, CLI, ...args], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '', partial = '';
    child.stdout.on('data', (b: Buffer) => {
      if (!onLine) { out += b; return; }
      const lines = (partial + b).split('\n');
      partial = lines.pop()!;
      lines.forEach(onLine);
    });
    child.stderr.on('data', (b: Buffer) => { out += b; });
    child.on('error', fail);
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0) return fail(new Error(`corroborate ${args.join(' ')} exited ${code}:\n${out.slice(-2000)}`));
      const peaks = readFileSync(rssFile, 'utf8').trim().split('\n').map(Number);
      rmSync(rssFile, { force: true });
      done({ seconds, peakMb: Math.max(...peaks) / 1024, out });
    });
  });
}

export const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * The cost of one more article in the store `db`: the wall time of `corroborate ingest one.txt
 * --jobs 1` (process start-up and model load included) for each of `texts`, their median. Each goes
 * into the store itself (it grows by one each time), or with `copies` into a fresh copy of it (every
 * run meets the same store; the copies are removed).
 */
export async function oneMoreSeconds(db: string, texts: readonly string[], dir: string, options: { copies?: boolean } = {}): Promise<number> {
  const times: number[] = [];
  for (const [i, text] of texts.entries()) {
    const file = join(dir, `one-${i}.txt`);
    writeFileSync(file, text);
    const into = options.copies ? join(dir, `copy-${i}.db`) : db;
    if (options.copies) copyFileSync(db, into);
    try {
      times.push((await runCli(['ingest', file, '--db', into, '--jobs', '1'], dir)).seconds);
    } finally {
      if (options.copies) for (const suffix of ['', '-wal', '-shm']) rmSync(into + suffix, { force: true });
      rmSync(file, { force: true });
    }
  }
  return median(times);
}
