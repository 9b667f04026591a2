// What a batch of the story index did to the stories, net of its intermediate steps.
import type { ArticleId, StoryId } from '../../core/model.js';

/** What a batch did to the stories. */
export interface StoryChange {
  /** Stories written by the batch (new, or with other members than before): story to members. */
  stories: ReadonlyMap<StoryId, readonly ArticleId[]>;
  /** Stories that existed before the batch and no longer do (merged, split or replaced). */
  removed: readonly StoryId[];
}

/**
 * The stories a batch wrote and removed, net: a story written and removed within the batch is neither;
 * one that existed before is removed unless the batch ends by writing it again (the same members).
 */
export class ChangeLog {
  readonly #written = new Map<StoryId, readonly ArticleId[]>();
  /** Stories that existed before the batch and were removed at some step. */
  readonly #existed = new Set<StoryId>();

  record(written: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): void {
    for (const s of removed) {
      if (!this.#written.delete(s)) this.#existed.add(s);
    }
    for (const [s, m] of written) this.#written.set(s, m);
  }

  result(): StoryChange {
    return { stories: this.#written, removed: [...this.#existed].filter((s) => !this.#written.has(s)).sort() };
  }
}

