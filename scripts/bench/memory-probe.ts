import { appendFileSync } from 'node:fs';
import { writeHeapSnapshot } from 'node:v8';
import { threadId } from 'node:worker_threads';

// Loaded with `node --import` into a CLI process to see where its memory goes: every
// $BENCH_MEM_INTERVAL ms (default 2000) each thread (worker threads inherit the flag) appends
// "seconds thread rssMB heapUsedMB heapTotalMB externalMB arrayBuffersMB" to $BENCH_MEM_FILE.
// RSS is the process's (all threads); the heap figures are the thread's own.
const file = process.env.BENCH_MEM_FILE;
if (file) {
  const t0 = Date.now();
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const collect = (globalThis as { gc?: () => void }).gc;
  const sample = () => {
    // With --expose-gc, what is retained rather than what the collector has not reclaimed yet.
    collect?.();
    const m = process.memoryUsage();
    appendFileSync(file, `${((Date.now() - t0) / 1000).toFixed(1)} ${threadId} ${mb(m.rss)} ${mb(m.heapUsed)} ${mb(m.heapTotal)} ${mb(m.external)} ${mb(m.arrayBuffers)}\n`);
  };
  setInterval(sample, Number(process.env.BENCH_MEM_INTERVAL ?? 2000)).unref();
  // $BENCH_MEM_SNAPSHOT_AT seconds in, the main thread writes a heap snapshot (what holds the memory).
  const at = Number(process.env.BENCH_MEM_SNAPSHOT_AT);
  if (at > 0 && threadId === 0) setTimeout(() => console.error(`heap snapshot: ${writeHeapSnapshot()}`), at * 1000).unref();
}
