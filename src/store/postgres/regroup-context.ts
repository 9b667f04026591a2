import type { AnalyzedArticle, ArticleId, StoryId } from '../../core/model.js';
import type { RegroupContext } from '../types.js';
import { storedArticles } from './articles.js';
import type { Db } from './db.js';
import { PgIndexState } from './index-state.js';
import type { ProfileCache } from '../../story/grouping/index-state.js';

// What a regroup step sees of the batch's transaction: the story index in its tables, and the stored
// articles it asks for. Stored articles never change (content-addressed, never rewritten), so a store
// keeps those it has read in `known` and reads each one once per process.

/** What the store keeps between batches: the stored form of every article it has read or committed. */
export type KnownArticles = Map<ArticleId, AnalyzedArticle>;

/**
 * A RegroupContext over the transaction. `added` are the batch's new articles, `addedStored` their
 * stored forms (not in `known` until the batch commits: it may roll back); `lastBefore` the store
 * order of the last article stored before the batch (undefined: a rebuild).
 */
export async function readRegroupContext(db: Db, added: readonly AnalyzedArticle[], addedStored: ReadonlyMap<ArticleId, AnalyzedArticle>,
  known: KnownArticles, lastBefore: string | null | undefined, profiles: ProfileCache): Promise<RegroupContext> {
  const index = new PgIndexState(db, profiles);
  return {
    added, index,
    indexComplete: lastBefore !== undefined && (await index.covers(lastBefore)),
    articles: async (ids) => {
      const unread = ids.filter((id) => !known.has(id) && !addedStored.has(id));
      for (const s of await storedArticles(db, unread)) known.set(s.article.id, s.article);
      return ids.map((id) => addedStored.get(id) ?? known.get(id)).filter((a): a is AnalyzedArticle => a !== undefined);
    },
    articleIds: async () => (await db.query<{ id: ArticleId }>('SELECT id FROM articles ORDER BY seq')).rows.map((r) => r.id),
    storyIds: async () => (await db.query<{ id: StoryId }>('SELECT id FROM stories ORDER BY id')).rows.map((r) => r.id),
  };
}
