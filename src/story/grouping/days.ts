// Days as numbers, for the time between two reports: the days a report is published on and the
// days it says its events happened on (resolved against its publication date by the dates stage).

/** Days since 1970-01-01 of a `YYYY-MM-DD` value (or of its first ten characters); undefined for a month or a year. */
export function dayNumber(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86400000 : undefined;
}

/** The fewest days between a day of one set and a day of the other; undefined when either is empty. */
export function closestGap(a: readonly number[], b: readonly number[]): number | undefined {
  if (a.length === 0 || b.length === 0) return undefined;
  const x = [...a].sort((p, q) => p - q), y = [...b].sort((p, q) => p - q);
  let i = 0, j = 0, best = Infinity;
  while (i < x.length && j < y.length) {
    best = Math.min(best, Math.abs(x[i]! - y[j]!));
    if (x[i]! < y[j]!) i++; else j++;
  }
  return best;
}
