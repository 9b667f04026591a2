import type { AnalyzedArticle, ArticleId, StoryId } from '../../core/model.js';
import type { RegroupContext } from '../types.js';
import { storedArticles } from './articles.js';
import type { Db } from './db.js';

// The regroup step reads the store synchronously (RegroupContext), and a PostgreSQL client cannot: so the
// batch's transaction reads what a step may ask for before it runs: the article ids in store order, the
// story memberships, and the articles themselves. Stored articles never change (content-addressed,
// never rewritten), so a store keeps those it has read in `known` and reads each one once per process.

/** What the store keeps between batches: the stored form of every article it has read or committed. */
export type KnownArticles = Map<ArticleId, AnalyzedArticle>;

/**
 * A RegroupContext over the transaction's view of the store. `added` are the batch's new articles,
 * `addedStored` their stored forms (not in `known` until the batch commits: it may roll back).
 */
export async function readRegroupContext(db: Db, added: readonly AnalyzedArticle[], addedStored: ReadonlyMap<ArticleId, AnalyzedArticle>, known: KnownArticles): Promise<RegroupContext> {
  const order = (await db.query<{ id: ArticleId }>('SELECT id FROM articles ORDER BY seq')).rows.map((r) => r.id);
  const unread = order.filter((id) => !known.has(id) && !addedStored.has(id));
  for (const s of await storedArticles(db, unread)) known.set(s.article.id, s.article);
  const storyOf = new Map<ArticleId, StoryId>(), members = new Map<StoryId, ArticleId[]>();
  for (const r of (await db.query<{ story_id: StoryId; article_id: ArticleId }>('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position')).rows) {
    storyOf.set(r.article_id, r.story_id);
    const list = members.get(r.story_id) ?? [];
    list.push(r.article_id);
    members.set(r.story_id, list);
  }
  const storyIds = (await db.query<{ id: StoryId }>('SELECT id FROM stories ORDER BY id')).rows.map((r) => r.id);
  const article = (id: ArticleId) => addedStored.get(id) ?? known.get(id);
  const articles = (ids: readonly ArticleId[]) => ids.map(article).filter((a): a is AnalyzedArticle => a !== undefined);
  return {
    added,
    all: () => articles(order),
    storyIds: () => storyIds,
    articleIds: () => order,
    articles,
    storiesOf: (ids) => new Map(ids.flatMap((id) => { const s = storyOf.get(id); return s ? [[id, s] as const] : []; })),
    membersOf: (ids) => new Map(ids.map((id) => [id, members.get(id) ?? []])),
  };
}
