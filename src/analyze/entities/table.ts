// Interning tables for the tagger: strings to small ids (atoms, shapes) and feature keys (two
// int32s) to rows, in an open-addressing hash table so the hot loop never hashes a string.

/** Strings to ids 1.. (0 = unknown). When `frozen`, unknown strings get 0 instead of a new id. */
export class AtomTable {
  private readonly ids = new Map<string, number>();
  readonly strings: string[] = [''];
  frozen = false;
  constructor(private readonly cap = 0x1ffffff) {}
  id(s: string): number {
    const id = this.ids.get(s);
    if (id !== undefined) return id;
    if (this.frozen) return 0;
    if (this.strings.length >= this.cap) return this.cap;
    const next = this.strings.length;
    this.ids.set(s, next);
    this.strings.push(s);
    return next;
  }
  get size(): number {
    return this.strings.length;
  }
  static from(strings: readonly string[], cap?: number): AtomTable {
    const t = new AtomTable(cap);
    for (let i = 1; i < strings.length; i++) t.id(strings[i]!);
    t.frozen = true;
    return t;
  }
}

/** (k1, k2) -> row id, k1 never 0. Rows are numbered in insertion order. */
export class FeatureTable {
  // Slots of three int32s (k1, k2, row), interleaved so that a probe touches one cache line.
  private slots: Int32Array;
  private mask: number;
  size = 0;
  frozen = false;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    const slots = this.slots;
    for (;;) {
      const k = slots[i * 3]!;
      if (k === 0 || (k === a && slots[i * 3 + 1] === b)) return i * 3;
      i = (i + 1) & this.mask;
    }
  }

  /** The row of (a, b); when absent: -1 if frozen, else a new row. */
  id(a: number, b: number): number {
    const i = this.slot(a, b);
    const slots = this.slots;
    if (slots[i] !== 0) return slots[i + 2]!;
    if (this.frozen) return -1;
    slots[i] = a; slots[i + 1] = b; slots[i + 2] = this.size;
    if (++this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const old = this.slots;
    const cap = (this.mask + 1) * 2;
    this.slots = new Int32Array(cap * 3);
    this.mask = cap - 1;
    for (let i = 0; i < old.length; i += 3) {
      if (old[i] === 0) continue;
      const j = this.slot(old[i]!, old[i + 1]!);
      this.slots[j] = old[i]!; this.slots[j + 1] = old[i + 1]!; this.slots[j + 2] = old[i + 2]!;
    }
  }

  /** Keys in row order. */
  keys(): { k1: Int32Array; k2: Int32Array } {
    const a = new Int32Array(this.size), b = new Int32Array(this.size);
    const slots = this.slots;
    for (let i = 0; i < slots.length; i += 3) {
      if (slots[i] === 0) continue;
      a[slots[i + 2]!] = slots[i]!; b[slots[i + 2]!] = slots[i + 1]!;
    }
    return { k1: a, k2: b };
  }

  static from(k1: Int32Array, k2: Int32Array): FeatureTable {
    const t = new FeatureTable(k1.length);
    for (let r = 0; r < k1.length; r++) t.id(k1[r]!, k2[r]!);
    t.frozen = true;
    return t;
  }
}
