// The story index in SQLite tables (migration 3), inside the batch's transaction: what a batch adds
// is kept or rolled back with it. Story membership is the store's own story_articles, seen through
// the batch's overlay until the batch's stories are written.
import type { Database, Statement } from 'better-sqlite3';
import type { ArticleId, StoryId } from '../core/model.js';
import type { IndexEntry, IndexState, Posting } from '../story/grouping/index-state.js';
import { MembershipOverlay, ProfileCache } from '../story/grouping/index-state.js';
import { profileFromJson, profileToJson } from '../story/grouping/profile-json.js';
import type { ArticleProfile } from '../story/grouping/profile.js';

const IN = '(SELECT value FROM json_each(?))';

export class SqliteIndexState implements IndexState {
  readonly #membership = new MembershipOverlay();
  readonly #sql: (text: string) => Statement;

  constructor(private readonly db: Database, private readonly profileCache: ProfileCache) {
    const cache = new Map<string, Statement>();
    this.#sql = (text) => { let s = cache.get(text); if (!s) cache.set(text, (s = db.prepare(text))); return s; };
  }

  /** Whether the index holds every article stored up to `seq` (the last one before the batch; null: none). */
  covers(seq: number | null): boolean {
    const indexed = (this.#sql('SELECT max(seq) AS s FROM index_articles').get() as { s: number | null }).s;
    return indexed === seq;
  }

  size(): number {
    return ((this.#sql('SELECT max(position) AS p FROM index_articles').get() as { p: number | null }).p ?? -1) + 1;
  }

  allIds(): ArticleId[] {
    return this.#sql('SELECT article_id FROM index_articles ORDER BY position').pluck().all() as ArticleId[];
  }

  postings(keys: readonly string[]): Map<string, Posting[]> {
    const out = new Map<string, Posting[]>(keys.map((k) => [k, []]));
    for (const r of this.#sql(`SELECT term, position, article_id FROM index_postings WHERE term IN ${IN} ORDER BY term, position`).all(JSON.stringify(keys)) as { term: string; position: number; article_id: ArticleId }[])
      out.get(r.term)?.push({ id: r.article_id, position: r.position });
    return out;
  }

  profiles(ids: readonly ArticleId[]): Map<ArticleId, ArticleProfile> {
    const out = new Map<ArticleId, ArticleProfile>();
    const unread = ids.filter((id) => { const p = this.profileCache.get(id); if (p) out.set(id, p); return !p; });
    const rows = this.#sql(`SELECT article_id, profile FROM index_articles WHERE article_id IN ${IN}`).all(JSON.stringify(unread)) as { article_id: ArticleId; profile: string }[];
    for (const r of rows) { const p = profileFromJson(r.profile); this.profileCache.set(r.article_id, p, r.profile.length); out.set(r.article_id, p); }
    return out;
  }

  best(ids: readonly ArticleId[]): Map<ArticleId, number[]> {
    // From the covering index (migration 4): the row holds the profile before best, about 12 KB to step over.
    const rows = this.#sql(`SELECT article_id, best FROM index_articles INDEXED BY index_articles_best WHERE article_id IN ${IN}`).all(JSON.stringify(ids)) as { article_id: ArticleId; best: string }[];
    return new Map(rows.map((r) => [r.article_id, JSON.parse(r.best) as number[]]));
  }

  links(ids: readonly ArticleId[]): Map<ArticleId, Map<ArticleId, number>> {
    const out = new Map<ArticleId, Map<ArticleId, number>>(ids.map((id) => [id, new Map()]));
    for (const r of this.#sql(`SELECT a, b, score FROM index_links WHERE a IN ${IN}`).all(JSON.stringify(ids)) as { a: ArticleId; b: ArticleId; score: number }[])
      out.get(r.a)?.set(r.b, r.score);
    return out;
  }

  storyOf(ids: readonly ArticleId[]): Map<ArticleId, StoryId> {
    const { known, ask } = this.#membership.storyOf(ids);
    if (ask.length > 0) for (const r of this.#sql(`SELECT article_id, story_id FROM story_articles WHERE article_id IN ${IN}`).all(JSON.stringify(ask)) as { article_id: ArticleId; story_id: StoryId }[])
      known.set(r.article_id, r.story_id);
    return known;
  }

  membersOf(stories: readonly StoryId[]): Map<StoryId, readonly ArticleId[]> {
    const { known, ask } = this.#membership.membersOf(stories);
    const read = new Map<StoryId, ArticleId[]>();
    if (ask.length > 0) for (const r of this.#sql(`SELECT story_id, article_id FROM story_articles WHERE story_id IN ${IN} ORDER BY story_id, position`).all(JSON.stringify(ask)) as { story_id: StoryId; article_id: ArticleId }[]) {
      const list = read.get(r.story_id) ?? [];
      list.push(r.article_id);
      read.set(r.story_id, list);
    }
    for (const [s, m] of read) known.set(s, m);
    return known;
  }

  addArticle(entry: IndexEntry, links: ReadonlyMap<ArticleId, number>, maxPostings: number): void {
    const profile = profileToJson(entry.profile);
    this.#sql('INSERT INTO index_articles (article_id, position, seq, profile, best) SELECT id, ?, seq, ?, ? FROM articles WHERE id = ?')
      .run(entry.position, profile, JSON.stringify(entry.best), entry.id);
    this.profileCache.set(entry.id, entry.profile, profile.length);
    const posting = this.#sql('INSERT INTO index_postings (term, position, article_id) VALUES (?, ?, ?)');
    // Keeps each term's latest `maxPostings`: the oldest beyond them go.
    const trim = this.#sql('DELETE FROM index_postings WHERE term = ? AND position <= (SELECT position FROM index_postings WHERE term = ? ORDER BY position DESC LIMIT 1 OFFSET ?)');
    for (const key of entry.profile.keys) { posting.run(key, entry.position, entry.id); trim.run(key, key, maxPostings); }
    const link = this.#sql('INSERT OR REPLACE INTO index_links (a, b, score) VALUES (?, ?, ?)');
    for (const [other, z] of links) { link.run(entry.id, other, z); link.run(other, entry.id, z); }
  }

  setBest(best: ReadonlyMap<ArticleId, readonly number[]>): void {
    const update = this.#sql('UPDATE index_articles SET best = ? WHERE article_id = ?');
    for (const [id, b] of best) update.run(JSON.stringify(b), id);
  }

  setStories(stories: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): void {
    this.#membership.set(stories, removed);
  }

  clear(): void {
    this.db.exec('DELETE FROM index_links; DELETE FROM index_postings; DELETE FROM index_articles;');
    this.profileCache.clear();
    this.#membership.clear();
  }
}
