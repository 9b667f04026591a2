import type { AnalyzedArticle, ArgRef, Entity, EntityId, EntityLink, Mention } from '../../core/model.js';
import type { Countries } from './countries.js';
import { comparePersonNames, nameForm, nameKey, parseName, type ParsedName, personNameBlocks } from './names.js';
import { pushTo } from '../../core/_util.js';
import { personTitleIn } from './roles.js';
import { overlapping } from '../../core/spans.js';

// Quote speakers and event actors, targets and places point at story entities. A ref whose span
// overlaps a mention takes that mention's entity (the last one: the head of an English noun phrase,
// "Kremlin spokesman Dmitry Peskov"); a ref that titles a person of a named body ("the Kremlin
// spokesman", "Hamas' international relations chief") takes the person of the article holding that
// title, if one does; otherwise a ref whose words are an entity's name takes that entity.

/** A mention with the story entity it is linked to. */
interface Linked extends Mention { entity: EntityId }

/**
 * The participant links of one article: its quote speakers and event actors, targets and places,
 * each linked to a story entity where one fits. `mentionEntity` says which entity a mention is linked to.
 */
export function participantLinks(article: Readonly<AnalyzedArticle>, entities: readonly Entity[], mentionEntity: (m: Mention) => EntityId | undefined, countries: Countries): EntityLink[] {
  if (!article.quotes?.length && !article.events?.length) return [];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const mentions = (article.mentions ?? []).flatMap((m): Linked[] => { const entity = mentionEntity(m); return entity ? [{ ...m, entity }] : []; })
    .sort((a, b) => a.start - b.start);
  const here = new Set(mentions.map((m) => m.entity));
  const longest = mentions.reduce((n, m) => Math.max(n, m.end - m.start), 0);
  const names = nameIndex(entities);
  const refs = [...(article.quotes ?? []).map((q) => q.speaker), ...(article.events ?? []).flatMap((e) => [e.actor, e.target, e.place])];
  const links = new Map<string, EntityLink>();
  for (const ref of refs) {
    if (!ref || links.has(`${ref.start}|${ref.end}`)) continue;   // a ref's link depends on its span alone
    const named = byMention(ref, overlapping(mentions, ref, longest), entities, byId, here, countries);
    const entity = named === null ? undefined : named ?? byName(ref.text, entities, names) ?? byTitle(ref.text, undefined, entities, here);
    if (entity) links.set(`${ref.start}|${ref.end}`, { article: article.id, start: ref.start, end: ref.end, kind: 'participant', entity: entity.id });
  }
  return [...links.values()];
}

/** `inside`: the linked mentions that overlap the ref, by position. Null: the names inside say the ref is none of them. */
function byMention(ref: ArgRef, inside: readonly Linked[], entities: readonly Entity[], byId: ReadonlyMap<EntityId, Entity>, here: ReadonlySet<EntityId>, countries: Countries): Entity | null | undefined {
  // A place the ref locates itself in ("leaders in Moscow") is not its head, unless nothing else is named.
  const core = inside.filter((m) => !/\b(?:in|at|on|near|from)\s+(?:the\s+)?$/i.test(ref.text.slice(0, Math.max(0, m.start - ref.start))));
  const head = (core.length ? core : inside).at(-1);
  if (!head) return undefined;
  const entity = byId.get(head.entity);
  // "Ronald Reagan's wife", "the mayor's spokesman": a person's possessive names whose they are, not who they are
  const after = ref.text.slice(Math.max(0, head.end - ref.start));
  if (entity?.type === 'PER' && /^['’]s?(?:\s|$)/.test(after) && /\p{L}/u.test(after.slice(2))) return null;
  if (!entity || entity.type === 'PER') return entity;
  // "the Kremlin spokesman": the words after the name title a person of that body.
  const title = personTitleIn(ref.text.slice(Math.max(0, head.end - ref.start)));
  if (title) return byTitle(title, entity, entities, here);
  // "Kenosha police", "the Milwaukee County medical examiner's office": a body of the place speaks, not the place
  if (LOCAL_BODY.test(after)) return null;
  // "Russian officials": a demonym stands for its country when the story names it.
  // (a demonym that only describes, "a British newspaper", with no such country in the story, is not the speaker;
  // nor is any other such word: "Western diplomats", "Catholic bishops")
  const describes = entity.type === 'MISC' && /\p{L}/u.test(after);
  if (entity.type === 'MISC' && entity.country) return countryEntity(entity.country, entities, countries) ?? (describes ? null : entity);
  return describes ? null : entity;
}

/** Words after a place's name that make the phrase one of its local bodies (police, sheriff, fire service, coroner ...). */
const LOCAL_BODY = /^\s*(?:['’]s\s+)?(?:police|sheriff|sheriff['’]s|fire|medical examiner|coroner|deputies|officers|detectives|prosecutors?|district attorney|emergency)\b/i;

/** The story's entity for the country itself (named as the country tables name it), not a place in it. */
function countryEntity(code: string, entities: readonly Entity[], countries: Countries): Entity | undefined {
  const name = countries.name(code);
  return entities.find((e) => e.type === 'LOC' && e.country === code && e.name === name);
}

/** The one person of this article holding `title` (of `body`, when given). */
function byTitle(text: string, body: Entity | undefined, entities: readonly Entity[], here: ReadonlySet<EntityId>): Entity | undefined {
  const title = personTitleIn(text);
  if (!title) return undefined;
  const bodyKey = body && nameKey(body.name);
  const holders = entities.filter((e) => e.type === 'PER' && here.has(e.id) && (e.roles ?? []).some((r) => r.split(' ').includes(title))
    && (!body || (e.affiliation !== undefined && nameKey(e.affiliation) === bodyKey) || (!!e.country && e.country === body.country && body.type !== 'PER')));
  return holders.length === 1 ? holders[0] : undefined;
}

/** An entity one of whose spellings the ref's words are, or a person the words name in short. */
function byName(text: string, entities: readonly Entity[], names: NameIndex): Entity | undefined {
  const key = nameKey(text);
  if (!key) return undefined;
  const exact = names.byKey.get(key) ?? [];
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) return undefined;
  const parsed = parseName(nameForm(text));
  if (!parsed.core.length || parsed.core.length > 4) return undefined;
  const people = new Set<Entity>();
  for (const block of personNameBlocks(parsed))
    for (const { entity, name } of names.people.get(block) ?? [])
      if (!people.has(entity) && ['same', 'shorter'].includes(comparePersonNames(parsed, name).relation)) people.add(entity);
  return people.size === 1 ? [...people][0] : undefined;
}

/**
 * Entities by the name key of each spelling, and people's parsed names by their block keys (a ref's name
 * is compared with the people it may name, not with all): built once per article, not once per ref.
 */
interface NameIndex { byKey: ReadonlyMap<string, Entity[]>; people: ReadonlyMap<string, { entity: Entity; name: ParsedName }[]> }

function nameIndex(entities: readonly Entity[]): NameIndex {
  const byKey = new Map<string, Entity[]>();
  for (const e of entities) {
    for (const key of new Set(e.aliases.map((a) => nameKey(a.text)))) {
      const list = byKey.get(key) ?? [];
      list.push(e);
      byKey.set(key, list);
    }
  }
  const people = new Map<string, { entity: Entity; name: ParsedName }[]>();
  for (const entity of entities) {
    if (entity.type !== 'PER') continue;
    const name = parseName(entity.name);
    for (const block of personNameBlocks(name)) pushTo(people, block, { entity, name });
  }
  return { byKey, people };
}
