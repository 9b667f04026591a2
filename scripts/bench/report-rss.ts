import { appendFileSync } from 'node:fs';

// Loaded with `node --import` into a CLI process the scale bench times: at exit it appends the
// process's peak resident memory (KB; worker threads included, they share the process) to
// $BENCH_RSS_FILE, so the bench reads the figure of the process it ran, not its own.
const file = process.env.BENCH_RSS_FILE;
if (file) process.on('exit', () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
