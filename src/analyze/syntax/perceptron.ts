// A multiclass averaged perceptron over integer feature keys (see hash.ts). Weights live in rows,
// one row of `classes` numbers per feature key, found through an open-addressing table; a row is
// made the first time an update touches its key, so memory follows what training learns. The
// average is kept with the usual trick: alongside each weight w, u sums step x change, and the
// average after `steps` steps is w - u / steps (Daumé 2006), so an update costs O(features).

import { type FrozenWeights, frozenWeights } from './frozen.js';

const EMPTY = -1;

export class Perceptron {
  private slots: Int32Array;
  private slotRow: Int32Array;
  private mask: number;
  /** Row r holds weights[r * classes .. (r + 1) * classes]. */
  weights: Float32Array;
  /** Feature key of each row. */
  rowKeys: Int32Array;
  private sums: Float64Array | null;
  /** How many updates touched each row (training only): a rarely updated feature is pruned first. */
  private touched: Int32Array | null;
  rows = 0;
  /** Examples seen so far (training). */
  steps = 1;

  constructor(readonly classes: number, capacity = 1 << 12, training = true) {
    let size = 16;
    while (size < capacity * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(EMPTY);
    this.slotRow = new Int32Array(size);
    this.mask = size - 1;
    this.weights = new Float32Array(capacity * classes);
    this.rowKeys = new Int32Array(capacity);
    this.sums = training ? new Float64Array(capacity * classes) : null;
    this.touched = training ? new Int32Array(capacity) : null;
  }

  /** The row of a feature key, or -1 when the model has none. */
  row(key: number): number {
    const slots = this.slots, mask = this.mask;
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const k = slots[s]!;
      if (k === key) return this.slotRow[s]!;
      if (k === EMPTY) return -1;
    }
  }

  /** The row of a feature key, made (all zeros) when it is new. */
  private rowFor(key: number): number {
    const found = this.row(key);
    if (found >= 0) return found;
    if (this.rows >= this.rowKeys.length) this.grow();
    const r = this.rows++;
    this.rowKeys[r] = key;
    this.place(key, r);
    return r;
  }

  private place(key: number, r: number): void {
    const mask = this.mask;
    let s = key & mask;
    while (this.slots[s] !== EMPTY) s = (s + 1) & mask;
    this.slots[s] = key;
    this.slotRow[s] = r;
  }

  private grow(): void {
    const cap = Math.max(16, this.rowKeys.length * 2);
    const C = this.classes;
    const w = new Float32Array(cap * C); w.set(this.weights.subarray(0, this.rows * C)); this.weights = w;
    const k = new Int32Array(cap); k.set(this.rowKeys.subarray(0, this.rows)); this.rowKeys = k;
    if (this.sums) { const u = new Float64Array(cap * C); u.set(this.sums.subarray(0, this.rows * C)); this.sums = u; }
    if (this.touched) { const t = new Int32Array(cap); t.set(this.touched.subarray(0, this.rows)); this.touched = t; }
    if (this.slots.length * 0.6 < cap) this.rehash(this.slots.length * 2);
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size).fill(EMPTY);
    this.slotRow = new Int32Array(size);
    this.mask = size - 1;
    for (let r = 0; r < this.rows; r++) this.place(this.rowKeys[r]!, r);
  }

  /** Adds the weights of `features[0..n)` to `scores` (length `classes`, zeroed here). */
  score(features: Int32Array, n: number, scores: Float64Array): void {
    if (this.frozen) { this.frozen.score(features, n, scores); return; }
    const C = this.classes;
    scores.fill(0, 0, C);
    const w = this.weights;
    for (let i = 0; i < n; i++) {
      const r = this.row(features[i]!);
      if (r < 0) continue;
      const base = r * C;
      for (let c = 0; c < C; c++) scores[c]! += w[base + c]!;
    }
  }

  /** A frozen model's weights, in the layout that touches the least memory per feature (frozen.ts). */
  private frozen: FrozenWeights | null = null;

  /** Freezes a model for use: keys and weights move into one read-only table; no more updates. */
  freeze(): this {
    const C = this.classes, rows = this.rows;
    this.frozen = frozenWeights(C, rows, (put) => { for (let r = 0; r < rows; r++) put(this.rowKeys[r]!, this.weights.subarray(r * C, (r + 1) * C)); });
    return this;
  }

  /**
   * A frozen model built straight from stored rows (loading a model file): `each` calls `put` once per
   * row (it may be walked more than once). No growable table is built on the way, so loading costs
   * half the time and memory; such a model scores but has no rows to save again (save the trained model instead).
   * `grid`: the scale the file quantised the weights with (see frozen.ts).
   */
  static frozenFrom(classes: number, rows: number, each: (put: (key: number, weights: Float32Array) => void) => void, grid?: number): Perceptron {
    const p = new Perceptron(classes, 0, false);
    p.frozen = frozenWeights(classes, rows, each, grid);
    p.loadedOnly = true;
    return p;
  }

  /** Set on a model built by frozenFrom: it has no rows of its own. */
  loadedOnly = false;

  /** One perceptron step: towards `truth`, away from `guess` (nothing when they agree). */
  update(features: Int32Array, n: number, truth: number, guess: number): void {
    if (truth !== guess) {
      if (this.frozen) throw new Error('a frozen perceptron takes no updates');
      const C = this.classes, step = this.steps;
      for (let i = 0; i < n; i++) {
        const r = this.rowFor(features[i]!);
        const w = this.weights, u = this.sums!;
        w[r * C + truth]! += 1; u[r * C + truth]! += step;
        w[r * C + guess]! -= 1; u[r * C + guess]! -= step;
        this.touched![r]!++;
      }
    }
  }

  /** Counts one example (the clock of the average). */
  tick(): void { this.steps++; }

  /**
   * The averaged weights as a model for use: rows whose feature was updated fewer than `minTouched`
   * times, and weights smaller than `minWeight`, are dropped (pruning for a small file).
   */
  averaged(minTouched = 1, minWeight = 0): Perceptron {
    const C = this.classes, w = this.weights, u = this.sums!, t = this.touched!;
    const out = new Perceptron(C, this.rows, false);
    const row = new Float32Array(C);
    for (let r = 0; r < this.rows; r++) {
      if (t[r]! < minTouched) continue;
      let any = false;
      for (let c = 0; c < C; c++) {
        const v = w[r * C + c]! - u[r * C + c]! / this.steps;
        row[c] = Math.abs(v) < minWeight ? 0 : v;
        if (row[c] !== 0) any = true;
      }
      if (any) out.setRow(this.rowKeys[r]!, row);
    }
    return out;
  }

  /** Sets the weights of one feature (loading a model). */
  setRow(key: number, values: ArrayLike<number>): void {
    const r = this.rowFor(key);
    for (let c = 0; c < this.classes; c++) this.weights[r * this.classes + c] = values[c]!;
  }

  /** The weights of row r (a view). */
  rowWeights(r: number): Float32Array {
    return this.weights.subarray(r * this.classes, (r + 1) * this.classes);
  }
}

/** Index of the highest score among the allowed classes (`allowed` undefined: all); -1 when none is allowed. */
export function argmax(scores: Float64Array, classes: number, allowed?: (c: number) => boolean): number {
  let best = -1, bestScore = -Infinity;
  for (let c = 0; c < classes; c++) {
    if (allowed && !allowed(c)) continue;
    if (scores[c]! > bestScore) { bestScore = scores[c]!; best = c; }
  }
  return best;
}
