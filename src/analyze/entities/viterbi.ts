import { NUM_TAGS, allowed, allowedLast } from './tags.js';

const T = NUM_TAGS;
/** Row -1 (sentence start) is stored at index 0: trans[(prev + 1) * T + next]. */
export const TRANS_SIZE = (T + 1) * T;

/** -Infinity where BILOU forbids a transition (or an ending), 0 elsewhere. */
export const TRANS_MASK: Float64Array = (() => {
  const m = new Float64Array(TRANS_SIZE + T);
  for (let p = -1; p < T; p++) for (let t = 0; t < T; t++) m[(p + 1) * T + t] = allowed(p, t) ? 0 : -Infinity;
  for (let t = 0; t < T; t++) m[TRANS_SIZE + t] = allowedLast(t) ? 0 : -Infinity;
  return m;
})();

/** For each tag, the tags allowed before it (BILOU), so the inner loop skips forbidden pairs. */
const PREVS: Int32Array[] = Array.from({ length: T }, (_, t) => {
  const list: number[] = [];
  for (let p = 0; p < T; p++) if (TRANS_MASK[(p + 1) * T + t] === 0) list.push(p);
  return Int32Array.from(list);
});

/** Working rows for viterbi, for sentences of up to `maxLength` tokens: made once per document, not per sentence (speed). */
export interface ViterbiScratch { score: Float64Array; back: Uint8Array }
export const viterbiScratch = (maxLength: number): ViterbiScratch => ({ score: new Float64Array(maxLength * T), back: new Uint8Array(maxLength * T) });

/**
 * Best BILOU sequence for emission scores `emit` (n x T, row-major) and transition weights
 * `trans` ((T + 1) x T), under the BILOU constraints. Writes the tags into `out`. Every cell of
 * the scratch rows it reads it has written first, so a scratch may be reused as it is.
 */
export function viterbi(emit: Float64Array, n: number, trans: ArrayLike<number>, out: Uint8Array, scratch: ViterbiScratch = viterbiScratch(n)): void {
  if (n === 0) return;
  const { score, back } = scratch;
  for (let t = 0; t < T; t++) score[t] = emit[t]! + trans[t]! + TRANS_MASK[t]!;
  for (let i = 1; i < n; i++) {
    const base = i * T, prevBase = base - T;
    for (let t = 0; t < T; t++) {
      let best = -Infinity, arg = 0;
      const prevs = PREVS[t]!;
      for (let j = 0; j < prevs.length; j++) {
        const p = prevs[j]!;
        const v = score[prevBase + p]! + trans[(p + 1) * T + t]!;
        if (v > best) { best = v; arg = p; }
      }
      score[base + t] = best + emit[base + t]!;
      back[base + t] = arg;
    }
  }
  let best = -Infinity, arg = 0;
  const last = (n - 1) * T;
  for (let t = 0; t < T; t++) {
    const v = score[last + t]! + TRANS_MASK[TRANS_SIZE + t]!;
    if (v > best) { best = v; arg = t; }
  }
  for (let i = n - 1; i >= 0; i--) {
    out[i] = arg;
    arg = back[i * T + arg]!;
  }
}
