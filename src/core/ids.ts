import { createHash } from 'node:crypto';
import type { ArticleId } from './model.js';

/** A content address: the same text always gets the same id, whatever file it came from. */
export function articleId(text: string): ArticleId {
  return createHash('sha256').update(text).digest('hex').slice(0, 16) as ArticleId;
}
