import { SIGNATURE_SIZE, type Fingerprint } from './minhash.js';

// Locality-sensitive hashing by banding (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets
// ch. 3): the signature is cut into bands; two articles are candidates when any band is identical.
// Retrieval costs one lookup per band, whatever the number of articles stored: near-linear overall.

/** Rows per band. With 32 bands of 4, a pair of Jaccard 0.3 is a candidate with probability 0.23, 0.5 with 0.87, 0.6 with 0.98. */
export const BAND_ROWS = 4;
export const BANDS = SIGNATURE_SIZE / BAND_ROWS;

/** One key per band: the band's number and its values (as a stored index keys them). */
export function bandKeys(f: Fingerprint): string[] {
  if (!f.shingles) return [];
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(`${b}:${f.minhash.slice(b * BAND_ROWS, (b + 1) * BAND_ROWS).map((x) => x.toString(36)).join('.')}`);
  return keys;
}

/** An in-memory banding index over fingerprints, keyed by any id. */
export interface LshIndex<K> {
  add(id: K, f: Fingerprint): void;
  /** Ids added earlier that share a band with `f`, each once, in the order they were added. */
  candidates(f: Fingerprint): K[];
}

export function createLshIndex<K>(): LshIndex<K> {
  const buckets = new Map<string, K[]>();
  const order = new Map<K, number>();
  return {
    add(id, f) {
      if (!order.has(id)) order.set(id, order.size);
      for (const key of bandKeys(f)) { const b = buckets.get(key); if (b) b.push(id); else buckets.set(key, [id]); }
    },
    candidates(f) {
      const found = new Set<K>();
      for (const key of bandKeys(f)) for (const id of buckets.get(key) ?? []) found.add(id);
      return [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    },
  };
}
