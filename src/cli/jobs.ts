import { availableParallelism } from 'node:os';
import { UsageError } from './io.js';

// --jobs N of analyze, ingest and serve: how many threads analyse articles.

export const JOBS_USAGE = `--jobs N: threads that analyse articles (default: the ${availableParallelism()} cores here; 1 analyses on the main thread)`;

/** The --jobs value, or the number of cores when it is not given. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return availableParallelism();
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--jobs needs a positive whole number of threads, not '${value}'`);
  return Number(value);
}
