import { createHash } from 'node:crypto';
import type { ArticleId, StoryId } from './model.js';

/** A content address: the same text always gets the same id, whatever file it came from. */
export function articleId(text: string): ArticleId {
  return createHash('sha256').update(text).digest('hex').slice(0, 16) as ArticleId;
}

/** A story's id: a hash of its articles' ids, whatever their order (the same members, the same id). */
export function storyId(articleIds: readonly string[]): StoryId {
  return `S${createHash('sha256').update([...articleIds].sort().join(',')).digest('hex').slice(0, 10)}` as StoryId;
}
