import { basename } from 'node:path';
import { printable } from '../core/text.js';
import { clip } from '../render/format.js';

// The ingest progress line on a terminal (never in a pipe or a log): a bar, the count done out of
// those read so far, the rate, and the time left at that rate. Rewritten in place with \r.

const WIDTH = 24;

export interface ProgressBar {
  update(done: number, total: number, origin: string): void;
  finish(): void;
}

/** A progress line written through `write`; `now` (milliseconds) is the clock, injectable for tests. */
export function progressBar(write: (s: string) => void, now: () => number = Date.now): ProgressBar {
  const started = now();
  return {
    update(done, total, origin) {
      const filled = Math.min(WIDTH, Math.round((WIDTH * done) / Math.max(total, 1)));
      const seconds = (now() - started) / 1000;
      const rate = seconds > 0 ? done / seconds : 0;
      const left = rate > 0 ? (total - done) / rate : undefined;
      write(`\r[${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}] ${done}/${total} ${rateText(rate)} ETA ${duration(left)} ${printable(clip(basename(origin), 40))}\x1b[K`);
    },
    finish() { write('\r\x1b[K'); },
  };
}

function rateText(perSecond: number): string {
  return perSecond >= 1 || perSecond === 0 ? `${perSecond.toFixed(1)}/s` : `${(perSecond * 60).toFixed(1)}/min`;
}

/** "42s", "3m05s", "1h02m"; "--" while there is no rate yet. */
export function duration(seconds: number | undefined): string {
  if (seconds === undefined || !Number.isFinite(seconds)) return '--';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}
