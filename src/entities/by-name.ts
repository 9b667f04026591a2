import type { AnalyzedArticle, Entity, EntityId, EntityType, Mention } from '../model.js';
import { pushTo } from '../_util.js';
import { segmentAt, STORY_KINDS } from '../stories/text.js';

/** The key mentions are grouped by for now: case, accents, possessives and a leading "the" ignored. */
export function nameKey(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’]s?$/, '').replace(/^the\s+/, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * One entity per normalised name over the story's articles (a later issue merges spellings).
 * Mentions in comments, credits and boilerplate are not the story's and get no entity.
 * Returns the entities (most mentioned first) and, per article, its mentions with entity ids.
 */
export function entitiesByName(articles: readonly AnalyzedArticle[], storyKey: string): { entities: Entity[]; mentions: Map<string, Mention[]> } {
  const groups = new Map<string, { mention: Mention; article: AnalyzedArticle }[]>();
  for (const a of articles)
    for (const m of a.mentions ?? []) {
      const seg = segmentAt(a.segments, m);
      if (!seg || !STORY_KINDS.has(seg.kind)) continue;
      const key = nameKey(m.text);
      if (key) pushTo(groups, key, { mention: m, article: a });
    }
  const ranked = [...groups.entries()].sort((x, y) => y[1].length - x[1].length || x[0].localeCompare(y[0]));
  const idOf = new Map<string, EntityId>();
  const entities = ranked.map(([key, items], i): Entity => {
    const id = `${storyKey}-E${i + 1}` as EntityId;
    idOf.set(key, id);
    const aliases = new Map<string, { count: number; articles: Set<string> }>();
    const types = new Map<EntityType, number>();
    for (const { mention, article } of items) {
      const al = aliases.get(mention.text) ?? { count: 0, articles: new Set() };
      al.count++;
      al.articles.add(article.id);
      aliases.set(mention.text, al);
      types.set(mention.type, (types.get(mention.type) ?? 0) + 1);
    }
    const aliasList = [...aliases.entries()].map(([text, v]) => ({ text, count: v.count, articles: [...v.articles] as Entity['aliases'][number]['articles'] }))
      .sort((a, b) => b.count - a.count || b.text.length - a.text.length);
    const type = [...types.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    return { id, name: aliasList[0]!.text, type, aliases: aliasList, count: items.length };
  });
  const mentions = new Map<string, Mention[]>();
  for (const a of articles)
    mentions.set(a.id, (a.mentions ?? []).map((m) => {
      const seg = segmentAt(a.segments, m);
      const id = seg && STORY_KINDS.has(seg.kind) ? idOf.get(nameKey(m.text)) : undefined;
      return id ? { ...m, entity: id } : m;
    }));
  return { entities, mentions };
}
