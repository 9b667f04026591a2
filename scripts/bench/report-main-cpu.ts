import { readFileSync } from 'node:fs';

// Loaded with `node --import` into a CLI process: at exit it prints the CPU time of the process's main
// thread alone (user + system, from /proc; Linux only) to stderr, as `main-thread-cpu-ms N`. Ingest's
// main thread groups, builds and writes stories while worker threads analyse: this is its share.
process.on('exit', () => {
  let stat: string;
  try { stat = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8'); } catch { process.stderr.write('main-thread-cpu-ms unknown (no /proc here)\n'); return; }
  // Fields after the command name (which may hold spaces): utime and stime are the 14th and 15th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  process.stderr.write(`main-thread-cpu-ms ${(Number(fields[11]) + Number(fields[12])) * 10}\n`);
});
