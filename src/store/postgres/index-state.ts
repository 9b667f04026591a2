// The story index in PostgreSQL tables (migration 3), inside the batch's transaction: the same tables
// as the SQLite store's (../index-state.ts), answered asynchronously. Story membership is
// story_articles, seen through the batch's overlay until the batch's stories are written.
import type { ArticleId, StoryId } from '../../core/model.js';
import type { IndexEntry, IndexState, Posting } from '../../story/grouping/index-state.js';
import { MembershipOverlay, ProfileCache } from '../../story/grouping/index-state.js';
import { profileFromJson, profileToJson } from '../../story/grouping/profile-json.js';
import type { ArticleProfile } from '../../story/grouping/profile.js';
import type { Db } from './db.js';

export class PgIndexState implements IndexState {
  readonly #membership = new MembershipOverlay();

  constructor(private readonly db: Db, private readonly cache: ProfileCache) {}

  /** Whether the index holds every article stored up to `seq` (the last one before the batch; null: none). */
  async covers(seq: string | null): Promise<boolean> {
    const indexed = (await this.db.query<{ s: string | null }>('SELECT max(seq)::text AS s FROM index_articles')).rows[0]?.s ?? null;
    return indexed === seq;
  }

  async size(): Promise<number> {
    return ((await this.db.query<{ p: number | null }>('SELECT max(position) AS p FROM index_articles')).rows[0]?.p ?? -1) + 1;
  }

  async allIds(): Promise<ArticleId[]> {
    return (await this.db.query<{ id: ArticleId }>('SELECT article_id AS id FROM index_articles ORDER BY position')).rows.map((r) => r.id);
  }

  async postings(keys: readonly string[]): Promise<Map<string, Posting[]>> {
    const out = new Map<string, Posting[]>(keys.map((k) => [k, []]));
    const rows = (await this.db.query<{ term: string; position: number; article_id: ArticleId }>(
      'SELECT term, position, article_id FROM index_postings WHERE term = ANY($1) ORDER BY term, position', [keys])).rows;
    for (const r of rows) out.get(r.term)?.push({ id: r.article_id, position: r.position });
    return out;
  }

  async profiles(ids: readonly ArticleId[]): Promise<Map<ArticleId, ArticleProfile>> {
    const out = new Map<ArticleId, ArticleProfile>();
    const unread = ids.filter((id) => { const p = this.cache.get(id); if (p) out.set(id, p); return !p; });
    if (unread.length > 0) {
      const rows = (await this.db.query<{ article_id: ArticleId; profile: string }>('SELECT article_id, profile FROM index_articles WHERE article_id = ANY($1)', [unread])).rows;
      for (const r of rows) { const p = profileFromJson(r.profile); this.cache.set(r.article_id, p, r.profile.length); out.set(r.article_id, p); }
    }
    return out;
  }

  async best(ids: readonly ArticleId[]): Promise<Map<ArticleId, number[]>> {
    const rows = (await this.db.query<{ article_id: ArticleId; best: string }>('SELECT article_id, best FROM index_articles WHERE article_id = ANY($1)', [ids])).rows;
    return new Map(rows.map((r) => [r.article_id, JSON.parse(r.best) as number[]]));
  }

  async links(ids: readonly ArticleId[]): Promise<Map<ArticleId, Map<ArticleId, number>>> {
    const out = new Map<ArticleId, Map<ArticleId, number>>(ids.map((id) => [id, new Map()]));
    const rows = (await this.db.query<{ a: ArticleId; b: ArticleId; score: number }>('SELECT a, b, score FROM index_links WHERE a = ANY($1) ORDER BY a, b', [ids])).rows;
    for (const r of rows) out.get(r.a)?.set(r.b, r.score);
    return out;
  }

  async storyOf(ids: readonly ArticleId[]): Promise<Map<ArticleId, StoryId>> {
    const { known, ask } = this.#membership.storyOf(ids);
    if (ask.length > 0) {
      const rows = (await this.db.query<{ article_id: ArticleId; story_id: StoryId }>('SELECT article_id, story_id FROM story_articles WHERE article_id = ANY($1)', [ask])).rows;
      for (const r of rows) known.set(r.article_id, r.story_id);
    }
    return known;
  }

  async membersOf(stories: readonly StoryId[]): Promise<Map<StoryId, readonly ArticleId[]>> {
    const { known, ask } = this.#membership.membersOf(stories);
    if (ask.length > 0) {
      const rows = (await this.db.query<{ story_id: StoryId; article_id: ArticleId }>(
        'SELECT story_id, article_id FROM story_articles WHERE story_id = ANY($1) ORDER BY story_id, position', [ask])).rows;
      const read = new Map<StoryId, ArticleId[]>();
      for (const r of rows) read.set(r.story_id, [...(read.get(r.story_id) ?? []), r.article_id]);
      for (const [s, m] of read) known.set(s, m);
    }
    return known;
  }

  async addArticle(entry: IndexEntry, links: ReadonlyMap<ArticleId, number>, maxPostings: number): Promise<void> {
    const profile = profileToJson(entry.profile);
    await this.db.query('INSERT INTO index_articles (article_id, position, seq, profile, best) SELECT id, $1, seq, $2, $3 FROM articles WHERE id = $4',
      [entry.position, profile, JSON.stringify(entry.best), entry.id]);
    this.cache.set(entry.id, entry.profile, profile.length);
    const keys = entry.profile.keys;
    await this.db.query('INSERT INTO index_postings (term, position, article_id) SELECT unnest($1::text[]), $2, $3', [keys, entry.position, entry.id]);
    // Keeps each term's latest `maxPostings`: the oldest beyond them go.
    await this.db.query(`DELETE FROM index_postings p USING (
        SELECT term, position FROM (SELECT term, position, row_number() OVER (PARTITION BY term ORDER BY position DESC) AS n
          FROM index_postings WHERE term = ANY($1)) ranked WHERE n > $2) old
      WHERE p.term = old.term AND p.position = old.position`, [keys, maxPostings]);
    if (links.size > 0) {
      const others = [...links.keys()], scores = [...links.values()];
      await this.db.query(`INSERT INTO index_links (a, b, score)
        SELECT $1::text, unnest($2::text[]), unnest($3::float8[]) UNION ALL SELECT unnest($2::text[]), $1::text, unnest($3::float8[])
        ON CONFLICT (a, b) DO UPDATE SET score = excluded.score`, [entry.id, others, scores]);
    }
  }

  async setBest(best: ReadonlyMap<ArticleId, readonly number[]>): Promise<void> {
    await this.db.query(`UPDATE index_articles i SET best = u.best FROM (SELECT unnest($1::text[]) AS id, unnest($2::text[]) AS best) u
      WHERE i.article_id = u.id`, [[...best.keys()], [...best.values()].map((b) => JSON.stringify(b))]);
  }

  setStories(stories: ReadonlyMap<StoryId, readonly ArticleId[]>, removed: readonly StoryId[]): void {
    this.#membership.set(stories, removed);
  }

  async clear(): Promise<void> {
    await this.db.query('DELETE FROM index_links; DELETE FROM index_postings; DELETE FROM index_articles;');
    this.cache.clear();
    this.#membership.clear();
  }
}
