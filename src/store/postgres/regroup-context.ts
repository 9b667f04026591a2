import type { AnalyzedArticle, ArticleId, StoryId } from '../../core/model.js';
import type { RegroupContext } from '../types.js';
import { storedArticles } from './articles.js';
import type { Db } from './db.js';

// The regroup step reads the store synchronously (RegroupContext), and a PostgreSQL client cannot: so the
// batch's transaction reads what a step may ask for before it runs: the article ids in store order, the
// story memberships, and the articles themselves. Stored articles never change (content-addressed,
// never rewritten) and enter in `seq` order (batches commit one at a time), so a store keeps what it
// has read in a `StoreView` and reads each article, and each id of the store order, once per process.

/** What a store keeps between batches: every article it has read or committed, and the store order up to `lastSeq`. */
export interface StoreView {
  articles: Map<ArticleId, AnalyzedArticle>;
  order: ArticleId[];
  lastSeq: string;
}

export const emptyView = (): StoreView => ({ articles: new Map(), order: [], lastSeq: '0' });

/**
 * A RegroupContext over the transaction's view of the store. `added` are the batch's new articles,
 * `addedStored` their stored forms. Returns, beside it, what `view` becomes once the batch commits
 * (the batch may roll back: until then `view` keeps only what other batches committed).
 */
export async function readRegroupContext(db: Db, added: readonly AnalyzedArticle[], addedStored: ReadonlyMap<ArticleId, AnalyzedArticle>, view: StoreView): Promise<{ ctx: RegroupContext; committed: StoreView }> {
  const newer = (await db.query<{ seq: string; id: ArticleId }>('SELECT seq::text AS seq, id FROM articles WHERE seq > $1::bigint ORDER BY seq', [view.lastSeq])).rows;
  const order = [...view.order, ...newer.map((r) => r.id)];
  const unread = newer.map((r) => r.id).filter((id) => !view.articles.has(id) && !addedStored.has(id));
  for (const s of await storedArticles(db, unread)) view.articles.set(s.article.id, s.article);
  const committed: StoreView = { articles: view.articles, order, lastSeq: newer.at(-1)?.seq ?? view.lastSeq };
  const storyOf = new Map<ArticleId, StoryId>(), members = new Map<StoryId, ArticleId[]>();
  for (const r of (await db.query<{ story_id: StoryId; article_id: ArticleId }>('SELECT story_id, article_id FROM story_articles ORDER BY story_id, position')).rows) {
    storyOf.set(r.article_id, r.story_id);
    const list = members.get(r.story_id) ?? [];
    list.push(r.article_id);
    members.set(r.story_id, list);
  }
  const storyIds = (await db.query<{ id: StoryId }>('SELECT id FROM stories ORDER BY id')).rows.map((r) => r.id);
  const article = (id: ArticleId) => addedStored.get(id) ?? view.articles.get(id);
  const articles = (ids: readonly ArticleId[]) => ids.map(article).filter((a): a is AnalyzedArticle => a !== undefined);
  const ctx: RegroupContext = {
    added,
    all: () => articles(order),
    storyIds: () => storyIds,
    articleIds: () => order,
    articles,
    storiesOf: (ids) => new Map(ids.flatMap((id) => { const s = storyOf.get(id); return s ? [[id, s] as const] : []; })),
    membersOf: (ids) => new Map(ids.map((id) => [id, members.get(id) ?? []])),
  };
  return { ctx, committed };
}
