// Features are integers, never strings: a word, an affix or a shape is hashed once per sentence,
// and a feature is the hash of its template number and its parts. No vocabulary is stored; a
// value never seen in training hashes to a key the model has no weights for.

/** A 31-bit hash of a string (FNV-1a with a final mix). */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return finish(h);
}

/** A 31-bit feature key of a template number and up to three parts. */
export function key(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xcc9e2d51); h = (h << 13) | (h >>> 19);
  h = Math.imul(h ^ b, 0x1b873593); h = (h << 15) | (h >>> 17);
  h = Math.imul(h ^ c, 0xe6546b64);
  return finish(h);
}

function finish(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h & 0x7fffffff;
}
