import { seededRandom, shuffle } from '../../core/random.js';
import { NUM_TAGS } from './tags.js';
import { TRANS_SIZE, viterbi } from './viterbi.js';

const T = NUM_TAGS;

/** One training sentence: the feature ids of each token (CSR: token i owns ids[offsets[i]..offsets[i+1]]) and gold tags. */
export interface TrainingSentence {
  ids: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

export interface ChainWeights {
  /** numFeatures x T, row-major. */
  weights: Float32Array;
  /** (T + 1) x T: row 0 is the sentence start. */
  trans: Float32Array;
}

/** Emission scores of a sentence under `weights` into `emit` (n x T). */
export function emissions(weights: ArrayLike<number>, ids: Int32Array, offsets: Int32Array, n: number, emit: Float64Array): void {
  emit.fill(0, 0, n * T);
  for (let i = 0; i < n; i++) {
    const base = i * T;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = ids[k]! * T;
      for (let t = 0; t < T; t++) emit[base + t]! += weights[row + t]!;
    }
  }
}


/**
 * Structured averaged perceptron (Collins 2002) over BILOU tags with constrained Viterbi:
 * `epochs` passes over the sentences in a seeded shuffled order; returns the averaged weights.
 */
export function trainPerceptron(
  data: readonly TrainingSentence[],
  numFeatures: number,
  opts: { epochs: number; seed: number; log?: (line: string) => void },
): ChainWeights {
  const w = new Float64Array(numFeatures * T), u = new Float64Array(numFeatures * T);
  const tw = new Float64Array(TRANS_SIZE), tu = new Float64Array(TRANS_SIZE);
  let maxLen = 1;
  for (const s of data) maxLen = Math.max(maxLen, s.gold.length);
  const emit = new Float64Array(maxLen * T);
  const pred = new Uint8Array(maxLen);
  const order = data.map((_, i) => i);
  const random = seededRandom(opts.seed);
  let c = 1;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    shuffle(order, random);
    let wrong = 0, tokens = 0;
    for (const idx of order) {
      const s = data[idx]!;
      const n = s.gold.length;
      emissions(w, s.ids, s.offsets, n, emit);
      viterbi(emit, n, tw, pred);
      tokens += n;
      let same = true;
      for (let i = 0; i < n; i++) if (pred[i] !== s.gold[i]) { same = false; wrong++; }
      if (!same) {
        for (let i = 0; i < n; i++) {
          const g = s.gold[i]!, p = pred[i]!;
          const gp = i > 0 ? s.gold[i - 1]! + 1 : 0, pp = i > 0 ? pred[i - 1]! + 1 : 0;
          if (g !== p || gp !== pp) {
            const kg = gp * T + g, kp = pp * T + p;
            tw[kg]! += 1; tu[kg]! += c;
            tw[kp]! -= 1; tu[kp]! -= c;
          }
          if (g === p) continue;
          for (let k = s.offsets[i]!; k < s.offsets[i + 1]!; k++) {
            const row = s.ids[k]! * T;
            w[row + g]! += 1; u[row + g]! += c;
            w[row + p]! -= 1; u[row + p]! -= c;
          }
        }
      }
      c++;
    }
    opts.log?.(`epoch ${epoch + 1}: token errors ${(100 * wrong / tokens).toFixed(2)}%`);
  }
  const weights = new Float32Array(numFeatures * T);
  for (let k = 0; k < weights.length; k++) weights[k] = w[k]! - u[k]! / c;
  const trans = new Float32Array(TRANS_SIZE);
  for (let k = 0; k < TRANS_SIZE; k++) trans[k] = tw[k]! - tu[k]! / c;
  return { weights, trans };
}
