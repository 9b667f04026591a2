import type { Story, StoryId } from '../../core/model.js';
import type { StorySummary, StoryUpdate } from '../types.js';
import type { Db } from './db.js';

// Stories in the PostgreSQL store: written whole by a regroup step, listed with their sources and main
// entities; the id of a story merged away leads to the story that holds its articles.

const STORY_ORDER = 'ORDER BY last_published IS NULL, last_published DESC, article_count DESC, id';

/** Writes a regroup step's result (inside the batch's transaction); returns how many stories were written or removed. */
export async function applyStoryUpdate(db: Db, update: StoryUpdate, stamp: string): Promise<number> {
  const membersOf = async (id: StoryId) => (await db.query<{ article_id: string }>('SELECT article_id FROM story_articles WHERE story_id = $1 ORDER BY position', [id])).rows.map((r) => r.article_id);
  const removedMembers = new Map<StoryId, string[]>();
  for (const id of update.removed) removedMembers.set(id, await membersOf(id));
  const bodies = new Map((await db.query<{ id: string; body: string }>('SELECT id, body FROM stories WHERE id = ANY($1)', [update.stories.map((s) => s.id)])).rows.map((r) => [r.id, r.body]));
  const changed = update.stories.filter((s) => bodies.get(s.id) !== JSON.stringify(s));

  await db.query('DELETE FROM stories WHERE id = ANY($1)', [[...update.removed, ...changed.map((s) => s.id)]]);
  for (const s of changed) {
    await db.query('INSERT INTO stories (id, title, article_count, source_count, body, updated_at) VALUES ($1, $2, $3, 0, $4, $5)',
      [s.id, s.title, s.articles.length, JSON.stringify(s), stamp]);
    await db.query('INSERT INTO story_articles (story_id, article_id, position) SELECT $1, id, ord - 1 FROM unnest($2::text[]) WITH ORDINALITY AS m(id, ord)',
      [s.id, s.articles]);
    const names = s.entities.flatMap((e) => [...new Set([e.name, ...e.aliases.map((x) => x.text)].map((n) => n.toLowerCase()))].map((name) => [e.id, name] as const));
    await db.query(`INSERT INTO story_entities (story_id, entity_id, name, type, mentions, rank)
      SELECT $1, e.id, e.name, e.type, e.mentions, e.ord - 1 FROM unnest($2::text[], $3::text[], $4::text[], $5::int[]) WITH ORDINALITY AS e(id, name, type, mentions, ord)`,
    [s.id, s.entities.map((e) => e.id), s.entities.map((e) => e.name), s.entities.map((e) => e.type), s.entities.map((e) => e.count)]);
    await db.query('INSERT INTO story_entity_names (story_id, entity_id, name) SELECT $1, n.id, n.name FROM unnest($2::text[], $3::text[]) AS n(id, name)',
      [s.id, names.map((n) => n[0]), names.map((n) => n[1])]);
    await db.query(`UPDATE stories SET
      source_count = (SELECT count(DISTINCT a.source_name) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id),
      first_published = (SELECT min(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id),
      last_published = (SELECT max(a.published) FROM story_articles sa JOIN articles a ON a.id = sa.article_id WHERE sa.story_id = stories.id)
      WHERE id = $1`, [s.id]);
    await db.query('DELETE FROM story_aliases WHERE old_id = $1', [s.id]);
  }

  // A removed story's id leads to the story that holds its first article now (and so do older aliases of it).
  for (const [id, members] of removedMembers) {
    const successor = (await db.query<{ story_id: StoryId }>(`SELECT sa.story_id FROM unnest($1::text[]) WITH ORDINALITY AS m(id, ord)
      JOIN story_articles sa ON sa.article_id = m.id ORDER BY m.ord LIMIT 1`, [members])).rows[0]?.story_id;
    if (!successor || successor === id) continue;
    await db.query('INSERT INTO story_aliases (old_id, story_id) VALUES ($1, $2) ON CONFLICT (old_id) DO UPDATE SET story_id = excluded.story_id', [id, successor]);
    await db.query('UPDATE story_aliases SET story_id = $1 WHERE story_id = $2', [successor, id]);
  }
  return changed.length + update.removed.length;
}

/** The id itself when stored, else the story a merged-away id leads to. */
export async function resolveStoryId(db: Db, id: StoryId): Promise<StoryId | undefined> {
  const r = await db.query<{ id: StoryId }>(`SELECT id FROM stories WHERE id = $1
    UNION ALL SELECT story_id FROM story_aliases WHERE old_id = $1 LIMIT 1`, [id]);
  return r.rows[0]?.id;
}

export async function storyBodies(db: Db, ids?: readonly StoryId[]): Promise<Story[]> {
  const parse = (rows: { body: string }[]) => rows.map((r) => JSON.parse(r.body) as Story);
  if (!ids) return parse((await db.query<{ body: string }>(`SELECT body FROM stories ${STORY_ORDER}`)).rows);
  const out: Story[] = [];
  for (const id of ids) {
    const resolved = await resolveStoryId(db, id);
    const row = resolved && (await db.query<{ body: string }>('SELECT body FROM stories WHERE id = $1', [resolved])).rows[0];
    if (row) out.push(...parse([row]));
  }
  return out;
}

/** Latest news first; `entity` keeps stories naming it (any spelling, case-insensitive); limit null: all. */
export async function storySummaries(db: Db, entity: string | undefined, limit: number | null, offset: number): Promise<StorySummary[]> {
  const rows = (await db.query<{ id: StoryId; title: string; article_count: number; first_published: string | null; last_published: string | null; updated_at: string }>(
    `SELECT id, title, article_count, first_published, last_published, updated_at FROM stories
     ${entity !== undefined ? 'WHERE id IN (SELECT story_id FROM story_entity_names WHERE name = $3)' : ''} ${STORY_ORDER} LIMIT $1 OFFSET $2`,
    entity !== undefined ? [limit, offset, entity.trim().toLowerCase()] : [limit, offset])).rows;
  const ids = rows.map((r) => r.id);
  const sources = await grouped<{ story_id: string; name: string }, string>(db, `SELECT sa.story_id, a.source_name AS name, count(*) AS n FROM story_articles sa JOIN articles a ON a.id = sa.article_id
    WHERE sa.story_id = ANY($1) GROUP BY sa.story_id, a.source_name ORDER BY sa.story_id, n DESC, a.source_name`, ids, (r: { name: string }) => r.name);
  const entities = await grouped<{ story_id: string } & StorySummary['entities'][number], StorySummary['entities'][number]>(db, `SELECT story_id, entity_id AS id, name, type, mentions AS count FROM story_entities
    WHERE story_id = ANY($1) AND rank < 5 ORDER BY story_id, rank`, ids, ({ id, name, type, count }: StorySummary['entities'][number]) => ({ id, name, type, count }));
  return rows.map((r) => {
    const s: StorySummary = { id: r.id, title: r.title, articles: r.article_count, sources: sources.get(r.id) ?? [], entities: entities.get(r.id) ?? [], updatedAt: r.updated_at };
    if (r.first_published) s.firstPublished = r.first_published;
    if (r.last_published) s.lastPublished = r.last_published;
    return s;
  });
}

/** Rows of a per-story query, grouped by story (in the query's order). */
async function grouped<R extends { story_id: string }, T>(db: Db, sql: string, ids: readonly StoryId[], pick: (r: R) => T): Promise<Map<string, T[]>> {
  const out = new Map<string, T[]>();
  for (const r of (await db.query<R>(sql, [ids])).rows) {
    const list = out.get(r.story_id) ?? [];
    list.push(pick(r));
    out.set(r.story_id, list);
  }
  return out;
}
