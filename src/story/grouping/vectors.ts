// Sparse term vectors: the arithmetic that grouping's similarities are made of.

export type Weights = ReadonlyMap<string, number>;

/** How often each term occurs. */
export function countTerms(terms: Iterable<string>): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of terms) out.set(t, (out.get(t) ?? 0) + 1);
  return out;
}

/** Sublinear term frequency times a term weight (an IDF, or 1): `(1 + ln count) * weight(term)`. */
export function weigh(counts: ReadonlyMap<string, number>, weight: (term: string) => number = () => 1): Map<string, number> {
  const out = new Map<string, number>();
  for (const [t, c] of counts) out.set(t, (1 + Math.log(c)) * weight(t));
  return out;
}

/** The vector scaled to length 1 (an empty vector stays empty). */
export function unit(v: Weights): Map<string, number> {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  const out = new Map<string, number>();
  if (norm > 0) for (const [t, w] of v) out.set(t, w / norm);
  return out;
}

/** Dot product; for unit vectors, their cosine. */
export function dot(a: Weights, b: Weights): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) sum += w * v;
  }
  return sum;
}

/** The share of `a`'s weight on terms that `has` accepts; `empty` when `a` has no weight. */
export function share(a: Weights, has: (term: string) => boolean, empty: number): number {
  let total = 0, found = 0;
  for (const [t, w] of a) {
    total += w;
    if (has(t)) found += w;
  }
  return total > 0 ? found / total : empty;
}

/** The `n` heaviest terms, heaviest first (ties in term order, so the choice is reproducible). */
export function heaviest(v: Weights, n: number): string[] {
  return [...v].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)).slice(0, n).map(([t]) => t);
}
