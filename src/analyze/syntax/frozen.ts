// A frozen perceptron's weights, read-only, in one of two layouts. Scoring is a hash lookup per
// feature, and its cost is the memory each lookup touches, so the layout follows the weights:
// - dense: each slot holds its key and then all `classes` weights (one memory access per feature);
//   best when most weights of a row are non-zero (the parser's 4 transitions);
// - sparse: a slot holds its key and where its non-zero (class, weight) pairs lie; best when rows are
//   mostly zeros (the arc labeller: about 6 of 54 labels per feature), a third of the memory or less.
// Both add a row's weights in class order and skip only zeros, so the scores are the same either way.

const EMPTY = -1;
/** Open-addressing tables are kept this full at most. */
const LOAD = 0.7;

export interface FrozenWeights {
  readonly classes: number;
  /** Adds the weights of `features[0..n)` to `scores` (length `classes`, zeroed here). */
  score(features: Int32Array, n: number, scores: Float64Array): void;
}

type Rows = (put: (key: number, weights: Float32Array) => void) => void;

/** Frozen weights of `rows` rows (`each` walks them, calling `put` once per row; it is walked twice). */
export function frozenWeights(classes: number, rows: number, each: Rows): FrozenWeights {
  let nonZero = 0;
  each((_, w) => { for (let c = 0; c < classes; c++) if (w[c] !== 0) nonZero++; });
  // bytes one lookup reads: a dense slot; a sparse slot and its pairs
  const denseBytes = 4 * (classes + 1), sparseBytes = 12 + (8 * nonZero) / Math.max(1, rows);
  return sparseBytes < denseBytes ? new SparseWeights(classes, rows, nonZero, each) : new DenseWeights(classes, rows, each);
}

function tableSize(rows: number): number {
  return Math.max(16, Math.ceil(rows / LOAD));
}

/** Each slot: the key, then the row's weights (two views of one buffer). */
export class DenseWeights implements FrozenWeights {
  private readonly keys: Int32Array;
  private readonly weights: Float32Array;

  constructor(readonly classes: number, rows: number, each: Rows) {
    const stride = classes + 1, size = tableSize(rows);
    const buffer = new ArrayBuffer(size * stride * 4);
    const keys = (this.keys = new Int32Array(buffer)), weights = (this.weights = new Float32Array(buffer));
    for (let s = 0; s < size; s++) keys[s * stride] = EMPTY;
    each((key, row) => {
      let s = key % size;
      while (keys[s * stride] !== EMPTY) s = s + 1 === size ? 0 : s + 1;
      keys[s * stride] = key;
      weights.set(row.subarray(0, classes), s * stride + 1);
    });
  }

  score(features: Int32Array, n: number, scores: Float64Array): void {
    const C = this.classes, keys = this.keys, weights = this.weights;
    const stride = C + 1, size = keys.length / stride;
    scores.fill(0, 0, C);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let base = (key % size) * stride;
      for (let k = keys[base]!; k !== key; k = keys[base]!) {
        if (k === EMPTY) { base = -1; break; }
        base = base + stride === keys.length ? 0 : base + stride;
      }
      if (base < 0) continue;
      for (let c = 0; c < C; c++) scores[c]! += weights[base + 1 + c]!;
    }
  }
}

/** Each slot: the key and the [start, end) of its pairs; pairs are (class, weight), side by side. */
export class SparseWeights implements FrozenWeights {
  private readonly slots: Int32Array;
  private readonly pairClass: Int32Array;
  private readonly pairWeight: Float32Array;

  constructor(readonly classes: number, rows: number, nonZero: number, each: Rows) {
    const size = tableSize(rows);
    const slots = (this.slots = new Int32Array(size * 3));
    for (let s = 0; s < size; s++) slots[s * 3] = EMPTY;
    const pairs = new ArrayBuffer(nonZero * 8);
    const pairClass = (this.pairClass = new Int32Array(pairs)), pairWeight = (this.pairWeight = new Float32Array(pairs));
    let at = 0;
    each((key, row) => {
      let s = key % size;
      while (slots[s * 3] !== EMPTY) s = s + 1 === size ? 0 : s + 1;
      slots[s * 3] = key;
      slots[s * 3 + 1] = at;
      for (let c = 0; c < classes; c++) if (row[c] !== 0) { pairClass[at * 2] = c; pairWeight[at * 2 + 1] = row[c]!; at++; }
      slots[s * 3 + 2] = at;
    });
  }

  score(features: Int32Array, n: number, scores: Float64Array): void {
    const slots = this.slots, pairClass = this.pairClass, pairWeight = this.pairWeight;
    const size = slots.length / 3;
    scores.fill(0, 0, this.classes);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let s = (key % size) * 3;
      for (let k = slots[s]!; k !== key; k = slots[s]!) {
        if (k === EMPTY) { s = -1; break; }
        s = s + 3 === slots.length ? 0 : s + 3;
      }
      if (s < 0) continue;
      for (let j = slots[s + 1]! * 2, end = slots[s + 2]! * 2; j < end; j += 2) scores[pairClass[j]!]! += pairWeight[j + 1]!;
    }
  }
}
