// MinHash (Broder 1997): a short fixed-size signature of a shingle set whose agreement with another
// estimates their Jaccard similarity, so articles can be compared and indexed without their text.

/** Hash functions per signature: the estimate's standard error is about sqrt(J(1-J)/128) ≤ 0.045. */
export const SIGNATURE_SIZE = 128;

/** A near-duplicate fingerprint: the MinHash signature and how many shingles it summarises. */
export interface Fingerprint {
  minhash: number[];
  shingles: number;
}

/** Fixed seeds (a stored signature must be comparable with one computed later), from a simple LCG. */
const SEEDS: readonly number[] = (() => {
  const seeds: number[] = [];
  let x = 0x9e3779b9;
  for (let i = 0; i < SIGNATURE_SIZE; i++) { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; seeds.push(x); }
  return seeds;
})();

/** murmur3's finaliser: mixes a 32-bit value so that each seed gives an independent-looking permutation. */
function mix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function fingerprintOf(shingles: ReadonlySet<number>): Fingerprint {
  const minhash = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles)
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(s ^ SEEDS[i]!);
      if (h < minhash[i]!) minhash[i] = h;
    }
  return { minhash, shingles: shingles.size };
}

/** The estimated Jaccard similarity of the two shingle sets. */
export function estimatedJaccard(a: Fingerprint, b: Fingerprint): number {
  if (!a.shingles || !b.shingles) return 0;
  let same = 0;
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.minhash[i] === b.minhash[i]) same++;
  return same / SIGNATURE_SIZE;
}

/**
 * The estimated containment (shared shingles over the smaller set), from the Jaccard estimate and the
 * set sizes: |A∩B| = J(|A|+|B|)/(1+J). A copy with a cut ending or an added paragraph keeps a high
 * containment where its Jaccard drops.
 */
export function estimatedContainment(a: Fingerprint, b: Fingerprint): number {
  const j = estimatedJaccard(a, b);
  if (!j) return 0;
  return Math.min(1, (j * (a.shingles + b.shingles)) / (1 + j) / Math.min(a.shingles, b.shingles));
}
