// A frozen perceptron's weights, read-only, in one of four layouts. Scoring is a hash lookup per
// feature, and its cost is the memory each lookup touches, so the layout follows the weights:
// - dense: each slot holds its key and then all `classes` weights (one memory access per feature);
//   best when most weights of a row are non-zero (the parser's 4 transitions);
// - sparse: a slot holds its key and where its non-zero (class, weight) pairs lie; best when rows are
//   mostly zeros (the arc labeller: about 6 of 54 labels per feature), a third of the memory or less.
// - dense on a grid: a model file stores each weight as an int16 times one scale; the dense slot then
//   keeps the int16s (key and 4 weights in 12 bytes instead of 20) and rebuilds each float32 weight
//   exactly as loading made it (fround(q x scale)).
// - dense on a byte grid: a model file quantised to int8 (`train-syntax --weight-bits 8`; not the
//   committed model, see models/README.md): the key and 4 weights in 8 bytes, 8 slots to a cache line. Rows are summed as integers and scaled once, so
//   a score is the exact sum of q times the scale (one rounding, not one per weight).
// The float, sparse and int16 layouts add a row's weights in class order and skip only zeros, so
// their scores are the same.
// A table of a few MB lies past the processor's nearer caches, so each lookup waits on memory. The
// sparse and grid tables first touch every feature's home slot in a loop whose loads depend on
// nothing (the processor overlaps those waits), then probe: the probing loop's branches, which
// depend on the loaded keys, then read cached lines instead of waiting for each in turn.

const EMPTY = -1;
/**
 * Open-addressing tables are kept this full at most: at half full a found key takes 1.5 probes on
 * average and a missing one 2.5 (at 0.7: 2.2 and 6); 7% faster parsing for 40% more table memory.
 */
const LOAD = 0.5;
/** Bytes the processor reads from memory at once. */
const CACHE_LINE = 64;

export interface FrozenWeights {
  readonly classes: number;
  /** Adds the weights of `features[0..n)` to `scores` (length `classes`, zeroed here). */
  score(features: Int32Array, n: number, scores: Float64Array): void;
}

type Rows = (put: (key: number, weights: Float32Array) => void) => void;

/**
 * Frozen weights of `rows` rows (`each` walks them, calling `put` once per row; it is walked twice).
 * `grid`: the scale a model file quantised the weights with (each one fround(q x grid), q an int16), if any.
 */
export function frozenWeights(classes: number, rows: number, each: Rows, grid?: number): FrozenWeights {
  let nonZero = 0, onGrid = grid !== undefined && grid > 0, onBytes = onGrid;
  each((_, w) => {
    for (let c = 0; c < classes; c++) {
      if (w[c] !== 0) nonZero++;
      if (onGrid && !gridValue(w[c]!, grid!)) onGrid = onBytes = false;
      if (onBytes && Math.abs(Math.round(w[c]! / grid!)) > 127) onBytes = false;
    }
  });
  if (onBytes && 4 + 4 * Math.ceil(classes / 4) <= CACHE_LINE) return new ByteGridWeights(classes, rows, grid!, each);
  // bytes one lookup reads: a dense slot; a sparse slot and its pairs
  const denseBytes = onGrid ? 4 + 4 * Math.ceil(classes / 2) : 4 * (classes + 1), sparseBytes = 12 + (8 * nonZero) / Math.max(1, rows);
  // a dense slot within one cache line is one memory access; sparse is always two (slot, then pairs)
  if (denseBytes > CACHE_LINE && sparseBytes < denseBytes) return new SparseWeights(classes, rows, nonZero, each);
  return onGrid ? new GridWeights(classes, rows, grid!, each) : new DenseWeights(classes, rows, each);
}

/** Whether w is exactly fround(q x grid) for the int16 q nearest to w / grid. */
function gridValue(w: number, grid: number): boolean {
  const q = Math.round(w / grid);
  return q >= -32768 && q <= 32767 && Math.fround(q * grid) === w;
}

/**
 * The home slot of a key in a table of `size` slots: the key's top 24 bits scaled to the size (keys
 * are mixed hashes, so their top bits are as even as their remainders). A multiply instead of the
 * integer division of key % size, which cost more than the memory read it leads to.
 */
function home(key: number, size: number): number {
  return ((key >>> 7) * size * TWO_TO_MINUS_24) | 0;
}
const TWO_TO_MINUS_24 = 2 ** -24;

/**
 * A table of `stride` int32 slots per row (the key, then the packed weights), open-addressed from each key's home:
 * `pack` writes a row's weights into the slots after its key (the grid tables differ only in how they pack).
 */
function packedSlots(rows: number, stride: number, each: Rows, pack: (slots: Int32Array, at: number, row: Float32Array) => void): Int32Array {
  const size = tableSize(rows);
  const slots = new Int32Array(size * stride);
  for (let s = 0; s < size; s++) slots[s * stride] = EMPTY;
  each((key, row) => {
    let s = home(key, size);
    while (slots[s * stride] !== EMPTY) s = s + 1 === size ? 0 : s + 1;
    slots[s * stride] = key;
    pack(slots, s * stride + 1, row);
  });
  return slots;
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
      let s = home(key, size);
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
      let base = home(key, size) * stride;
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
      let s = home(key, size);
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
    touchHomes(slots, 3, size, features, n);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let s = home(key, size) * 3;
      for (let k = slots[s]!; k !== key; k = slots[s]!) {
        if (k === EMPTY) { s = -1; break; }
        s = s + 3 === slots.length ? 0 : s + 3;
      }
      if (s < 0) continue;
      for (let j = slots[s + 1]! * 2, end = slots[s + 2]! * 2; j < end; j += 2) scores[pairClass[j]!]! += pairWeight[j + 1]!;
    }
  }
}

/** Dense slots of int16 weights on one grid: the key, then two weights per int32 (low half first). */
export class GridWeights implements FrozenWeights {
  private readonly slots: Int32Array;
  private readonly stride: number;

  constructor(readonly classes: number, rows: number, private readonly grid: number, each: Rows) {
    const stride = (this.stride = 1 + Math.ceil(classes / 2));
    this.slots = packedSlots(rows, stride, each, (slots, at, row) => {
      for (let c = 0; c < classes; c++) slots[at + (c >> 1)]! |= (Math.round(row[c]! / grid) & 0xffff) << ((c & 1) * 16);
    });
  }

  score(features: Int32Array, n: number, scores: Float64Array): void {
    if (this.classes === 4) { this.score4(features, n, scores); return; }
    const C = this.classes, slots = this.slots, stride = this.stride, grid = this.grid;
    const size = slots.length / stride;
    scores.fill(0, 0, C);
    touchHomes(slots, stride, size, features, n);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let base = home(key, size) * stride;
      for (let k = slots[base]!; k !== key; k = slots[base]!) {
        if (k === EMPTY) { base = -1; break; }
        base = base + stride === slots.length ? 0 : base + stride;
      }
      if (base < 0) continue;
      for (let c = 0; c < C; c += 2) {
        const pair = slots[base + 1 + (c >> 1)]!;
        scores[c]! += Math.fround(((pair << 16) >> 16) * grid);
        if (c + 1 < C) scores[c + 1]! += Math.fround((pair >> 16) * grid);
      }
    }
  }

  /** Four classes (the parser's transitions, its hottest table): the same sums, each in its own register. */
  private score4(features: Int32Array, n: number, scores: Float64Array): void {
    const slots = this.slots, grid = this.grid, size = slots.length / 3;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    touchHomes(slots, 3, size, features, n);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let base = home(key, size) * 3;
      for (let k = slots[base]!; k !== key; k = slots[base]!) {
        if (k === EMPTY) { base = -1; break; }
        base = base + 3 === slots.length ? 0 : base + 3;
      }
      if (base < 0) continue;
      const a = slots[base + 1]!, b = slots[base + 2]!;
      s0 += Math.fround(((a << 16) >> 16) * grid); s1 += Math.fround((a >> 16) * grid);
      s2 += Math.fround(((b << 16) >> 16) * grid); s3 += Math.fround((b >> 16) * grid);
    }
    scores[0] = s0; scores[1] = s1; scores[2] = s2; scores[3] = s3;
  }
}

/** Dense slots of int8 weights on one grid: the key, then four weights per int32 (lowest byte first). */
export class ByteGridWeights implements FrozenWeights {
  private readonly slots: Int32Array;
  private readonly stride: number;
  private readonly sums: Int32Array;

  constructor(readonly classes: number, rows: number, private readonly grid: number, each: Rows) {
    const stride = (this.stride = 1 + Math.ceil(classes / 4));
    this.sums = new Int32Array(stride * 4);
    this.slots = packedSlots(rows, stride, each, (slots, at, row) => {
      for (let c = 0; c < classes; c++) slots[at + (c >> 2)]! |= (Math.round(row[c]! / grid) & 0xff) << ((c & 3) * 8);
    });
  }

  score(features: Int32Array, n: number, scores: Float64Array): void {
    const C = this.classes, slots = this.slots, stride = this.stride, sums = this.sums;
    const size = slots.length / stride;
    sums.fill(0);
    touchHomes(slots, stride, size, features, n);
    for (let i = 0; i < n; i++) {
      const key = features[i]!;
      let base = home(key, size) * stride;
      for (let k = slots[base]!; k !== key; k = slots[base]!) {
        if (k === EMPTY) { base = -1; break; }
        base = base + stride === slots.length ? 0 : base + stride;
      }
      if (base < 0) continue;
      for (let j = 1, c = 0; j < stride; j++, c += 4) {
        const word = slots[base + j]!;
        sums[c]! += (word << 24) >> 24; sums[c + 1]! += (word << 16) >> 24; sums[c + 2]! += (word << 8) >> 24; sums[c + 3]! += word >> 24;
      }
    }
    for (let c = 0; c < C; c++) scores[c] = sums[c]! * this.grid;
  }
}

/**
 * Reads the home slot of each feature key and nothing else: no branch waits on a load, so the
 * processor has many of these memory reads in flight at once, and the probes that follow find the
 * lines in cache. Returns what it read (folded) so that the reads cannot be dropped as unused.
 */
function touchHomes(slots: Int32Array, stride: number, size: number, features: Int32Array, n: number): number {
  let folded = 0;
  for (let i = 0; i < n; i++) folded ^= slots[home(features[i]!, size) * stride]!;
  return folded;
}
