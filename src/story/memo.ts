// What a story pass computed from one article, or one pair of articles, kept for the next build of a
// story that holds them. In a store an article's id is the hash of its text and its analysis never
// changes, so such a result stays true; a story that grows by one report is then built from the work
// on its new report and its new pairs, not all of them again (a story of 80 reports has 3,160 pairs).
// Only for articles whose ids name their content: a store's, never a test's hand-made ids.

/**
 * A memo bounded by its number of entries, the least recently used out first. The default holds every
 * pair of a 50,000-article store's stories (about 160,000 at 23,800 articles; some 130 bytes each).
 */
export class PassMemo {
  readonly #entries = new Map<string, unknown>();

  constructor(private readonly maxEntries = 500_000) {}

  /** The result kept under `key`, or `compute()`'s, kept from now on. */
  get<T>(key: string, compute: () => T): T {
    if (this.#entries.has(key)) {
      const kept = this.#entries.get(key) as T;
      this.#entries.delete(key);
      this.#entries.set(key, kept);
      return kept;
    }
    const value = compute();
    this.#entries.set(key, value);
    if (this.#entries.size > this.maxEntries) this.#entries.delete(this.#entries.keys().next().value!);
    return value;
  }

  get size(): number {
    return this.#entries.size;
  }
}
