// The arc-eager transition system (Nivre 2003) with a dynamic oracle (Goldberg & Nivre 2012).
// Words are numbered 1..n; the root is n + 1, at the end of the buffer (Ballesteros & Nivre 2013:
// the root's dependent is chosen last, when the whole sentence has been seen, instead of first).
// Transitions: SHIFT pushes the buffer's first word b; REDUCE pops the top s (it must have its
// head); LEFT makes b the head of s and pops s; RIGHT makes s the head of b and pushes b. The parse
// ends when only the root is left and the stack is empty. Gold trees given to `costs` write the
// root as 0.

export const SHIFT = 0, REDUCE = 1, LEFT = 2, RIGHT = 3;
export const ACTIONS = 4;
export const NO_HEAD = -1;

export class ParseState {
  readonly stack: Int32Array;
  sp = 0;
  /** The buffer's first word (n + 1 when the buffer is empty). */
  b = 1;
  readonly heads: Int32Array;
  readonly labels: Int32Array;
  /** Leftmost, second leftmost, rightmost and second rightmost dependent of each word (0: none). */
  readonly l1: Int32Array; readonly l2: Int32Array; readonly r1: Int32Array; readonly r2: Int32Array;
  /** Left and right dependents counted, and the labels among them as two bit masks (labels 0-30, 31+). */
  readonly leftCount: Int32Array; readonly rightCount: Int32Array;
  readonly leftLabels: Int32Array; readonly rightLabels: Int32Array;
  readonly inStack: Uint8Array;

  /** The root's position: after the last word. */
  readonly root: number;

  constructor(readonly n: number) {
    const m = n + 2;
    this.root = n + 1;
    this.stack = new Int32Array(m);
    this.heads = new Int32Array(m).fill(NO_HEAD);
    this.labels = new Int32Array(m).fill(-1);
    this.l1 = new Int32Array(m); this.l2 = new Int32Array(m); this.r1 = new Int32Array(m); this.r2 = new Int32Array(m);
    this.leftCount = new Int32Array(m); this.rightCount = new Int32Array(m);
    this.leftLabels = new Int32Array(m * 2); this.rightLabels = new Int32Array(m * 2);
    this.inStack = new Uint8Array(m);
  }

  get top(): number { return this.sp > 0 ? this.stack[this.sp - 1]! : -1; }
  get done(): boolean { return this.b === this.root && this.sp === 0; }

  isLegal(action: number): boolean {
    const s = this.top, word = this.b <= this.n;
    switch (action) {
      case SHIFT: return word;
      case REDUCE: return s > 0 && this.heads[s] !== NO_HEAD;
      case LEFT: return s > 0 && this.heads[s] === NO_HEAD;
      case RIGHT: return word && s > 0;
      default: return false;
    }
  }

  /** The one legal transition when only one is legal, else -1. */
  onlyLegal(): number {
    let only = -1;
    for (let a = 0; a < ACTIONS; a++) {
      if (!this.isLegal(a)) continue;
      if (only >= 0) return -1;
      only = a;
    }
    return only;
  }

  /** Applies a legal transition; LEFT and RIGHT take the arc's label. */
  apply(action: number, label = 0): void {
    const s = this.top, b = this.b;
    switch (action) {
      case SHIFT: this.push(b); this.b++; break;
      case REDUCE: this.pop(); break;
      case LEFT: this.arc(b, s, label); this.pop(); break;
      case RIGHT: this.arc(s, b, label); this.push(b); this.b++; break;
    }
  }

  private push(w: number): void { this.stack[this.sp++] = w; this.inStack[w] = 1; }
  private pop(): void { this.inStack[this.stack[--this.sp]!] = 0; }

  private arc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31), word = label < 31 ? 0 : 1;
    if (dep < head) {
      this.leftCount[head]!++;
      this.leftLabels[head * 2 + word]! |= bit;
      if (this.l1[head] === 0 || dep < this.l1[head]!) { this.l2[head] = this.l1[head]!; this.l1[head] = dep; }
      else if (this.l2[head] === 0 || dep < this.l2[head]!) this.l2[head] = dep;
    } else {
      this.rightCount[head]!++;
      this.rightLabels[head * 2 + word]! |= bit;
      if (dep > this.r1[head]!) { this.r2[head] = this.r1[head]!; this.r1[head] = dep; }
      else if (dep > this.r2[head]!) this.r2[head] = dep;
    }
  }

  /**
   * The cost of each action against a gold tree (heads of 1..n, 0 for the root): how many gold
   * arcs that are still reachable it makes unreachable. Illegal actions get Infinity.
   */
  costs(gold: Int32Array, out: Float64Array): void {
    const s = this.top, b = this.b, n = this.n, root = this.root;
    const head = (w: number) => (gold[w] === 0 ? root : gold[w]!);
    for (let a = 0; a < ACTIONS; a++) out[a] = this.isLegal(a) ? 0 : Infinity;
    if (out[SHIFT] === 0) {
      // b can no longer take a head from the stack, nor give one to a headless word there
      let c = this.inStack[head(b)] ? 1 : 0;
      for (let k = 0; k < this.sp; k++) { const w = this.stack[k]!; if (this.heads[w] === NO_HEAD && head(w) === b) c++; }
      out[SHIFT] = c;
    }
    if (out[REDUCE] === 0 || out[LEFT] === 0) {
      // popping s loses its dependents still in the buffer
      let deps = 0;
      for (let k = b; k <= n; k++) if (head(k) === s) deps++;
      if (out[REDUCE] === 0) out[REDUCE] = deps;
      if (out[LEFT] === 0) out[LEFT] = deps + (head(s) > b ? 1 : 0);
    }
    if (out[RIGHT] === 0) {
      const h = head(b);
      let c = h !== s && (h > b || this.inStack[h]) ? 1 : 0;
      for (let k = 0; k < this.sp; k++) { const w = this.stack[k]!; if (this.heads[w] === NO_HEAD && head(w) === b) c++; }
      out[RIGHT] = c;
    }
  }

  /**
   * Heads (0-based, -1 for the root) and label ids once the parse is done. A sentence has one root:
   * when the parser gave the root more dependents, the first stays and the others hang on it (label -2).
   */
  result(): { heads: Int32Array; labels: Int32Array } {
    const n = this.n, root = this.root;
    const heads = new Int32Array(n), labels = new Int32Array(n);
    let main = 0;
    for (let w = 1; w <= n; w++) {
      if (this.heads[w] !== root && this.heads[w] !== NO_HEAD) continue;
      if (main === 0) { main = w; this.heads[w] = root; this.labels[w] = -1; } else { this.heads[w] = main; this.labels[w] = -2; }
    }
    for (let w = 1; w <= n; w++) { heads[w - 1] = this.heads[w] === root ? -1 : this.heads[w]! - 1; labels[w - 1] = this.labels[w]!; }
    return { heads, labels };
  }
}

/**
 * The gold tree made projective (the arc-eager system builds only projective trees): while some
 * arc crosses another, the shortest such dependent is lifted to its head's head (Nivre & Nilsson 2005,
 * without encoding the lift in the label). Heads 1-based, 0 for the root, index 0 unused.
 */
export function projectivize(heads: Int32Array): Int32Array {
  const h = heads.slice();
  const n = h.length - 1;
  for (;;) {
    let worst = -1, worstLen = Infinity;
    for (let d = 1; d <= n; d++) {
      if (!isProjectiveArc(h, d)) { const len = Math.abs(h[d]! - d); if (len < worstLen) { worstLen = len; worst = d; } }
    }
    if (worst < 0) return h;
    h[worst] = h[h[worst]!]!;
  }
}

/** Whether every word between d and its head is dominated by that head. */
function isProjectiveArc(h: Int32Array, d: number): boolean {
  const head = h[d]!;
  if (head === 0) {
    // the root's arc spans the whole sentence: only the words outside every other tree break it
    return true;
  }
  const lo = Math.min(head, d), hi = Math.max(head, d);
  for (let k = lo + 1; k < hi; k++) {
    let a = k;
    while (a !== 0 && a !== head) a = h[a]!;
    if (a !== head) return false;
  }
  return true;
}
