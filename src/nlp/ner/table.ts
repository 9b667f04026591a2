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
  private k1: Int32Array;
  private k2: Int32Array;
  private rows: Int32Array;
  private mask: number;
  size = 0;
  frozen = false;

  constructor(capacity = 1 << 16) {
    let cap = 1;
    while (cap < capacity * 2) cap <<= 1;
    this.k1 = new Int32Array(cap);
    this.k2 = new Int32Array(cap);
    this.rows = new Int32Array(cap);
    this.mask = cap - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b ^ 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    const k1 = this.k1, k2 = this.k2;
    while (k1[i] !== 0 && (k1[i] !== a || k2[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The row of (a, b); when absent: -1 if frozen, else a new row. */
  id(a: number, b: number): number {
    const i = this.slot(a, b);
    if (this.k1[i] !== 0) return this.rows[i]!;
    if (this.frozen) return -1;
    this.k1[i] = a; this.k2[i] = b; this.rows[i] = this.size;
    if (++this.size * 2 > this.mask) this.grow();
    return this.size - 1;
  }

  private grow(): void {
    const { k1, k2, rows } = this;
    const cap = (this.mask + 1) * 2;
    this.k1 = new Int32Array(cap); this.k2 = new Int32Array(cap); this.rows = new Int32Array(cap);
    this.mask = cap - 1;
    for (let i = 0; i < k1.length; i++) {
      if (k1[i] === 0) continue;
      const j = this.slot(k1[i]!, k2[i]!);
      this.k1[j] = k1[i]!; this.k2[j] = k2[i]!; this.rows[j] = rows[i]!;
    }
  }

  /** Keys in row order. */
  keys(): { k1: Int32Array; k2: Int32Array } {
    const a = new Int32Array(this.size), b = new Int32Array(this.size);
    for (let i = 0; i <= this.mask; i++) {
      if (this.k1[i] === 0) continue;
      a[this.rows[i]!] = this.k1[i]!; b[this.rows[i]!] = this.k2[i]!;
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
