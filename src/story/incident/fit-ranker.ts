import type { FieldRanker } from './ranker.js';

// Fitting a conditional logit: for each example (one field of one story), the softmax over its
// candidates' scores should put its mass on the right one. Full-batch gradient descent with Adam and
// an L2 penalty (deterministic: no sampling). Used by scripts/incident/train-fields.ts; pure.

export interface RankingExample {
  candidates: readonly { features: Readonly<Record<string, number>> }[];
  /** Index of the right candidate. */
  right: number;
}

export interface FitOptions {
  /** L2 penalty per weight, summed over the batch as the loss is. */
  l2: number;
  iterations: number;
  rate: number;
}

export const FIT_DEFAULTS: FitOptions = { l2: 1, iterations: 1500, rate: 0.05 };

export function fitRanker(examples: readonly RankingExample[], options: Partial<FitOptions> = {}): FieldRanker {
  const o = { ...FIT_DEFAULTS, ...options };
  const names = [...new Set(examples.flatMap((e) => e.candidates.flatMap((c) => Object.keys(c.features))))].sort();
  const index = new Map(names.map((f, i) => [f, i]));
  const rows = examples.map((e) => e.candidates.map((c) => Object.entries(c.features).map(([f, x]) => [index.get(f)!, x] as const)));
  const n = names.length;
  const w = new Float64Array(n), m = new Float64Array(n), v = new Float64Array(n), g = new Float64Array(n);
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= o.iterations; t++) {
    g.fill(0);
    rows.forEach((cands, i) => {
      const z = cands.map((row) => row.reduce((s, [j, x]) => s + w[j]! * x, 0));
      const top = Math.max(...z);
      const p = z.map((s) => Math.exp(s - top));
      const sum = p.reduce((a, b) => a + b, 0);
      cands.forEach((row, k) => {
        const err = p[k]! / sum - (k === examples[i]!.right ? 1 : 0);
        for (const [j, x] of row) g[j]! += err * x;
      });
    });
    for (let j = 0; j < n; j++) {
      g[j]! += o.l2 * w[j]!;
      m[j] = b1 * m[j]! + (1 - b1) * g[j]!;
      v[j] = b2 * v[j]! + (1 - b2) * g[j]! * g[j]!;
      w[j]! -= o.rate * (m[j]! / (1 - b1 ** t)) / (Math.sqrt(v[j]! / (1 - b2 ** t)) + eps);
    }
  }
  const weights: Record<string, number> = {};
  names.forEach((f, j) => { const x = Math.round(w[j]! * 1e4) / 1e4; if (x !== 0) weights[f] = x; });
  return { weights };
}
